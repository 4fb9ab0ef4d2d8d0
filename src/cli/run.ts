import type { Readable } from 'node:stream';
import type { BatchProgress, BatchResult, ReaderDiagnostic } from '../batch/index.js';
import type { Article } from '../model/article.js';
import { parseArticle } from '../pipeline/article.js';
import { openSources, WARC } from './sources.js';

/** What the CLI does with the outside world, so tests can give it their own. */
export interface CliIo {
  stdin(): Readable | AsyncIterable<Uint8Array>;
  /** Writes a line to standard output; a promise when the reader is behind (backpressure). */
  write(line: string): void | Promise<void>;
  warn(line: string): void;
  /** Stderr is a terminal: show progress with rate and ETA. */
  progress: boolean;
  /** Called before one document is parsed on this thread (not for a batch): the CLI tunes V8 for a short run. */
  beforeOneDocument?(): void;
}

export interface ParseCommandOptions {
  format: 'auto' | 'text' | 'markdown' | 'html';
  url?: string;
  ndjson?: boolean;
  pretty?: boolean;
  /** Worker threads; given, even one file goes through the batch. */
  jobs?: number;
  inputNdjson?: boolean;
  inputWarc?: boolean;
  failFast?: boolean;
  /** Per-document time limit in milliseconds (0: none). */
  timeout?: number;
  /** A pipeline module for the workers (see docs/batch.md). */
  pipeline?: string;
  /** `maxInputLength` and `maxReadLength` of every parse. */
  maxInputLength?: number;
  maxReadLength?: number;
}

/** The parse options the flags set. */
function limits(options: ParseCommandOptions): { maxInputLength?: number; maxReadLength?: number } {
  return {
    ...(options.maxInputLength === undefined ? {} : { maxInputLength: options.maxInputLength }),
    ...(options.maxReadLength === undefined ? {} : { maxReadLength: options.maxReadLength }),
  };
}

/**
 * Parses the targets (files, directories, globs, NDJSON, WARC; `-` is standard input) and writes
 * the results. One plain file (and no `--jobs`) is parsed here and printed as one Article; anything
 * more goes through `parseMany`'s workers and prints one line per document with its `id` and `url`.
 * Returns the exit code: 0, or 1 when any document failed or a source was damaged.
 */
export async function run(targets: string[], options: ParseCommandOptions, io: CliIo): Promise<number> {
  if (isSingleDocument(targets, options)) return runOne(targets[0]!, options, io);

  const { parseMany } = await import('../batch/index.js');
  const skipped = new Map<string, number>();
  let damaged = 0;
  const { documents, files } = await openSources(targets, options, {
    stdin: () => io.stdin(),
    onSkip: (reason) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1),
    onDiagnostic: (d: ReaderDiagnostic) => {
      if (d.severity === 'error') damaged++;
      io.warn(`${d.source ?? 'input'}: ${d.message}`);
    },
  });

  const progress = io.progress ? await progressBar(files?.length) : undefined;
  const controller = new AbortController();
  let last: BatchProgress = { done: 0, failed: 0, started: 0, elapsedMs: 0 };
  let aborted = false;
  try {
    for await (const result of parseMany(documents, {
      ...(options.jobs === undefined ? {} : { concurrency: options.jobs }),
      ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
      ...(options.pipeline === undefined ? {} : { pipeline: options.pipeline }),
      parseOptions: limits(options),
      signal: controller.signal,
      onProgress: (p) => {
        last = p;
        progress?.update(p);
      },
    })) {
      await io.write(line(result));
      if (result.error) {
        io.warn(`cannot parse ${String(result.id)}: ${result.error.message}`);
        if (options.failFast) controller.abort();
      }
    }
  } catch (error) {
    if ((error as { code?: string }).code !== 'ABORTED') throw error;
    aborted = true;
  } finally {
    progress?.stop();
  }
  io.warn(summary(last, skipped, aborted));
  return last.failed > 0 || damaged > 0 ? 1 : 0;
}

function isSingleDocument(targets: string[], options: ParseCommandOptions): boolean {
  if (targets.length !== 1 || options.jobs !== undefined || options.inputNdjson || options.inputWarc || options.pipeline) return false;
  const target = targets[0]!;
  return target === '-' || (!WARC.test(target) && !/[*?[\]{}]/.test(target) && !target.endsWith('/'));
}

async function runOne(target: string, options: ParseCommandOptions, io: CliIo): Promise<number> {
  const { readFile, stat } = await import('node:fs/promises');
  let input: Uint8Array;
  try {
    if (target !== '-' && (await stat(target)).isDirectory()) return run(target.endsWith('/') ? [target] : [`${target}/`], options, io);
    input = target === '-' ? await readAll(io.stdin()) : await readFile(target);
  } catch (error) {
    io.warn(`cannot read ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 1;
  }
  io.beforeOneDocument?.();
  let article: Article;
  try {
    article = parseArticle(input, { format: options.format, ...(options.url === undefined ? {} : { url: options.url }), ...limits(options) });
  } catch (error) {
    io.warn(`cannot parse ${target}: ${(error as Error).message}`);
    return 1;
  }
  if (options.ndjson) io.write(line({ id: target, ...(options.url === undefined ? {} : { url: options.url }), article }));
  else io.write(JSON.stringify(article, null, options.pretty ? 2 : undefined));
  return 0;
}

async function readAll(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** One NDJSON line: the Article with its id and URL first, or the error. */
function line(result: BatchResult<unknown>): string {
  const head = result.url === undefined ? { id: result.id } : { id: result.id, url: result.url };
  if (result.error) return JSON.stringify({ ...head, error: { code: result.error.code, message: result.error.message } });
  return JSON.stringify({ ...head, ...(result.article as object) });
}

function summary(progress: BatchProgress, skipped: Map<string, number>, aborted: boolean): string {
  const seconds = progress.elapsedMs / 1000;
  const rate = seconds > 0 ? progress.done / seconds : 0;
  const parts = [`${progress.done} documents in ${seconds.toFixed(1)} s (${rate.toFixed(1)}/s): ${progress.done - progress.failed} parsed, ${progress.failed} failed`];
  if (skipped.size > 0) {
    const total = [...skipped.values()].reduce((a, b) => a + b, 0);
    parts.push(`${total} records skipped (${[...skipped].map(([reason, n]) => `${reason} ${n}`).join(', ')})`);
  }
  if (aborted) parts.push('stopped at the first failure (--fail-fast)');
  return parts.join('; ');
}

/** A progress line on stderr: done, failed, rate, and with a known total the ETA. */
async function progressBar(total: number | undefined) {
  const { SingleBar } = await import('cli-progress');
  const format = total === undefined ? '{value} documents | {failed} failed | {rate}/s' : '{bar} {value}/{total} | {failed} failed | {rate}/s | ETA {eta_formatted}';
  const bar = new SingleBar({ format, clearOnComplete: true, hideCursor: true, etaBuffer: 50 });
  bar.start(total ?? 0, 0, { failed: 0, rate: '0.0' });
  return {
    update(p: BatchProgress) {
      bar.update(p.done, { failed: p.failed, rate: (p.done / Math.max(p.elapsedMs / 1000, 1e-3)).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
