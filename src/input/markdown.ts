import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { InputProblem, PageMetadata, SourceDocument } from './document.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Markdown (CommonMark + GFM + YAML front matter) to a document. */
export function markdownToDocument(source: string, problems: InputProblem[]): SourceDocument {
  const tree = processor.parse(source) as Root;
  return fromMarkdownTree(source, tree, problems);
}

/** Wraps a tree someone else parsed (the unified plugin) as a document. */
export function fromMarkdownTree(source: string, tree: Root, problems: InputProblem[]): SourceDocument {
  return { source, format: 'markdown', tree, page: frontMatter(tree, problems), removed: [] };
}

function frontMatter(tree: Root, problems: InputProblem[]): PageMetadata {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') return {};
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch (error) {
    problems.push({
      code: 'front-matter-invalid',
      message: `Front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      severity: 'warning',
      start: node.position?.start.offset,
      end: node.position?.end.offset,
    });
    return {};
  }
  if (!data || typeof data !== 'object') return {};
  const record = data as Record<string, unknown>;
  const page: PageMetadata = {};
  const text = (key: string): string | undefined => {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    return undefined;
  };
  const list = (key: string): string[] | undefined => {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return [value.trim()];
    if (Array.isArray(value)) {
      const items = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
      return items.length ? items : undefined;
    }
    return undefined;
  };
  const assign = <K extends keyof PageMetadata>(key: K, value: PageMetadata[K] | undefined) => {
    if (value !== undefined) page[key] = value;
  };
  assign('title', text('title'));
  assign('authors', list('authors') ?? list('author'));
  assign('publishedAt', text('date') ?? text('published') ?? text('publishedAt'));
  assign('modifiedAt', text('updated') ?? text('modified') ?? text('lastmod'));
  assign('description', text('description') ?? text('summary'));
  assign('image', text('image'));
  assign('canonicalUrl', text('canonical') ?? text('url'));
  assign('language', text('lang') ?? text('language'));
  assign('siteName', text('site') ?? text('siteName'));
  assign('keywords', list('tags') ?? list('keywords'));
  return page;
}
