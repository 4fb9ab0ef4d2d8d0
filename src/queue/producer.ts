import type { BackoffOptions, JobsOptions, Queue } from 'bullmq';
import { loadBullmq, type RedisConnection, toConnectionOptions } from './connection.js';
import { jobIdOf, type QueueDocument, type QueueDocumentInput, toQueueDocument } from './job.js';

export interface ProducerOptions {
  /** A Redis URL or BullMQ connection options. */
  connection: RedisConnection;
  /** The queue to add to. */
  queue: string;
  /** BullMQ's key prefix (default `bull`); the workers must use the same. */
  prefix?: string;
  /** Attempts per job, the first included (default 3); only transient failures use the later ones. */
  attempts?: number;
  /** The wait between attempts (default: exponential from 1 s). */
  backoff?: number | BackoffOptions;
  /** Other BullMQ job options (`removeOnComplete`, `priority`…); the job id is always derived from the document id. */
  jobOptions?: Omit<JobsOptions, 'jobId' | 'attempts' | 'backoff'>;
}

/** How many of a queue's jobs are in each state. */
export interface QueueCounts {
  waiting: number;
  active: number;
  delayed: number;
  prioritized: number;
  waitingChildren: number;
  completed: number;
  failed: number;
}

export interface Producer {
  /** Adds one document; a document whose id is already in the queue is not added again. Returns the job id. */
  add(document: QueueDocumentInput): Promise<string>;
  /** Adds documents in batches of `batchSize` (default 500) as they arrive; returns how many were submitted. */
  addMany(documents: Iterable<QueueDocumentInput> | AsyncIterable<QueueDocumentInput>, options?: { batchSize?: number }): Promise<number>;
  /** The queue's job counts. */
  counts(): Promise<QueueCounts>;
  /** Whether every job has finished (none waiting, delayed, prioritized or active). */
  isIdle(): Promise<boolean>;
  close(): Promise<void>;
  /** The BullMQ queue underneath. */
  readonly queue: Queue;
}

/** Opens a producer on a queue. Documents are checked (`INVALID_JOB`) before anything is sent. */
export async function createProducer(options: ProducerOptions): Promise<Producer> {
  const bullmq = await loadBullmq();
  const queue: Queue = new bullmq.Queue(options.queue, {
    connection: toConnectionOptions(options.connection),
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
  });
  const jobOptions = (document: QueueDocument): JobsOptions => ({
    ...options.jobOptions,
    jobId: jobIdOf(document.id),
    attempts: options.attempts ?? 3,
    backoff: options.backoff ?? { type: 'exponential', delay: 1000 },
  });
  const counts = async (): Promise<QueueCounts> => {
    const found = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed');
    return {
      waiting: found.waiting ?? 0,
      active: found.active ?? 0,
      delayed: found.delayed ?? 0,
      prioritized: found.prioritized ?? 0,
      waitingChildren: found['waiting-children'] ?? 0,
      completed: found.completed ?? 0,
      failed: found.failed ?? 0,
    };
  };

  return {
    queue,
    async add(value) {
      const job = toQueueDocument(value);
      await queue.add('parse', job, jobOptions(job));
      return jobIdOf(job.id);
    },
    async addMany(documents, { batchSize = 500 } = {}) {
      let batch: QueueDocument[] = [];
      let submitted = 0;
      const flush = async () => {
        await queue.addBulk(batch.map((document) => ({ name: 'parse', data: document, opts: jobOptions(document) })));
        submitted += batch.length;
        batch = [];
      };
      for await (const value of documents) {
        batch.push(toQueueDocument(value));
        if (batch.length >= batchSize) await flush();
      }
      if (batch.length > 0) await flush();
      return submitted;
    },
    counts,
    async isIdle() {
      const now = await counts();
      return now.waiting + now.active + now.delayed + now.prioritized + now.waitingChildren === 0;
    },
    close: () => queue.close(),
  };
}

/** Adds documents to a queue and closes the connection; returns how many were submitted. */
export async function enqueue(
  documents: Iterable<QueueDocumentInput> | AsyncIterable<QueueDocumentInput>,
  options: ProducerOptions & { batchSize?: number },
): Promise<number> {
  const producer = await createProducer(options);
  try {
    return await producer.addMany(documents, options.batchSize === undefined ? {} : { batchSize: options.batchSize });
  } finally {
    await producer.close();
  }
}
