import type { InputProblem } from '../document.js';
import type { JsonLdScript } from './dom.js';

/** What a page's JSON-LD says about its article. */
export interface JsonLdArticle {
  headline?: string;
  /** Credited people (and credits of unstated type). */
  authors: string[];
  /** Credited organisations (`@type` Organization or kin): bylines only when no person is credited. */
  organisationAuthors: string[];
  datePublished?: string;
  /** `dateCreated`: when the work was made, which may precede or follow its publication. */
  dateCreated?: string;
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

/** Reads the page's JSON-LD blocks and returns the first article-typed object's fields, or null. */
export function readJsonLd(scripts: readonly JsonLdScript[], problems: InputProblem[]): JsonLdArticle | null {
  const parsed: Array<[unknown, JsonLdScript]> = [];
  for (const script of scripts) {
    const data = parseScript(script, problems);
    if (data !== undefined) parsed.push([data, script]);
  }
  const { byId, articles } = walk(parsed.map(([data]) => data));
  const first = articles.findIndex((found) => found !== undefined);
  if (first < 0) return null;
  const article = toArticle(articles[first]!, parsed[first]![1], byId);
  // A page may state its article twice (a theme's block and an SEO plugin's), crediting or dating it in one only.
  const others = articles.filter((other): other is Json => other !== undefined && other !== articles[first]);
  if (article.authors.length === 0 && article.organisationAuthors.length === 0) {
    const credits = others.map((other) => credited(other.author ?? other.creator, byId)).find((found) => found.length > 0);
    if (credits) Object.assign(article, creditLists(credits));
  }
  article.datePublished ??= others.map((other) => text(other.datePublished)).find((found) => found !== undefined);
  return article;
}

// Keys under which a page nests its article: a graph, the page's main entity, list items and parts.
const ARTICLE_PATH_KEYS = ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart'];

/**
 * One breadth-first walk over every block: objects by `@id` across the page (for references such as
 * `"author": {"@id": "…#/schema/person/1"}`), and per block its article, the first article-typed object reached
 * along {@link ARTICLE_PATH_KEYS} (else a WebPage stating the article's facts, which stands in for it).
 */
function walk(blocks: readonly unknown[]): { byId: Map<string, Json>; articles: Array<Json | undefined> } {
  const byId = new Map<string, Json>();
  const articles: Array<Json | undefined> = blocks.map(() => undefined);
  const fallbacks: Array<Json | undefined> = blocks.map(() => undefined);
  // [value, depth, block, whether reached along article-path keys only]
  const queue: Array<[unknown, number, number, boolean]> = blocks.map((data, block) => [data, 0, block, true]);
  for (let i = 0; i < queue.length && i < MAX_NODES; i++) {
    const [node, depth, block, onPath] = queue[i]!;
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(node)) {
      for (const item of node) queue.push([item, depth + 1, block, onPath]);
      continue;
    }
    if (!isObject(node)) continue;
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
    if (onPath && articles[block] === undefined) {
      const nodeTypes = types(node);
      if (nodeTypes.some((t) => ARTICLE_TYPE.test(t))) articles[block] = node;
      else if (!fallbacks[block] && nodeTypes.some((t) => /WebPage$/.test(t)) && ['headline', 'author', 'datePublished'].some((key) => key in node)) {
        fallbacks[block] = node;
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'object' && value !== null) queue.push([value, depth + 1, block, onPath && ARTICLE_PATH_KEYS.includes(key)]);
    }
  }
  return { byId, articles: articles.map((article, block) => article ?? fallbacks[block]) };
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

function toArticle(node: Json, script: JsonLdScript, byId: Map<string, Json>): JsonLdArticle {
  const body = text(node.articleBody);
  const credits = credited(node.author ?? node.creator, byId);
  const article: JsonLdArticle = {
    // A WebPage's `name` is its <title>, site name and all; only an article's name is its headline.
    headline: text(node.headline) ?? (types(node).some((t) => ARTICLE_TYPE.test(t)) ? text(node.name) : undefined),
    ...creditLists(credits),
    datePublished: text(node.datePublished),
    dateCreated: text(node.dateCreated),
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

/** Credits split into people (and credits of unstated type) and organisations. */
function creditLists(credits: ReadonlyArray<{ name: string; organisation: boolean }>): Pick<JsonLdArticle, 'authors' | 'organisationAuthors'> {
  return { authors: credits.filter((c) => !c.organisation).map((c) => c.name), organisationAuthors: credits.filter((c) => c.organisation).map((c) => c.name) };
}

function text(value: unknown): string | undefined {
  // The first item of an array, however deeply nested: a loop, as `[[[…]]]` may nest without bound.
  let first = value;
  while (Array.isArray(first)) first = first[0];
  if (typeof first !== 'string') return undefined;
  const trimmed = first.trim();
  return trimmed === '' ? undefined : trimmed;
}

const ORGANISATION_TYPE = /(?:^|:)(?:\w*Organi[sz]ation|Corporation|NewsMediaOrganization|GovernmentOrganization|EducationalOrganization|LocalBusiness|Brand|WebSite)$/;

/** Credits from a string, a Person or Organization object (or a reference to one by `@id`), or an array of them. */
function credited(value: unknown, byId: Map<string, Json>, depth = 0): Array<{ name: string; organisation: boolean }> {
  if (depth > 3 || value === undefined || value === null) return [];
  if (typeof value === 'string') {
    const credit = value.trim();
    // Some CMSs store the author object as a JSON string: `"author": "{ \"@type\": \"Person\", \"name\": … }"`.
    if (credit.startsWith('{') && credit.endsWith('}')) {
      try {
        return credited(JSON.parse(credit) as unknown, byId, depth + 1);
      } catch {
        return [];
      }
    }
    return credit ? [{ name: credit, organisation: false }] : [];
  }
  if (Array.isArray(value)) return value.slice(0, 50).flatMap((v) => credited(v, byId, depth + 1));
  if (!isObject(value)) return [];
  const id = value['@id'];
  // A reference may repeat the name and leave the rest (type, description) to the object it points to.
  const node = typeof id === 'string' && byId.has(id) ? { ...byId.get(id), ...value } : value;
  const name = names(node)[0];
  return name ? [{ name: fullName(name, text(node.description)), organisation: types(node).some((t) => ORGANISATION_TYPE.test(t)) }] : [];
}

/**
 * A one-word display name (`Jane`, a blog login) completed from the person's own description when it opens
 * with the full name: `Jane Doe ist freie Autorin …` → `Jane Doe`.
 */
function fullName(name: string, description: string | undefined): string {
  if (/\s/.test(name) || !description?.startsWith(`${name} `)) return name;
  const surname = /^(\p{Lu}[\p{L}'’-]+)(?=[\s,.–—-]|$)/u.exec(description.slice(name.length + 1));
  return surname ? `${name} ${surname[1]}` : name;
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
