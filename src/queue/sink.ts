import type { ConnectionOptions, Queue, RedisClient } from 'bullmq';
import { RESULT_MARK } from './connection.js';
import type { QueueResult } from './job.js';

/** Where a worker writes each job's result. */
export type ResultsDestination<T = unknown> =
  /** A Redis stream (the default: `<prefix>:<queue>:broadsheet:results`), read with `readResults` or XREAD. */
  | { type: 'stream'; key?: string; maxLength?: number }
  /** A BullMQ queue: one job per result, its id the document's job id, for consumers that are BullMQ workers. */
  | { type: 'queue'; name: string }
  /** A function in the worker process. Called at least once per job; see `docs/scaling.md` on idempotence. */
  | { type: 'callback'; onResult: (result: QueueResult<T>) => void | Promise<void> };

export interface ResultSink<T> {
  /** Writes the job's result unless one was written before; says whether it wrote. */
  write(jobKey: string, jobId: string, result: QueueResult<T>): Promise<boolean>;
  close(): Promise<void>;
}

// One script, so the mark and the entry are written together or not at all. A job whose hash is gone was
// completed and removed by an earlier delivery: nothing to write.
const WRITE_TO_STREAM = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
if redis.call('HSETNX', KEYS[1], ARGV[1], '1') == 0 then return 0 end
if tonumber(ARGV[4]) > 0 then
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[4], '*', 'id', ARGV[2], 'result', ARGV[3])
else
  redis.call('XADD', KEYS[2], '*', 'id', ARGV[2], 'result', ARGV[3])
end
return 1`;

const MARK_WRITTEN = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
return redis.call('HSET', KEYS[1], ARGV[1], '1')`;

export interface SinkContext {
  client: RedisClient;
  connection: ConnectionOptions;
  prefix: string | undefined;
  defaultStreamKey: string;
  QueueClass: typeof Queue;
}

export function createSink<T>(destination: ResultsDestination<T>, context: SinkContext): ResultSink<T> {
  const { client } = context;
  if (destination.type === 'stream') {
    client.defineCommand('broadsheetWriteResult', { numberOfKeys: 2, lua: WRITE_TO_STREAM });
    const key = destination.key ?? context.defaultStreamKey;
    const maxLength = String(destination.maxLength ?? 0);
    return {
      async write(jobKey, _jobId, result) {
        const written = await client.runCommand('broadsheetWriteResult', [jobKey, key, RESULT_MARK, result.id, JSON.stringify(result), maxLength]);
        return written === 1;
      },
      async close() {},
    };
  }

  // A queue or a callback is written outside Redis's script: look for the mark, write, then mark. A crash
  // between writing and marking writes again on re-delivery; a results queue still holds one job per id.
  client.defineCommand('broadsheetMarkResult', { numberOfKeys: 1, lua: MARK_WRITTEN });
  const seen = async (jobKey: string) => (await client.hexists(jobKey, RESULT_MARK)) === 1;
  const mark = (jobKey: string) => client.runCommand('broadsheetMarkResult', [jobKey, RESULT_MARK]);

  if (destination.type === 'queue') {
    const queue = new context.QueueClass(destination.name, {
      connection: context.connection,
      ...(context.prefix === undefined ? {} : { prefix: context.prefix }),
    });
    return {
      async write(jobKey, jobId, result) {
        if (await seen(jobKey)) return false;
        await queue.add('result', result, { jobId });
        await mark(jobKey);
        return true;
      },
      close: () => queue.close(),
    };
  }

  return {
    async write(jobKey, _jobId, result) {
      if (await seen(jobKey)) return false;
      await destination.onResult(result);
      await mark(jobKey);
      return true;
    },
    async close() {},
  };
}
