import type { Root } from 'mdast';
import { BroadsheetError } from '../errors.js';
import { type Article, ArticleSchema } from '../model/article.js';
import { defaultExtractors } from '../extractors/preset.js';
import { EMPTY_SHARE } from '../extractors/share/index.js';
import type { ParseOptions } from './extractor.js';
import { createParser, type SafeParseResult } from './parser.js';

const defaultParser = createParser({ extractors: defaultExtractors });

/** The value of every Article field no extractor fills: what a part not yet extracted reads as. */
const EMPTY_ARTICLE: Omit<Article, 'body' | 'meta' | 'diagnostics'> = {
  headline: null,
  byline: null,
  publishedAt: null,
  modifiedAt: null,
  dateline: null,
  siteName: null,
  quotes: [],
  entities: [],
  relatedLinks: [],
  share: EMPTY_SHARE,
  boilerplate: [],
};

const FIELDS = Object.keys(ArticleSchema.shape) as (keyof Article)[];

/**
 * Completes a default-pipeline result into an Article (fields of absent extractors take their empty value).
 * The parser has already run each extractor's output through its schema, which accepts no more than the
 * Article's field (article.test.ts checks), so parsing the whole Article again would only check every
 * quote and entity twice: the diagnostics alone are checked. Only when a field is missing, or holds an
 * extractor's fallback (one object shared by every parse), is the whole Article parsed, which copies it.
 */
export function toArticle(result: Record<string, unknown>): Article {
  if (!allFresh(result)) return ArticleSchema.parse({ ...EMPTY_ARTICLE, ...result });
  const article: Record<string, unknown> = {};
  for (const field of FIELDS) article[field] = result[field];
  article.diagnostics = ArticleSchema.shape.diagnostics.parse(result.diagnostics);
  return article as Article;
}

/** Whether every field is there and none holds its extractor's fallback object. */
function allFresh(result: Record<string, unknown>): boolean {
  for (const { name, fallback } of defaultParser.extractors) {
    if (result[name] === fallback && typeof fallback === 'object' && fallback !== null) return false;
  }
  return FIELDS.every((field) => result[field] !== undefined);
}

/**
 * Parses a news article (plain text, Markdown or HTML) into an {@link Article} with
 * the default extractors.
 *
 * @param input The article, as a string or UTF-8 bytes.
 * @param options Format, URL and strictness (optional).
 * @throws {BroadsheetError} For input that is not a string or bytes, bad options, or, with `strict`, any extractor failure.
 */
export function parseArticle(input: string | Uint8Array, options?: ParseOptions): Article {
  return toArticle(defaultParser.parse(input, options));
}

/**
 * Like {@link parseArticle}, but returns a promise: the form the batch workers call, and the one to
 * use from code that will later swap in asynchronous extractors.
 */
export async function parseArticleAsync(input: string | Uint8Array, options?: ParseOptions): Promise<Article> {
  return toArticle(await defaultParser.parseAsync(input, options));
}

/** Like {@link parseArticle}, but returns `{ success, data | error }` instead of throwing. */
export function safeParseArticle(input: string | Uint8Array, options?: ParseOptions): SafeParseResult<Article> {
  try {
    return { success: true, data: parseArticle(input, options) };
  } catch (error) {
    const wrapped =
      error instanceof BroadsheetError
        ? error
        : new BroadsheetError('EXTRACTOR_FAILED', `Unexpected failure: ${String(error)}`, { cause: error });
    return { success: false, error: wrapped };
  }
}

/** Runs the default extractors on an mdast tree parsed elsewhere; used by the unified plugin. */
export function articleFromTree(tree: Root, source: string, options?: ParseOptions): Article {
  return toArticle(defaultParser.parseTree(tree, source, options));
}
