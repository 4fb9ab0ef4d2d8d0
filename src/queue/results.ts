import { setTimeout as sleep } from 'node:timers/promises';
import type { Article } from 'broadsheet';
import { resultsStreamKey, type RedisConnection } from './connection.js';
import type { QueueResult } from './job.js';
import { createProducer } from './producer.js';

export interface ReadResultsOptions {
  /** A Redis URL or BullMQ connection options. */
  connection: RedisConnection;
  /** The queue whose results to read. */
  queue: string;
  /** BullMQ's key prefix, as the workers use it. */
  prefix?: string;
  /** The stream, when the workers were given one (default: the queue's results stream). */
  key?: string;
  /** Read entries after this stream entry id (default `0`: from the start). */
  after?: string;
  /** Keep reading as results arrive, never ending; otherwise end once the queue has no unfinished jobs. */
  follow?: boolean;
  /** Entries per read (default 500). */
  batchSize?: number;
  /** How long to wait before looking again when nothing is new (default 250 ms). */
  pollMs?: number;
}

/** One result and its stream entry id (pass it as `after` to resume). */
export interface ResultEntry<T> {
  entryId: string;
  result: QueueResult<T>;
}

/**
 * Reads a queue's results stream in order. Without `follow` it ends when every job has finished and
 * every result written so far has been read: run it after `enqueue` to collect a whole batch.
 */
export async function* readResults<T = Article>(options: ReadResultsOptions): AsyncGenerator<ResultEntry<T>> {
  const producer = await createProducer({
    connection: options.connection,
    queue: options.queue,
    ...(options.prefix === undefined ? {} : { prefix: options.prefix }),
  });
  const client = await producer.queue.getBackend().client;
  const key = options.key ?? resultsStreamKey(producer.queue.toKey);
  const batchSize = options.batchSize ?? 500;
  let after = options.after ?? '0';
  // The queue was idle before the last read: a read that then finds nothing new is the end.
  let idleBeforeRead = false;
  try {
    for (;;) {
      const reply = (await client.xread([{ key, id: after }], { COUNT: batchSize })) as StreamReply | null;
      const entries = reply?.[0]?.[1] ?? [];
      for (const [entryId, fields] of entries) {
        after = entryId;
        yield { entryId, result: JSON.parse(fieldOf(fields, 'result')) as QueueResult<T> };
      }
      if (entries.length === batchSize) continue;
      if (entries.length === 0 && idleBeforeRead) return;
      if (!options.follow && (await producer.isIdle())) {
        idleBeforeRead = true;
        continue;
      }
      idleBeforeRead = false;
      await sleep(options.pollMs ?? 250);
    }
  } finally {
    await producer.close();
  }
}

type StreamReply = [key: string, entries: [entryId: string, fields: string[]][]][];

function fieldOf(fields: string[], name: string): string {
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === name) return fields[i + 1]!;
  throw new Error(`A results stream entry without \`${name}\``);
}
