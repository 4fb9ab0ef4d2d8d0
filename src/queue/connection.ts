import type { ConnectionOptions } from 'bullmq';
import { BroadsheetError } from 'broadsheet';

/** A Redis URL (`redis://host:port/db`, `rediss://` for TLS) or BullMQ's connection options. */
export type RedisConnection = string | ConnectionOptions;

/** BullMQ's connection options for a URL or options; workers retry every command until Redis is back. */
export function toConnectionOptions(connection: RedisConnection): ConnectionOptions {
  if (typeof connection !== 'string') return connection;
  let url: URL;
  try {
    url = new URL(connection);
  } catch (error) {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected a Redis URL such as redis://127.0.0.1:6379, not \`${connection}\``, {
      cause: error,
    });
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected a redis:// or rediss:// URL, not \`${url.protocol}\``);
  }
  return { url: connection, maxRetriesPerRequest: null };
}

/** Loads the optional peer dependency, or says what to install. */
export async function loadBullmq(): Promise<typeof import('bullmq')> {
  try {
    return await import('bullmq');
  } catch (error) {
    throw new BroadsheetError(
      'QUEUE_UNAVAILABLE',
      'broadsheet/queue needs its optional peer dependencies: npm install bullmq ioredis',
      { cause: error },
    );
  }
}

/** The Redis stream a queue's results go to by default, in the queue's key space (and Cluster slot). */
export function resultsStreamKey(toKey: (type: string) => string): string {
  return toKey('broadsheet:results');
}

/** The field a job's hash gets once its result is written: the mark that makes a re-delivery write nothing. */
export const RESULT_MARK = 'broadsheetResult';
