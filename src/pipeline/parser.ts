import type { Root } from 'mdast';
import type { z } from 'zod';
import { Analysis, MAX_PAGE_BLOCKS } from '../analysis/context.js';
import { BroadsheetError } from '../errors.js';
import { decodeInput } from '../input/decode.js';
import { fromMarkdownTree, type InputProblem, loadDocument, type SourceDocument } from '../input/index.js';
import type { Diagnostic } from '../model/article.js';
import { type AnyExtractor, DEFAULT_MAX_INPUT_LENGTH, DEFAULT_MAX_READ_LENGTH, type DiagnosticInput, type ExtractorContext, type ParseOptions } from './extractor.js';
import { orderExtractors } from './order.js';

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** What a parser built from `Extractors` returns: each extractor's output under its name, and the diagnostics. */
export type ParseResult<Extractors extends readonly AnyExtractor[]> = Simplify<
  { [E in Extractors[number] as E['name']]: z.output<E['schema']> } & { diagnostics: Diagnostic[] }
>;

/** `safeParse`'s answer: the result, or the error `parse` would have thrown. */
export type SafeParseResult<T> = { success: true; data: T; error?: undefined } | { success: false; data?: undefined; error: BroadsheetError };

/** A configured pipeline. */
export interface Parser<Extractors extends readonly AnyExtractor[]> {
  /** The extractors in the order they run. */
  readonly extractors: readonly AnyExtractor[];
  /** Parses an input string, or bytes (decoded from their BOM, as UTF-8, or from a page's declared charset). Throws only for programmer errors, or any failure with `strict`. */
  parse(input: string | Uint8Array, options?: ParseOptions): ParseResult<Extractors>;
  /** Like `parse`, but returns `{ success, data | error }` instead of throwing. */
  safeParse(input: string | Uint8Array, options?: ParseOptions): SafeParseResult<ParseResult<Extractors>>;
  /** Parses with asynchronous extractors (and synchronous ones): each runs once its prerequisites have, independent ones concurrently. */
  parseAsync(input: string | Uint8Array, options?: ParseOptions): Promise<ParseResult<Extractors>>;
  /** Whether an extractor is asynchronous, so that `parse` refuses this parser. */
  readonly async: boolean;
  /** Runs the extractors over an mdast tree parsed elsewhere (the unified plugin), `source` being the text it came from. */
  parseTree(tree: Root, source: string, options?: ParseOptions): ParseResult<Extractors>;
}

/** The options of {@link createParser}. */
export interface ParserOptions<Extractors extends readonly AnyExtractor[]> {
  /** The extractors to run; start from `defaultExtractors` to extend, reorder or trim it. */
  extractors: Extractors;
}

/**
 * Creates a parser. Checks names and dependencies now, so a missing dependency or a
 * cycle fails here rather than on the first article.
 *
 * @param options The extractors to run.
 */
export function createParser<const Extractors extends readonly AnyExtractor[]>(
  options: ParserOptions<Extractors>,
): Parser<Extractors> {
  if (!options || !Array.isArray(options.extractors)) {
    throw new BroadsheetError('INVALID_OPTIONS', 'Expected `{ extractors: [...] }` for createParser');
  }
  const ordered = orderExtractors(options.extractors);
  const asyncExtractor = ordered.find((e) => e.async);
  const run = (document: SourceDocument, problems: InputProblem[], parseOptions: ParseOptions) => {
    if (asyncExtractor) throw asyncRefusal(asyncExtractor.name);
    return runExtractors(ordered, document, problems, parseOptions) as ParseResult<Extractors>;
  };
  const load = (input: string | Uint8Array, parseOptions: ParseOptions, problems: InputProblem[]) => {
    checkOptions(parseOptions);
    const format = parseOptions.format ?? 'auto';
    const { text, encoding } = asString(input, parseOptions.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH, format === 'html' || format === 'auto', problems);
    return loadDocument(text, format, problems, { url: parseOptions.url, encoding });
  };

  const parse = (input: string | Uint8Array, parseOptions: ParseOptions = {}): ParseResult<Extractors> => {
    const problems: InputProblem[] = [];
    return run(load(input, parseOptions, problems), problems, parseOptions);
  };
  return Object.freeze({
    extractors: ordered,
    async: asyncExtractor !== undefined,
    parse,
    async parseAsync(input: string | Uint8Array, parseOptions: ParseOptions = {}) {
      const problems: InputProblem[] = [];
      const document = load(input, parseOptions, problems);
      return (await runExtractorsAsync(ordered, document, problems, parseOptions)) as ParseResult<Extractors>;
    },
    safeParse(input: string | Uint8Array, parseOptions?: ParseOptions) {
      try {
        return { success: true as const, data: parse(input, parseOptions) };
      } catch (error) {
        if (error instanceof BroadsheetError) return { success: false as const, error };
        return {
          success: false as const,
          error: new BroadsheetError('EXTRACTOR_FAILED', `Unexpected failure: ${String(error)}`, { cause: error }),
        };
      }
    },
    parseTree(tree: Root, source: string, parseOptions: ParseOptions = {}) {
      checkOptions(parseOptions);
      const problems: InputProblem[] = [];
      return run(fromMarkdownTree(source, tree, problems), problems, parseOptions);
    },
  });
}

/** The input as text; bytes are decoded from their byte order mark, as UTF-8, or from the charset a page declares. */
function asString(input: unknown, maxLength: number, markup: boolean, problems: InputProblem[]): { text: string; encoding?: string } {
  let decoded: { text: string; encoding?: string };
  if (typeof input === 'string') decoded = { text: input };
  else if (input instanceof Uint8Array) {
    // Bytes past three times the limit decode past it in any encoding pages use (UTF-8 is at most three bytes a unit): refuse them undecoded.
    if (input.byteLength > maxLength * 3) throw tooLarge(input.byteLength, maxLength, 'bytes');
    decoded = decodeInput(input, markup, problems);
  } else {
    throw new BroadsheetError('INVALID_INPUT', `Expected a string or Uint8Array, not \`${input === null ? 'null' : typeof input}\``);
  }
  if (decoded.text.length > maxLength) throw tooLarge(decoded.text.length, maxLength, 'characters');
  return decoded;
}

function tooLarge(size: number, maxLength: number, unit: string): BroadsheetError {
  return new BroadsheetError(
    'INPUT_TOO_LARGE',
    `The input is ${size} ${unit} long, past \`maxInputLength\` (${maxLength} characters); raise the option to parse it`,
  );
}

function checkOptions(options: ParseOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected an options object, not \`${String(options)}\``);
  }
  const max = options.maxInputLength;
  if (max !== undefined && (typeof max !== 'number' || Number.isNaN(max) || max < 0)) {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected \`maxInputLength\` to be a number of characters, not \`${String(max)}\``);
  }
  const read = options.maxReadLength;
  if (read !== undefined && (typeof read !== 'number' || Number.isNaN(read) || read < 0)) {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected \`maxReadLength\` to be a number of characters, not \`${String(read)}\``);
  }
  if (options.url !== undefined && typeof options.url !== 'string') {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected \`url\` to be a string, not \`${typeof options.url}\``);
  }
}

/** One parse's shared state: the analysis, each extractor's result, and the diagnostics in extractor order. */
class Run {
  readonly analysis: Analysis;
  readonly results = new Map<string, unknown>();
  private readonly present: Set<string>;
  private readonly diagnostics: Diagnostic[][];

  constructor(
    private readonly extractors: readonly AnyExtractor[],
    private readonly document: SourceDocument,
    problems: InputProblem[],
    private readonly options: ParseOptions,
  ) {
    this.analysis = new Analysis(document, { maxReadLength: options.maxReadLength });
    this.present = new Set(extractors.map((e) => e.name));
    // One list per extractor, so extractors that run concurrently still report in pipeline order.
    this.diagnostics = extractors.map(() => []);
    this.diagnostics.unshift(problems.map((p) => ({ extractor: 'input', ...p })));
    if (document.format === 'text' && !this.analysis.searchesPage) {
      this.diagnostics[0]!.push({
        extractor: 'input',
        code: 'page-too-long',
        message: `The text has ${this.analysis.blocks.length} lines, past ${MAX_PAGE_BLOCKS}: it is read as one article, not searched for an article among page menus and footers.`,
        severity: 'info',
      });
    }
    const { readEnd } = this.analysis;
    if (readEnd < document.source.length) {
      this.diagnostics[0]!.push({
        extractor: 'input',
        code: 'read-limit',
        message: `Names and quotes were looked for in the first ${options.maxReadLength ?? DEFAULT_MAX_READ_LENGTH} characters of text only (\`maxReadLength\`); the body keeps the rest.`,
        severity: 'info',
        start: readEnd,
        end: document.source.length,
      });
    }
  }

  context(index: number): ExtractorContext {
    const extractor = this.extractors[index]!;
    const diagnostics = this.diagnostics[index + 1]!;
    const length = this.document.source.length;
    const clamp = (offset: number | undefined) => (offset === undefined ? undefined : Math.max(0, Math.min(length, Math.floor(offset))));
    return {
      analysis: this.analysis,
      options: this.options,
      get: (name: string) => this.results.get(name) as never,
      has: (name: string) => this.present.has(name),
      report(diagnostic: DiagnosticInput) {
        const entry: Diagnostic = {
          extractor: extractor.name,
          code: diagnostic.code,
          message: diagnostic.message,
          severity: diagnostic.severity ?? 'warning',
        };
        const start = clamp(diagnostic.start);
        const end = clamp(diagnostic.end);
        if (start !== undefined) entry.start = start;
        if (end !== undefined) entry.end = end;
        diagnostics.push(entry);
      },
    };
  }

  /** Records the extractor's failure: a diagnostic and its fallback, or with `strict` the error to throw. */
  fail(index: number, error: unknown): void {
    const extractor = this.extractors[index]!;
    if (this.options.strict) {
      throw new BroadsheetError('EXTRACTOR_FAILED', `Extractor \`${extractor.name}\` failed: ${String(error)}`, {
        cause: error,
        extractor: extractor.name,
      });
    }
    this.diagnostics[index + 1]!.push({
      extractor: extractor.name,
      code: 'extractor-failed',
      message: `The extractor threw: ${String(error)}`,
      severity: 'error',
    });
    this.results.set(extractor.name, extractor.fallback);
  }

  /** Checks the extractor's output against its schema and keeps it, or its fallback. */
  settle(index: number, output: unknown): void {
    const extractor = this.extractors[index]!;
    const checked = extractor.schema.safeParse(output);
    if (checked.success) {
      this.results.set(extractor.name, checked.data);
      return;
    }
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? ` at \`${issue.path.join('.')}\`` : '';
    const message = `The extractor returned data its schema rejects${where}: ${issue?.message ?? 'invalid'}`;
    if (this.options.strict) {
      throw new BroadsheetError('INVALID_EXTRACTOR_OUTPUT', `Extractor \`${extractor.name}\`: ${message}`, {
        cause: checked.error,
        extractor: extractor.name,
      });
    }
    this.diagnostics[index + 1]!.push({ extractor: extractor.name, code: 'invalid-output', message, severity: 'error' });
    this.results.set(extractor.name, extractor.fallback);
  }

  result(): Record<string, unknown> {
    // No spread into a second object: copying the first cost as much as making it. `diagnostics` is no extractor's name.
    const result: Record<string, unknown> = Object.fromEntries(this.results);
    result.diagnostics = this.diagnostics.flat();
    return result;
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function asyncRefusal(name: string): BroadsheetError {
  return new BroadsheetError(
    'ASYNC_EXTRACTOR',
    `Extractor \`${name}\` is asynchronous: call \`parseAsync\` (or \`parseArticleAsync\`) instead of \`parse\``,
    { extractor: name },
  );
}

function runExtractors(
  extractors: readonly AnyExtractor[],
  document: SourceDocument,
  problems: InputProblem[],
  options: ParseOptions,
): Record<string, unknown> {
  const run = new Run(extractors, document, problems, options);
  extractors.forEach((extractor, index) => {
    let output: unknown;
    try {
      output = extractor.extract(run.context(index));
    } catch (error) {
      run.fail(index, error);
      return;
    }
    if (isThenable(output)) {
      // A plain function that returned a promise: only now is it known to be asynchronous.
      Promise.resolve(output).catch(() => {});
      throw asyncRefusal(extractor.name);
    }
    run.settle(index, output);
  });
  return run.result();
}

/**
 * Runs each extractor once its prerequisites (`dependsOn`, and `after` when present) have settled,
 * so independent asynchronous extractors wait on their I/O together.
 */
async function runExtractorsAsync(
  extractors: readonly AnyExtractor[],
  document: SourceDocument,
  problems: InputProblem[],
  options: ParseOptions,
): Promise<Record<string, unknown>> {
  const run = new Run(extractors, document, problems, options);
  const settled = new Map<string, Promise<void>>();
  extractors.forEach((extractor, index) => {
    // `extractors` is in dependency order, so every prerequisite already has its promise here.
    const prerequisites = [...extractor.dependsOn, ...extractor.after].flatMap((name) => settled.get(name) ?? []);
    const step = Promise.all(prerequisites).then(async () => {
      let output: unknown;
      try {
        output = await extractor.extract(run.context(index));
      } catch (error) {
        run.fail(index, error);
        return;
      }
      run.settle(index, output);
    });
    settled.set(extractor.name, step);
  });
  // Wait for every step before reporting a strict failure, so none is left running behind the caller.
  const outcomes = await Promise.allSettled(settled.values());
  const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failure) throw failure.reason;
  return run.result();
}
