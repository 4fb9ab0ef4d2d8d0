import type { Root } from 'mdast';
import type { z } from 'zod';
import { Analysis } from '../analysis/context.js';
import { BroadsheetError } from '../errors.js';
import { fromMarkdownTree, type InputProblem, loadDocument, type SourceDocument } from '../input/index.js';
import type { Diagnostic } from '../model/article.js';
import type { AnyExtractor, DiagnosticInput, ExtractorContext, ParseOptions } from './extractor.js';
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
  /** Parses an input string (or UTF-8 bytes). Throws only for programmer errors, or any failure with `strict`. */
  parse(input: string | Uint8Array, options?: ParseOptions): ParseResult<Extractors>;
  /** Like `parse`, but returns `{ success, data | error }` instead of throwing. */
  safeParse(input: string | Uint8Array, options?: ParseOptions): SafeParseResult<ParseResult<Extractors>>;
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
  const run = (document: SourceDocument, problems: InputProblem[], parseOptions: ParseOptions) =>
    runExtractors(ordered, document, problems, parseOptions) as ParseResult<Extractors>;

  const parse = (input: string | Uint8Array, parseOptions: ParseOptions = {}): ParseResult<Extractors> => {
    const source = asString(input);
    checkOptions(parseOptions);
    const problems: InputProblem[] = [];
    return run(loadDocument(source, parseOptions.format ?? 'auto', problems, { url: parseOptions.url }), problems, parseOptions);
  };
  return Object.freeze({
    extractors: ordered,
    parse,
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

function asString(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input instanceof Uint8Array) return new TextDecoder('utf-8').decode(input);
  throw new BroadsheetError('INVALID_INPUT', `Expected a string or Uint8Array, not \`${input === null ? 'null' : typeof input}\``);
}

function checkOptions(options: ParseOptions): void {
  if (typeof options !== 'object' || options === null) {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected an options object, not \`${String(options)}\``);
  }
  if (options.url !== undefined && typeof options.url !== 'string') {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected \`url\` to be a string, not \`${typeof options.url}\``);
  }
}

function runExtractors(
  extractors: readonly AnyExtractor[],
  document: SourceDocument,
  problems: InputProblem[],
  options: ParseOptions,
): Record<string, unknown> {
  const analysis = new Analysis(document);
  const results = new Map<string, unknown>();
  const present = new Set(extractors.map((e) => e.name));
  const diagnostics: Diagnostic[] = problems.map((p) => ({ extractor: 'input', ...p }));
  const clamp = (offset: number | undefined) =>
    offset === undefined ? undefined : Math.max(0, Math.min(document.source.length, Math.floor(offset)));

  for (const extractor of extractors) {
    const ctx: ExtractorContext = {
      analysis,
      options,
      get: (name: string) => results.get(name) as never,
      has: (name: string) => present.has(name),
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
    let output: unknown;
    try {
      output = extractor.extract(ctx);
    } catch (error) {
      if (options.strict) {
        throw new BroadsheetError('EXTRACTOR_FAILED', `Extractor \`${extractor.name}\` failed: ${String(error)}`, {
          cause: error,
          extractor: extractor.name,
        });
      }
      diagnostics.push({
        extractor: extractor.name,
        code: 'extractor-failed',
        message: `The extractor threw: ${String(error)}`,
        severity: 'error',
      });
      results.set(extractor.name, extractor.fallback);
      continue;
    }
    const checked = extractor.schema.safeParse(output);
    if (checked.success) {
      results.set(extractor.name, checked.data);
      continue;
    }
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? ` at \`${issue.path.join('.')}\`` : '';
    const message = `The extractor returned data its schema rejects${where}: ${issue?.message ?? 'invalid'}`;
    if (options.strict) {
      throw new BroadsheetError('INVALID_EXTRACTOR_OUTPUT', `Extractor \`${extractor.name}\`: ${message}`, {
        cause: checked.error,
        extractor: extractor.name,
      });
    }
    diagnostics.push({ extractor: extractor.name, code: 'invalid-output', message, severity: 'error' });
    results.set(extractor.name, extractor.fallback);
  }
  return { ...Object.fromEntries(results), diagnostics };
}
