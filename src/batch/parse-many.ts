import type { ResourceLimits } from 'node:worker_threads';
import { BroadsheetError } from '../errors.js';
import type { Article } from '../model/article.js';
import { type BatchParseOptions, reviveError } from './parse-document.js';
import { ParsePool } from './pool.js';
import type { BatchDocument, BatchInput, BatchResult, UnreadableDocument } from './types.js';

/** Where a batch stands, as `onProgress` reports it after each document. */
export interface BatchProgress {
  /** Documents finished, failed ones included. */
  done: number;
  failed: number;
  /** Documents handed to the workers so far. */
  started: number;
  elapsedMs: number;
}

/** The options of {@link parseMany}. */
export interface ParseManyOptions {
  /** Worker threads (default: the machine's available parallelism). */
  concurrency?: number;
  /** `input` yields results in the order of the inputs; `completed` as each finishes (default: `input`). */
  order?: 'input' | 'completed';
  /**
   * Documents held at once, parsing or parsed and waiting their turn; no more input is read until
   * the consumer takes a result (default: 4 × concurrency).
   */
  maxInFlight?: number;
  /** A document still parsing after this many milliseconds fails with a `TIMEOUT` error and its worker is replaced (default: 30000; 0: none). */
  timeoutMs?: number;
  /** Stops the batch: documents in flight are ended and the iteration throws an `ABORTED` error. */
  signal?: AbortSignal;
  /**
   * A module (path or URL) whose default export, or `parser` export, is the pipeline each worker
   * runs: a parser made by `createParser`. Results are then that parser's
   * results rather than Articles. Default: `parseArticle`'s pipeline.
   */
  pipeline?: string | URL;
  /** Options for every document besides its own format and URL (`strict`, `referenceDate`). */
  parseOptions?: BatchParseOptions;
  /**
   * Limits on each worker's memory: a document that exceeds them fails with `WORKER_FAILED`. Each field
   * given replaces its default (1024 MB old generation, 24 MB young generation).
   */
  resourceLimits?: ResourceLimits;
  /** Called after each document with where the batch stands (optional). */
  onProgress?(progress: BatchProgress): void;
}

interface Slot<T> {
  id: string | number;
  url: string | undefined;
  result: Promise<BatchResult<T>>;
  settled: boolean;
}

/**
 * Parses many documents in worker threads. Takes an iterable or async iterable of inputs (text,
 * bytes, `{ id?, input, format?, url? }`, or a reader's unreadable document) and yields one
 * `{ id, url?, article }` or `{ id, url?, error }` per input: a document that throws, hangs past
 * `timeoutMs` or exhausts its worker's memory costs only itself. Memory stays bounded: at most
 * `maxInFlight` documents are held, and input is read only as results are taken. Without an `id`,
 * a document's id is its position in the inputs.
 *
 * Breaking out of the loop stops the workers.
 *
 * @typeParam T The result of each document: an Article, or the custom pipeline's result.
 */
export async function* parseMany<T = Article>(
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: ParseManyOptions = {},
): AsyncGenerator<BatchResult<T>, void, undefined> {
  const { signal, onProgress } = options;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const parseOptions = options.parseOptions ?? {};
  checkAborted(signal);
  const pool = new ParsePool(options);
  const maxInFlight = Math.max(pool.concurrency, Math.floor(options.maxInFlight ?? pool.concurrency * 4));
  const ordered = (options.order ?? 'input') === 'input';
  const started = performance.now();
  const progress: BatchProgress = { done: 0, failed: 0, started: 0, elapsedMs: 0 };

  const iterator = toAsyncIterator(inputs);
  const window: Slot<T>[] = [];
  let running = 0;
  let exhausted = false;
  let position = 0;
  /** The input being read, if any: one read at a time, and a slow source never holds back a result that is ready. */
  let reading: Promise<void> | undefined;
  let inputFailed: { error: unknown } | undefined;
  let closed = false;
  /** Resolved when a document settles, an input arrives or the signal aborts, so the loop looks again. */
  let wake: () => void = () => {};
  const onAbort = () => wake();
  signal?.addEventListener('abort', onAbort, { once: true });

  const start = (input: BatchInput): Slot<T> => {
    const document = toDocument(input, position++);
    progress.started++;
    if ('error' in document) {
      const slot: Slot<T> = { id: document.id, url: document.url, settled: true, result: Promise.resolve(failure(document)) };
      return slot;
    }
    running++;
    const slot: Slot<T> = { id: document.id, url: document.url, settled: false, result: undefined as never };
    slot.result = runOne(document).finally(() => {
      running--;
      slot.settled = true;
      wake();
    });
    return slot;
  };

  const runOne = async (document: BatchDocument): Promise<BatchResult<T>> => {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const begin = () => {
      if (timeoutMs > 0) {
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
      }
    };
    try {
      const outcome = await pool.run(document, parseOptions, controller.signal, begin);
      if (outcome.error) return failure({ ...document, error: reviveError(outcome.error) });
      return withUrl({ id: document.id, article: outcome.article as T }, document.url);
    } catch (error) {
      if (timedOut) {
        return failure({ ...document, error: new BroadsheetError('TIMEOUT', `Document ${String(document.id)} took longer than ${timeoutMs} ms; its worker was stopped`) });
      }
      if (signal?.aborted) return failure({ ...document, error: new BroadsheetError('ABORTED', 'The batch was aborted', { cause: signal.reason }) });
      const message = (error as Error).message ?? String(error);
      return failure({ ...document, error: new BroadsheetError('WORKER_FAILED', `The worker parsing document ${String(document.id)} failed: ${message}`, { cause: error }) });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  };

  // One document waits in the pool for each worker, so a worker that finishes takes the next at
  // once instead of idling while the main thread hands out results and reads input.
  const wantsInput = () =>
    reading === undefined && !exhausted && !inputFailed && running < pool.concurrency * 2 && window.length < maxInFlight && !signal?.aborted;
  const read = (): void => {
    reading = iterator
      .next()
      .then(
        (next) => {
          if (next.done) exhausted = true;
          else if (!closed) window.push(start(next.value));
        },
        (error: unknown) => {
          inputFailed = { error };
        },
      )
      .finally(() => {
        reading = undefined;
        wake();
      });
  };

  const report = (result: BatchResult<T>): BatchResult<T> => {
    progress.done++;
    if (result.error) progress.failed++;
    progress.elapsedMs = performance.now() - started;
    onProgress?.({ ...progress });
    return result;
  };

  try {
    for (;;) {
      if (wantsInput()) read();
      checkAborted(signal);
      if (inputFailed) throw inputFailed.error;
      const ready = ordered ? (window[0]?.settled ? 0 : -1) : window.findIndex((slot) => slot.settled);
      if (ready >= 0) {
        const [slot] = window.splice(ready, 1);
        yield report(await slot!.result);
        continue;
      }
      if (window.length === 0 && exhausted) return;
      // Nothing to hand out yet: wait for a document to settle, an input to arrive or the signal.
      const settled = new Promise<void>((resolve) => (wake = resolve));
      await settled;
    }
  } finally {
    closed = true;
    signal?.removeEventListener('abort', onAbort);
    // An async generator's return waits behind a read in progress, which from a slow source may
    // never come: close it without waiting then.
    if (reading === undefined) await iterator.return?.();
    else void Promise.resolve(iterator.return?.()).catch(() => {});
    await pool.destroy();
  }
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BroadsheetError('ABORTED', 'The batch was aborted', { cause: signal.reason });
}

function failure<T>(document: { id: string | number; url?: string | undefined; error: BroadsheetError }): BatchResult<T> {
  return withUrl({ id: document.id, error: document.error }, document.url);
}

function withUrl<R extends { id: string | number }>(result: R, url: string | undefined): R & { url?: string } {
  return url === undefined ? result : { ...result, url };
}

function toDocument(input: BatchInput, position: number): BatchDocument | UnreadableDocument {
  if (typeof input === 'string' || input instanceof Uint8Array) return { id: position, input };
  if (typeof input !== 'object' || input === null) {
    return { id: position, error: new BroadsheetError('INVALID_INPUT', `Expected text, bytes or { input }, not \`${input === null ? 'null' : typeof input}\``) };
  }
  if ('error' in input && input.error instanceof BroadsheetError) return input as UnreadableDocument;
  const described = input as Omit<BatchDocument, 'id'> & { id?: string | number };
  const id = described.id ?? position;
  if (typeof described.input !== 'string' && !(described.input instanceof Uint8Array)) {
    return { id, error: new BroadsheetError('INVALID_INPUT', `Expected document ${String(id)}'s \`input\` to be text or bytes`) };
  }
  const document: BatchDocument = { id, input: described.input };
  if (described.format !== undefined) document.format = described.format;
  if (described.url !== undefined) document.url = described.url;
  return document;
}

function toAsyncIterator<T>(inputs: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (inputs && typeof (inputs as AsyncIterable<T>)[Symbol.asyncIterator] === 'function') {
    return (inputs as AsyncIterable<T>)[Symbol.asyncIterator]();
  }
  if (inputs && typeof (inputs as Iterable<T>)[Symbol.iterator] === 'function') {
    const sync = (inputs as Iterable<T>)[Symbol.iterator]();
    return {
      next: async () => sync.next(),
      return: async () => sync.return?.() ?? { done: true, value: undefined },
    };
  }
  throw new BroadsheetError('INVALID_INPUT', 'Expected an iterable or async iterable of documents');
}
