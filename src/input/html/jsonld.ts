import type { InputProblem } from '../document.js';
import type { JsonLdScript } from './dom.js';

/** What a page's JSON-LD says about its article. */
export interface JsonLdArticle {
  headline?: string;
  authors: string[];
  datePublished?: string;
  dateModified?: string;
  publisher?: string;
  image?: string;
  description?: string;
  keywords: string[];
  language?: string;
  url?: string;
  articleBody?: string;
  /** Where the `articleBody` string literal sits in the source, for mapping its text back. */
  articleBodySource?: { script: JsonLdScript };
}

const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|LiveBlogPosting|Report|OpinionNewsArticle|ReviewNewsArticle)$/;
// JSON-LD is small in practice; these bounds keep a hostile page from walking forever.
const MAX_NODES = 5000;
const MAX_DEPTH = 24;

/** Reads the pages's JSON-LD blocks and returns the first article-typed object's fields, or null. */
export function readJsonLd(scripts: readonly JsonLdScript[], problems: InputProblem[]): JsonLdArticle | null {
  for (const script of scripts) {
    const data = parseScript(script, problems);
    if (data === undefined) continue;
    const article = findArticle(data);
    if (article) return toArticle(article, script);
  }
  return null;
}

function parseScript(script: JsonLdScript, problems: InputProblem[]): unknown {
  // Some pages wrap the JSON in an HTML comment or CDATA section.
  const text = script.text.replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/, '').replace(/(?:-->|(?:\/\/\s*)?\]\]>)\s*$/, '');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push({
      code: 'html-jsonld-invalid',
      message: `A JSON-LD block is not valid JSON: ${(error as Error).message.slice(0, 120)}`,
      severity: 'info',
      start: script.start,
      end: script.start + script.text.length,
    });
    return undefined;
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: Json): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/** The first article-typed object in document order, searching arrays, `@graph` and nested values breadth first. */
function findArticle(data: unknown): Json | null {
  const queue: Array<[unknown, number]> = [[data, 0]];
  let visited = 0;
  let fallback: Json | null = null;
  for (let i = 0; i < queue.length && visited < MAX_NODES; i++, visited++) {
    const [node, depth] = queue[i]!;
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(node)) {
      for (const item of node) queue.push([item, depth + 1]);
      continue;
    }
    if (!isObject(node)) continue;
    const nodeTypes = types(node);
    if (nodeTypes.some((t) => ARTICLE_TYPE.test(t))) return node;
    // A WebPage with a headline stands in when no article object exists.
    if (!fallback && typeof node.headline === 'string' && nodeTypes.some((t) => /WebPage$/.test(t))) fallback = node;
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart']) {
      if (key in node) queue.push([node[key], depth + 1]);
    }
  }
  return fallback;
}

function toArticle(node: Json, script: JsonLdScript): JsonLdArticle {
  const body = text(node.articleBody);
  const article: JsonLdArticle = {
    headline: text(node.headline) ?? text(node.name),
    authors: names(node.author).concat(node.author === undefined ? names(node.creator) : []),
    datePublished: text(node.datePublished) ?? text(node.dateCreated),
    dateModified: text(node.dateModified),
    publisher: names(node.publisher)[0],
    image: imageUrl(node.image) ?? imageUrl(node.thumbnailUrl),
    description: text(node.description),
    keywords: keywords(node.keywords),
    language: text(node.inLanguage),
    url: text(node.url),
  };
  if (body) {
    article.articleBody = body;
    article.articleBodySource = { script };
  }
  return article;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (Array.isArray(value)) return text(value[0]);
  return undefined;
}

/** Names from a string, a Person or Organization object, or an array of either. */
function names(value: unknown, depth = 0): string[] {
  if (depth > 3 || value === undefined || value === null) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.slice(0, 50).flatMap((v) => names(v, depth + 1));
  if (isObject(value)) {
    const name = text(value.name) ?? [text(value.givenName), text(value.familyName)].filter(Boolean).join(' ');
    return name ? [name] : [];
  }
  return [];
}

function imageUrl(value: unknown, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return imageUrl(value[0], depth + 1);
  if (isObject(value)) return text(value.url) ?? text(value.contentUrl) ?? text(value['@id']);
  return undefined;
}

function keywords(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((k) => k.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.filter((k): k is string => typeof k === 'string').map((k) => k.trim()).filter(Boolean);
  return [];
}
