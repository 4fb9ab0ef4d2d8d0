import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { BroadcastChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { BatchParseOptions, DocumentOutcome } from './parse-document.js';
import type { BatchDocument } from './types.js';

export interface PoolOptions {
  concurrency?: number;
  pipeline?: string | URL;
  resourceLimits?: ResourceLimits;
}

/** The built worker beside this module; run from the sources (tests, tsx), the built one all the same: Node 20 workers cannot load TypeScript. */
function workerUrl(): URL {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('../../dist/batch-worker.js', here) : new URL('./batch-worker.js', here);
}

/**
 * Each worker's memory limits unless the caller sets them (a caller's fields replace these one by one).
 * The old generation has room for very large pages. The young generation is half V8's default (48 MB):
 * a worker's heap then runs ≈ 16 MB less ahead of what is live, for ≈ 3% more CPU per document
 * (docs/batch.md, "Trading speed for memory").
 */
export const DEFAULT_RESOURCE_LIMITS: Readonly<ResourceLimits> = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 24 };

let poolCount = 0;

/** Worker threads that parse one document at a time each. */
export class ParsePool {
  readonly concurrency: number;
  private readonly piscina: Piscina;
  /**
   * Where workers say that they took up a task (its number): one channel for the pool's life. A
   * channel per task left a port and its listeners behind in the worker for every document
   * (~1 KB each), which grew a long batch's memory without end.
   */
  private readonly starts: BroadcastChannel;
  private readonly onStart = new Map<number, () => void>();
  private nextTask = 0;

  constructor(options: PoolOptions) {
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
    const pipeline = options.pipeline === undefined ? undefined : String(options.pipeline);
    const channel = `broadsheet-batch-${process.pid}-${poolCount++}`;
    this.starts = new BroadcastChannel(channel);
    this.starts.onmessage = (event: { data: unknown }) => {
      const task = event.data as number;
      const started = this.onStart.get(task);
      this.onStart.delete(task);
      started?.();
    };
    this.starts.unref();
    this.piscina = new Piscina({
      filename: workerUrl().href,
      minThreads: this.concurrency,
      maxThreads: this.concurrency,
      concurrentTasksPerWorker: 1,
      idleTimeout: Number.POSITIVE_INFINITY,
      resourceLimits: { ...DEFAULT_RESOURCE_LIMITS, ...options.resourceLimits },
      workerData: { pipeline, channel },
    });
    // A worker that finishes a document whose run was aborted answers a task piscina has already
    // dropped; piscina reports that as an `error` event, which would throw with no listener. The
    // document itself has settled (ABORTED or TIMEOUT), so only other pool errors are worth a warning.
    this.piscina.on('error', (error: Error) => {
      if (!error.message.startsWith('Unexpected message from Worker')) process.emitWarning(error);
    });
  }

  /**
   * Parses a document; `onStart` is called when a worker takes it up. Aborting `signal` ends the
   * document, terminating its worker if it is running (the pool starts another).
   */
  run(document: BatchDocument, options: BatchParseOptions, signal: AbortSignal, onStart: () => void): Promise<DocumentOutcome> {
    const task = this.nextTask++;
    this.onStart.set(task, onStart);
    return this.piscina.run({ document, options, task }, { signal }).finally(() => this.onStart.delete(task)) as Promise<DocumentOutcome>;
  }

  destroy(): Promise<void> {
    this.starts.close();
    return this.piscina.destroy();
  }
}
