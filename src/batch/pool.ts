import { availableParallelism } from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { MessageChannel } from 'node:worker_threads';
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

/** Worker threads that parse one document at a time each. */
export class ParsePool {
  readonly concurrency: number;
  private readonly piscina: Piscina;

  constructor(options: PoolOptions) {
    this.concurrency = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
    const pipeline = options.pipeline === undefined ? undefined : String(options.pipeline);
    this.piscina = new Piscina({
      filename: workerUrl().href,
      minThreads: this.concurrency,
      maxThreads: this.concurrency,
      concurrentTasksPerWorker: 1,
      idleTimeout: Number.POSITIVE_INFINITY,
      resourceLimits: options.resourceLimits ?? { maxOldGenerationSizeMb: 1024 },
      workerData: { pipeline },
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
    const { port1, port2 } = new MessageChannel();
    port1.once('message', onStart);
    return this.piscina
      .run({ document, options, started: port2 }, { signal, transferList: [port2] })
      .finally(() => port1.close()) as Promise<DocumentOutcome>;
  }

  destroy(): Promise<void> {
    return this.piscina.destroy();
  }
}
