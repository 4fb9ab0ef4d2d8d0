import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** A file path, a Node stream, or any async iterable of byte chunks. */
export type ByteSource = string | URL | Readable | AsyncIterable<Uint8Array>;

/** The chunks of a byte source, streamed: a file is never read whole. */
export function chunksOf(source: ByteSource): AsyncIterable<Uint8Array> {
  if (typeof source === 'string' || source instanceof URL) return createReadStream(source);
  return source;
}

/** A readable name for a source in ids and diagnostics. */
export function sourceName(source: ByteSource): string | undefined {
  if (typeof source === 'string') return source;
  if (source instanceof URL) return source.pathname;
  return undefined;
}
