import type { z } from 'zod';
import type { Analysis } from '../analysis/context.js';
import { BroadsheetError } from '../errors.js';
import type { Article, Diagnostic } from '../model/article.js';

/**
 * The results of the extractors, by name, as other extractors read them with
 * `ctx.get(name)`. The built-in extractors fill it; augment it for your own:
 *
 * ```ts
 * declare module 'broadsheet' {
 *   interface ExtractorResults { readingLevel: { grade: number } }
 * }
 * ```
 */
export interface ExtractorResults {
  headline: Article['headline'];
  byline: Article['byline'];
  publishedAt: Article['publishedAt'];
  modifiedAt: Article['modifiedAt'];
  dateline: Article['dateline'];
  siteName: Article['siteName'];
  body: Article['body'];
  quotes: Article['quotes'];
  entities: Article['entities'];
  relatedLinks: Article['relatedLinks'];
  share: Article['share'];
  boilerplate: Article['boilerplate'];
  meta: Article['meta'];
}

/** The default `maxInputLength`: 64 Mi code units, a little over 64 MB of ASCII. */
export const DEFAULT_MAX_INPUT_LENGTH = 64 * 1024 * 1024;

/**
 * The default `maxReadLength`: 256 Ki code units of block text, some 45,000 words, longer than any news
 * article; past it a page is a dump, and reading names and quotes in all of it would take seconds per megabyte.
 */
export const DEFAULT_MAX_READ_LENGTH = 256 * 1024;

/** Options every extractor can read. */
export interface ParseOptions {
  /** `auto` detects the input's format (default: `'auto'`). */
  format?: 'auto' | 'text' | 'markdown' | 'html';
  /** The article's URL, for share data and resolving relative links (optional). */
  url?: string;
  /** Throw a `BroadsheetError` when an extractor fails instead of recording a diagnostic (default: `false`). */
  strict?: boolean;
  /** The reference date for relative dates such as `Tuesday` (default: the published date, else now). */
  referenceDate?: Date;
  /**
   * The longest input accepted, in UTF-16 code units (the string's `length`); longer input throws a
   * `BroadsheetError` with code `INPUT_TOO_LARGE`. `Infinity` lifts the limit (default:
   * {@link DEFAULT_MAX_INPUT_LENGTH}, 64 Mi: a 20 MB page parses, a runaway download does not).
   */
  maxInputLength?: number;
  /**
   * How much block text, in UTF-16 code units (each block counted 32 more), the sentence-level readers (entities, quotes) read: past it
   * the body still holds every word, but no names or quotes are looked for there, and an `input` diagnostic
   * `read-limit` says where reading stopped. `Infinity` reads everything (default: {@link DEFAULT_MAX_READ_LENGTH}).
   */
  maxReadLength?: number;
}

/** A diagnostic as an extractor reports it; the pipeline stamps the extractor's name. */
export type DiagnosticInput = Omit<Diagnostic, 'extractor' | 'severity'> & { severity?: Diagnostic['severity'] };

/** What `extract` receives: the analysed document, the options, and the results of earlier extractors. */
export interface ExtractorContext {
  readonly analysis: Analysis;
  readonly options: Readonly<ParseOptions>;
  /** The result of an extractor that ran before this one (listed in `dependsOn` or `after`). */
  get<K extends keyof ExtractorResults>(name: K): ExtractorResults[K] | undefined;
  /** The result of an extractor that ran before this one, untyped for names not in {@link ExtractorResults}. */
  get(name: string): unknown;
  /** Whether an extractor of that name is in this parser. */
  has(name: string): boolean;
  /** Records a problem with the content; never stops the parse. */
  report(diagnostic: DiagnosticInput): void;
}

/** An extractor: a named step with a zod schema for its output. Plain, frozen data. */
export interface Extractor<Name extends string = string, Schema extends z.ZodType = z.ZodType> {
  readonly name: Name;
  /** Extractors whose results this one needs; a missing one is an error when the parser is created. */
  readonly dependsOn: readonly string[];
  /** Extractors this one reads when they are present, and so must run after. */
  readonly after: readonly string[];
  readonly schema: Schema;
  /** The value the field takes when the extractor fails. */
  readonly fallback: z.output<Schema>;
  /** Whether `extract` is an `async` function: such a pipeline runs with `parseAsync` only. */
  readonly async: boolean;
  /** Reads the document and returns the field's value (or a promise of it); the parser checks it against `schema`. */
  extract(ctx: ExtractorContext): z.input<Schema> | Promise<z.input<Schema>>;
}

/** Any extractor, whatever its name and schema. */
export type AnyExtractor = Extractor<string, z.ZodType>;

/** The options of {@link defineExtractor}. */
export interface ExtractorDefinition<Name extends string, Schema extends z.ZodType> {
  /** The field its output appears under in the result. */
  name: Name;
  /** Extractors that must run first; their results are read with `ctx.get` (optional). */
  dependsOn?: readonly string[];
  /** Extractors to run first when they are present (optional). */
  after?: readonly string[];
  /** Validates the output; its output type becomes the field's type. */
  schema: Schema;
  /** The field's value when `extract` throws or returns invalid data (default: the first of `null`, `[]`, `{}` the schema accepts). */
  fallback?: z.output<Schema>;
  /**
   * Computes the field from the analysed document. May return a promise (an `async` function, for I/O):
   * the parser then runs with `parseAsync`, and `parse` refuses it.
   */
  extract(ctx: ExtractorContext): z.input<Schema> | Promise<z.input<Schema>>;
}

const NAME = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(['diagnostics']);

/**
 * Defines an extractor. Returns a frozen object; nothing is registered until it is
 * passed to `createParser`.
 *
 * @param definition The extractor's name, dependencies, schema and `extract` function.
 */
export function defineExtractor<const Name extends string, Schema extends z.ZodType>(
  definition: ExtractorDefinition<Name, Schema>,
): Extractor<Name, Schema> {
  if (!definition || typeof definition !== 'object') {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected an extractor definition object, not \`${String(definition)}\``);
  }
  const { name, schema, extract } = definition;
  if (typeof name !== 'string' || !NAME.test(name) || RESERVED.has(name)) {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected an extractor name that is an identifier other than \`diagnostics\`, not \`${String(name)}\``);
  }
  if (!schema || typeof (schema as { safeParse?: unknown }).safeParse !== 'function') {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected a zod schema for extractor \`${name}\``);
  }
  if (typeof extract !== 'function') {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected an \`extract\` function for extractor \`${name}\``);
  }
  const fallback = 'fallback' in definition ? definition.fallback : defaultFallback(name, schema);
  return Object.freeze({
    name,
    dependsOn: Object.freeze([...(definition.dependsOn ?? [])]),
    after: Object.freeze([...(definition.after ?? [])]),
    schema,
    fallback: fallback as z.output<Schema>,
    async: isAsyncFunction(extract),
    extract,
  });
}

const AsyncFunction = (async () => {}).constructor;

/** An `async function` (a plain function that returns a promise is caught when it does, at parse time). */
function isAsyncFunction(fn: unknown): boolean {
  return fn instanceof AsyncFunction;
}

function defaultFallback(name: string, schema: z.ZodType): unknown {
  for (const candidate of [null, [], {}]) {
    const result = schema.safeParse(candidate);
    if (result.success) return result.data;
  }
  throw new BroadsheetError(
    'INVALID_OPTIONS',
    `Expected a \`fallback\` for extractor \`${name}\`: its schema accepts none of null, [] or {}`,
  );
}
