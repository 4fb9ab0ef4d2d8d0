// The worker side of a batch, free of worker_threads: what a pool worker (or a queue's job
// processor) runs for one document. It imports no parser itself, so `broadsheet/batch` stays light:
// the caller hands it `parseArticle` or a loaded pipeline.
import { pathToFileURL } from 'node:url';
import { BroadsheetError, type BroadsheetErrorCode } from '../errors.js';
import type { AnyExtractor, ParseOptions } from '../pipeline/extractor.js';
import type { Parser } from '../pipeline/parser.js';
import type { BatchDocument } from './types.js';

/** Parses one document's input: `parseArticle(Async)`, or a pipeline from {@link loadPipeline}. */
export type DocumentParser = (input: string | Uint8Array, options: ParseOptions) => unknown;

/** The options every document of a batch is parsed with, besides its own format and URL. */
export type BatchParseOptions = Omit<ParseOptions, 'format' | 'url'>;

/** A BroadsheetError as plain data, to cross a thread or a queue. */
export interface SerialisedError {
  code: BroadsheetErrorCode;
  message: string;
  extractor?: string;
}

/** One document's outcome as plain data: what crosses from a worker. */
export type DocumentOutcome = { article: unknown; error?: undefined } | { error: SerialisedError; article?: undefined };

/**
 * Loads a pipeline module: a file path or URL to an ES module whose default export (or `parser`
 * export) is a parser made by `createParser`.
 */
export async function loadPipeline(specifier: string | URL): Promise<DocumentParser> {
  const url = specifier instanceof URL || /^[a-z][\w+.-]*:/i.test(specifier) ? String(specifier) : pathToFileURL(specifier).href;
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw new BroadsheetError('INVALID_OPTIONS', `Cannot load the pipeline module ${url}: ${(error as Error).message}`, { cause: error });
  }
  const exported = loaded.parser ?? loaded.default;
  if (typeof (exported as Parser<AnyExtractor[]> | undefined)?.parseAsync === 'function') {
    const parser = exported as Parser<AnyExtractor[]>;
    if (parser.async !== false || typeof parser.parse !== 'function') return (input, options) => parser.parseAsync(input, options);
    // No extractor is an `async` function: the synchronous path, until a plain function returns a
    // promise (parse refuses it with ASYNC_EXTRACTOR); from then on, and for that document, parseAsync.
    let synchronous = true;
    return (input, options) => {
      if (synchronous) {
        try {
          return parser.parse(input, options);
        } catch (error) {
          if (!(error instanceof BroadsheetError && error.code === 'ASYNC_EXTRACTOR')) throw error;
          synchronous = false;
        }
      }
      return parser.parseAsync(input, options);
    };
  }
  throw new BroadsheetError(
    'INVALID_OPTIONS',
    `Expected the pipeline module ${url} to export (as default or \`parser\`) a parser made by createParser`,
  );
}

/** Parses one document, never throwing: a failure becomes the document's error. */
export async function parseDocument(
  document: BatchDocument,
  parse: DocumentParser,
  options: BatchParseOptions = {},
): Promise<DocumentOutcome> {
  try {
    const parseOptions: ParseOptions = { ...options, format: document.format ?? 'auto' };
    if (document.url !== undefined) parseOptions.url = document.url;
    return { article: await parse(document.input, parseOptions) };
  } catch (error) {
    return { error: serialiseError(error) };
  }
}

/** An error as plain data that crosses from a worker thread: a `BroadsheetError`'s code, message and extractor. */
export function serialiseError(error: unknown): SerialisedError {
  if (error instanceof BroadsheetError) {
    return error.extractor === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, extractor: error.extractor };
  }
  return { code: 'EXTRACTOR_FAILED', message: `Unexpected failure: ${String(error)}` };
}

/** The `BroadsheetError` a {@link serialiseError} result stands for, on this side of the worker boundary. */
export function reviveError(error: SerialisedError): BroadsheetError {
  return new BroadsheetError(error.code, error.message, error.extractor === undefined ? undefined : { extractor: error.extractor });
}
