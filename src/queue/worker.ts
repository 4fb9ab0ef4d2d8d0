import type { Job, Worker, WorkerOptions } from 'bullmq';
import { type Article, type ParseOptions, parseArticle } from 'broadsheet';
import { loadBullmq, type RedisConnection, resultsStreamKey, toConnectionOptions } from './connection.js';
import { describeFailure, isTransientFailure } from './failure.js';
import { type InputResolver, readInputFile } from './input.js';
import { type QueueDocument, type QueueResult, toQueueDocument } from './job.js';
import { createSink, type ResultSink, type ResultsDestination } from './sink.js';
import { RateMeter, type WorkerStats } from './stats.js';

/** What a worker parses with: `parseArticle` by default, or any parser made with `createParser`. */
export interface QueuePipeline<T> {
  parse(input: string | Uint8Array, options: ParseOptions): T | Promise<T>;
}

export interface CreateWorkerOptions<T = Article> {
  /** A Redis URL or BullMQ connection options. */
  connection: RedisConnection;
  /** The queue to consume. */
  queue: string;
  /** BullMQ's key prefix (default `bull`); use a hash tag such as `{broadsheet}` on Redis Cluster. */
  prefix?: string;
  /** The parser (default: `parseArticle`). */
  pipeline?: QueuePipeline<T>;
  /** Parse options for every job; each job's `format` and `url` are added. */
  parseOptions?: Omit<ParseOptions, 'format' | 'url'>;
  /** Jobs in progress at once in this process (default 4): parsing is synchronous, so more only hides Redis latency. */
  concurrency?: number;
  /** Where results go (default: the queue's results stream). */
  results?: ResultsDestination<T>;
  /** Reads an `inputRef` (default: a file path or `file:` URL). */
  resolveInput?: InputResolver;
  /** Which failures are retried (default: {@link isTransientFailure}); the others fail the job at once. */
  isTransient?: (error: unknown) => boolean;
  /** Called for errors outside any job (a lost Redis connection, which the worker rides out). */
  onError?: (error: Error) => void;
  /** BullMQ worker settings passed through: `lockDuration`, `stalledInterval`, `maxStalledCount`, `limiter`, `removeOnComplete`… */
  bullmq?: Omit<WorkerOptions, 'connection' | 'concurrency' | 'prefix' | 'autorun'>;
}

/** A running worker. */
export interface BroadsheetWorker {
  /** The BullMQ worker underneath, for its events. */
  readonly worker: Worker;
  /** The counters since start. */
  stats(): WorkerStats;
  /** Stops taking jobs, lets the ones in progress finish and write their results, then disconnects. */
  close(): Promise<void>;
}

/**
 * Starts a worker that parses the queue's documents and writes one result per job (an Article, or the
 * error that ended the job) to the results destination. Transient failures are retried with the job's
 * backoff; permanent ones fail the job at once. A job delivered again (after a crash or a lost lock)
 * writes nothing the second time.
 */
export async function createWorker<T = Article>(options: CreateWorkerOptions<T>): Promise<BroadsheetWorker> {
  const bullmq = await loadBullmq();
  const connection = toConnectionOptions(options.connection);
  const pipeline = options.pipeline ?? (articlePipeline as unknown as QueuePipeline<T>);
  const resolveInput = options.resolveInput ?? readInputFile;
  const isTransient = options.isTransient ?? isTransientFailure;
  const startedAt = Date.now();
  const meter = new RateMeter(startedAt);
  const counts = { processed: 0, failed: 0, retried: 0, duplicates: 0, stalled: 0, active: 0 };

  let sink: ResultSink<T> | undefined;
  const worker: Worker = new bullmq.Worker(options.queue, (job: Job) => processJob(job), {
    ...options.bullmq,
    connection,
    concurrency: options.concurrency ?? 4,
    autorun: false,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
  });
  worker.on('error', (error) => options.onError?.(error));
  worker.on('stalled', () => {
    counts.stalled++;
  });
  sink = createSink<T>(options.results ?? { type: 'stream' }, {
    client: await worker.getBackend().client,
    connection,
    prefix: options.prefix,
    defaultStreamKey: resultsStreamKey(worker.toKey),
    QueueClass: bullmq.Queue,
  });

  const finish = (written: boolean, outcome: 'processed' | 'failed') => {
    if (!written) {
      counts.duplicates++;
      return;
    }
    counts[outcome]++;
    meter.mark(Date.now());
  };

  const processJob = async (job: Job) => {
    const jobKey = worker.toKey(job.id!);
    const attempt = job.attemptsMade + 1;
    let document: QueueDocument | undefined;
    let stage: 'input' | 'parse' = 'parse';
    try {
      document = toQueueDocument(job.data);
      stage = 'input';
      const input = document.input ?? (await resolveInput(document.inputRef!));
      stage = 'parse';
      const article = await pipeline.parse(input, parseOptionsFor(document, options.parseOptions));
      finish(await sink!.write(jobKey, job.id!, withUrl({ id: document.id, article }, document)), 'processed');
    } catch (error) {
      const transient = isTransient(error);
      if (transient && attempt < (job.opts.attempts ?? 1)) {
        counts.retried++;
        throw error;
      }
      const failure = describeFailure(error, attempt, stage === 'input' ? 'INPUT_UNAVAILABLE' : 'EXTRACTOR_FAILED');
      const id = document?.id ?? (typeof job.data?.id === 'string' ? job.data.id : job.id!);
      finish(await sink!.write(jobKey, job.id!, withUrl({ id, error: failure }, document)), 'failed');
      // Failed for good: BullMQ keeps it in the failed set with this error and retries it no more.
      throw new bullmq.UnrecoverableError(`${failure.code}: ${failure.message}`);
    }
  };

  worker.on('active', () => {
    counts.active++;
  });
  const settled = () => {
    counts.active = Math.max(0, counts.active - 1);
  };
  worker.on('completed', settled);
  worker.on('failed', settled);

  // The default pipeline loads its word lists on the first parse; doing that now keeps the first job from
  // holding the event loop past its lock.
  if (options.pipeline === undefined) parseArticle('Warm-up headline\n\nA first sentence by Ann Lee in Oslo.', { format: 'text' });
  void worker.run().catch((error: Error) => options.onError?.(error));
  await worker.waitUntilReady();

  return {
    worker,
    stats: () => ({ ...counts, rate: meter.rate(Date.now()), startedAt }),
    async close() {
      await worker.close();
      await sink?.close();
    },
  };
}

const articlePipeline: QueuePipeline<Article> = { parse: (input, parseOptions) => parseArticle(input, parseOptions) };

function parseOptionsFor(document: QueueDocument, base: CreateWorkerOptions['parseOptions']): ParseOptions {
  const options: ParseOptions = { ...base, format: document.format ?? 'auto' };
  if (document.url !== undefined) options.url = document.url;
  return options;
}

function withUrl<T>(result: QueueResult<T>, document: QueueDocument | undefined): QueueResult<T> {
  return document?.url === undefined ? result : { ...result, url: document.url };
}
