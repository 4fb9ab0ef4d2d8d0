import { BroadsheetError } from '../../errors.js';
import type { BatchDocument, DocumentFormat, UnreadableDocument } from '../types.js';
import { type ByteSource, chunksOf, sourceName } from './bytes.js';

/** The options of {@link readNdjson}. */
export interface ReadNdjsonOptions {
  /** A longer line is not buffered: it fails as an unreadable document (default: 64 MiB). */
  maxLineBytes?: number;
}

const NEWLINE = 0x0a;
/** The fields a line may carry its document in, and the format each implies. */
const INPUT_FIELDS = [
  ['html', 'html'],
  ['markdown', 'markdown'],
  ['text', 'text'],
  ['input', 'auto'],
] as const satisfies readonly (readonly [string, DocumentFormat])[];
const FORMATS = new Set<string>(['auto', 'text', 'markdown', 'html']);

/**
 * The documents of an NDJSON stream, one JSON object a line: `{ id?, url?, html | markdown | text | input, format? }`.
 * Streams: only one line is held at a time. A line that is not such an object yields an
 * {@link UnreadableDocument} (id: its `id`, else `source:line`), and the lines after it go on.
 */
export async function* readNdjson(
  source: ByteSource,
  options: ReadNdjsonOptions = {},
): AsyncGenerator<BatchDocument | UnreadableDocument> {
  const maxLineBytes = options.maxLineBytes ?? 64 * 1024 * 1024;
  const name = sourceName(source) ?? 'ndjson';
  const decoder = new TextDecoder('utf-8');
  let parts: Uint8Array[] = [];
  let buffered = 0;
  let overlong = false;
  let lineNumber = 0;

  function* finish(): Generator<BatchDocument | UnreadableDocument> {
    lineNumber++;
    const fallbackId = `${name}:${lineNumber}`;
    if (overlong) {
      yield { id: fallbackId, error: new BroadsheetError('INVALID_INPUT', `Line ${lineNumber} of ${name} is longer than ${maxLineBytes} bytes`) };
    } else {
      const line = decoder.decode(parts.length === 1 ? parts[0] : concat(parts, buffered)).trim();
      if (line !== '') yield toDocument(line, fallbackId);
    }
    parts = [];
    buffered = 0;
    overlong = false;
  }

  for await (const chunk of chunksOf(source)) {
    let start = 0;
    for (let newline = chunk.indexOf(NEWLINE); newline !== -1; newline = chunk.indexOf(NEWLINE, start)) {
      keep(chunk.subarray(start, newline));
      yield* finish();
      start = newline + 1;
    }
    keep(chunk.subarray(start));
  }
  if (buffered > 0 || overlong) yield* finish();

  function keep(piece: Uint8Array): void {
    if (overlong || piece.length === 0) return;
    if (buffered + piece.length > maxLineBytes) {
      overlong = true;
      parts = [];
      buffered = 0;
      return;
    }
    // Copy: a stream may reuse its chunk's memory after the next read.
    parts.push(piece.slice());
    buffered += piece.length;
  }
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function toDocument(line: string, fallbackId: string): BatchDocument | UnreadableDocument {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { id: fallbackId, error: new BroadsheetError('INVALID_INPUT', `${fallbackId} is not JSON: ${(error as Error).message}`) };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return { id: fallbackId, error: new BroadsheetError('INVALID_INPUT', `${fallbackId} is not a JSON object`) };
  }
  const fields = record as Record<string, unknown>;
  const id = typeof fields.id === 'string' || typeof fields.id === 'number' ? fields.id : fallbackId;
  const url = typeof fields.url === 'string' ? fields.url : undefined;
  const found = INPUT_FIELDS.find(([field]) => typeof fields[field] === 'string');
  if (!found) {
    const error = new BroadsheetError('INVALID_INPUT', `${fallbackId} has none of the string fields html, markdown, text or input`);
    return url === undefined ? { id, error } : { id, url, error };
  }
  const stated = typeof fields.format === 'string' && FORMATS.has(fields.format) ? (fields.format as DocumentFormat) : undefined;
  const document: BatchDocument = { id, input: fields[found[0]] as string, format: stated ?? found[1] };
  if (url !== undefined) document.url = url;
  return document;
}
