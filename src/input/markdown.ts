import type { Nodes, Root, RootContent, Text } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { InputProblem, PageMetadata, SourceDocument } from './document.js';
import { SourceMapBuilder } from './source-map.js';
import { containerPrefix, type DegradeReason, labelEnd, type MarkdownLimits, type MarkdownPlan, type MarkdownSegment, normaliseLabel, planMarkdown } from './markdown-guard.js';

const withFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
// Later chunks do not start the document: a `---` there is a thematic break, not front matter.
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).freeze();

const DEGRADED: Record<DegradeReason, string> = {
  'markdown-too-deep': 'nests containers (quotes, lists) deeper than remark reads in linear time',
  'markdown-too-many-delimiters': 'holds more emphasis delimiters, brackets, backticks, pipes or angle brackets than remark reads in linear time',
  'markdown-block-too-long': 'is one block too long to parse as Markdown',
  'markdown-too-large': 'is past what remark parses in about a second (dense markup first)',
};

/**
 * Markdown (CommonMark + GFM + YAML front matter) to a document. A linear pre-pass (markdown-guard.ts)
 * cuts the input where Markdown starts afresh, so remark reads it a bounded stretch at a time, and
 * reads stretches past its bounds as plain text, line by line, container markers dropped.
 */
export function markdownToDocument(source: string, problems: InputProblem[], limits?: MarkdownLimits): SourceDocument {
  const plan = planMarkdown(source, limits);
  const children: RootContent[] = [];
  const degraded = new Map<DegradeReason, { first: MarkdownSegment; count: number; characters: number }>();
  for (const segment of plan.segments) {
    if (segment.plain) {
      const seen = degraded.get(segment.plain);
      if (seen) {
        seen.count++;
        seen.characters += segment.end - segment.start;
      } else degraded.set(segment.plain, { first: segment, count: 1, characters: segment.end - segment.start });
      plainParagraphs(source, segment, children);
    } else parseChunk(source, segment, plan, children);
  }
  for (const [code, { first, count, characters }] of degraded) {
    problems.push({
      code,
      message: `${count === 1 ? 'A stretch' : `${count} stretches`} of the Markdown (${characters} characters) ${DEGRADED[code]}: read as plain text, line by line.`,
      severity: 'warning',
      start: first.start,
      end: first.end,
    });
  }
  if (plan.cuts > 0) {
    problems.push({
      code: 'markdown-block-cut',
      message: `${plan.cuts} long block${plan.cuts === 1 ? ' was' : 's were'} parsed in parts, each part a block of its own.`,
      severity: 'info',
    });
  }
  const lastLineStart = Math.max(source.lastIndexOf('\n'), source.lastIndexOf('\r')) + 1;
  const end = pointAt(source.length, plan.endLine, lastLineStart);
  const tree: Root = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end } };
  return fromMarkdownTree(source, tree, problems);
}

/** Parses one chunk with remark, giving it the definitions it uses from elsewhere, and moves its positions into the source. */
function parseChunk(source: string, segment: MarkdownSegment, plan: MarkdownPlan, into: RootContent[]): void {
  const text = source.slice(segment.start, segment.end);
  const prefix = definitionsUsed(source, segment, plan);
  const processor = segment.start === 0 ? withFrontMatter : withoutFrontMatter;
  const tree = processor.parse(prefix + text) as Root;
  let prefixLines = 0;
  for (let i = prefix.indexOf('\n'); i >= 0; i = prefix.indexOf('\n', i + 1)) prefixLines++;
  const shiftOffset = segment.start - prefix.length;
  const shiftLine = segment.line - 1 - prefixLines;
  const stack: Nodes[] = [];
  for (const child of tree.children) {
    if ((child.position?.start.offset ?? 0) < prefix.length) continue;
    into.push(child);
    stack.push(child);
  }
  // Iterative: nesting depth is bounded by the guard, but no walk of ours recurses over input depth.
  while (stack.length > 0) {
    const node = stack.pop()!;
    const position = node.position;
    if (position) {
      position.start = { line: position.start.line + shiftLine, column: position.start.column, offset: (position.start.offset ?? 0) + shiftOffset };
      position.end = { line: position.end.line + shiftLine, column: position.end.column, offset: (position.end.offset ?? 0) + shiftOffset };
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

/** The definition lines (links, footnotes) a chunk refers to but that sit outside it, to parse in front of it. */
function definitionsUsed(source: string, segment: MarkdownSegment, plan: MarkdownPlan): string {
  if (plan.definitions.size === 0) return '';
  const used = new Set<string>();
  for (let i = source.indexOf('[', segment.start); i >= 0 && i < segment.end; i = source.indexOf('[', i + 1)) {
    const close = labelEnd(source, i, segment.end);
    if (close < 0) continue;
    const definition = plan.definitions.get(normaliseLabel(source.slice(i + 1, close)));
    if (definition && (definition.start < segment.start || definition.start >= segment.end)) used.add(definition.text);
  }
  return used.size === 0 ? '' : `${[...used].join('\n')}\n\n`;
}

// Lines a paragraph of a degraded stretch holds at most: a block per line made a hostile page of 200k lines
// 200k blocks, each with its share of every extractor's per-block work.
const PLAIN_PARAGRAPH_LINES = 400;

/**
 * A degraded stretch as plain text: its lines without the container markers in front, a paragraph per run of
 * non-blank lines and per list item (as Markdown's own paragraphs, lines joined by `\n`), mapped line by line
 * to the source.
 */
function plainParagraphs(source: string, segment: MarkdownSegment, into: RootContent[]): void {
  let line = segment.line;
  let position = segment.start;
  // The paragraph being gathered: its lines, the map of where each sits, and where it starts and ends.
  let parts: string[] = [];
  let map = new SourceMapBuilder();
  let length = 0;
  let from = { line: 0, column: 0, offset: 0 };
  let to = from;
  const flush = () => {
    if (parts.length === 0) return;
    const where = { start: from, end: to };
    const text: Text = { type: 'text', value: parts.join('\n'), position: where };
    const sourceMap = map.finish(length, to.offset);
    if (sourceMap) text.data = { sourceMap };
    into.push({ type: 'paragraph', children: [text], position: where });
    parts = [];
    map = new SourceMapBuilder();
    length = 0;
  };
  while (position < segment.end) {
    let lineEnd = position;
    while (lineEnd < segment.end && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++;
    const start = containerPrefix(source, position, lineEnd).end;
    let end = lineEnd;
    while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
    if (end <= start) flush();
    else {
      // A list item starts a block of its own, as in Markdown; a quote marker does not.
      if (parts.length === PLAIN_PARAGRAPH_LINES || hasListMarker(source, position, start)) flush();
      if (parts.length === 0) from = pointAt(start, line, position);
      else {
        // The line break: `\n` in the text, the line ending and the next line's markers in the source.
        map.add(length, to.offset);
        length++;
      }
      map.add(length, start);
      parts.push(source.slice(start, end));
      length += end - start;
      to = pointAt(end, line, position);
    }
    position = lineEnd;
    if (position < segment.end) position += source.charCodeAt(position) === 13 && source.charCodeAt(position + 1) === 10 ? 2 : 1;
    line++;
  }
  flush();
}

/** Whether a line's container prefix (spaces, `>`, list markers) holds a list marker. */
function hasListMarker(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 62) return true;
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function pointAt(offset: number, line: number, lineStart: number) {
  return { line, column: offset - lineStart + 1, offset };
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
    // yaml stops at 100 aliases (its default, set here on purpose): a billion-laughs front matter fails, never expands.
    data = parseYaml(node.value, { maxAliasCount: 100 });
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
