import type { WARCRecord } from 'warcio';
import type { BatchDocument, ReaderOptions } from '../types.js';
import { type ByteSource, chunksOf, sourceName } from './bytes.js';

export interface ReadWarcOptions extends ReaderOptions {
  /** A larger record is skipped (reason `too-large`) rather than read into memory (default: 32 MiB). */
  maxRecordBytes?: number;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** What a record's block may end with after its declared length: the two CRLFs between records. */
const RECORD_TRAILER = 4;

/**
 * The HTML pages of a WARC or WARC.gz file (gzip detected, per record or whole), as documents:
 * each `response` record with a 2xx HTML payload, and each `resource` record of type text/html,
 * with its WARC-Target-URI as `url` and its WARC-Record-ID as `id`. Everything else is skipped and
 * reported to `onSkip`. Streams record by record, so a file of any size is never held whole.
 *
 * A file cut short or damaged yields the records before the damage, then reports a diagnostic
 * (`warc-truncated`, `warc-damaged`) to `onDiagnostic` instead of throwing.
 */
export async function* readWarc(source: ByteSource, options: ReadWarcOptions = {}): AsyncGenerator<BatchDocument> {
  const { WARCParser } = await import('warcio');
  const name = sourceName(source);
  const maxRecordBytes = options.maxRecordBytes ?? 32 * 1024 * 1024;
  const report = (code: string, message: string, offset?: number) =>
    options.onDiagnostic?.({ code, message, severity: 'error', ...(name === undefined ? {} : { source: name }), ...(offset === undefined ? {} : { offset }) });
  const skip = (record: WARCRecord, reason: string) =>
    options.onSkip?.({
      ...(name === undefined ? {} : { source: name }),
      ...(record.warcHeader('WARC-Record-ID') ? { id: record.warcHeader('WARC-Record-ID')! } : {}),
      ...(record.warcTargetURI ? { url: record.warcTargetURI } : {}),
      reason,
    });

  let total = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunksOf(source)) {
      total += chunk.length;
      yield chunk;
    }
  }

  const parser = new WARCParser(counted());
  let end = 0;
  try {
    for await (const record of parser) {
      const offset = parser.offset;
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        report('warc-damaged', `The WARC holds no record at byte ${offset}`, offset);
        return;
      }
      const document = await toDocument(record, maxRecordBytes, skip);
      // warcio ends a record cut short without complaint: its reader has bytes left to give.
      const missing = (record._reader as { limit?: number }).limit ?? 0;
      if (missing > 0) {
        report('warc-truncated', `The WARC ends inside the record at byte ${offset}, ${missing} bytes short`, offset);
        return;
      }
      if (document) yield document;
      end = parser.offset + parser.recordLength;
    }
  } catch (error) {
    report('warc-damaged', `The WARC cannot be read after byte ${end}: ${(error as Error).message}`, end);
    return;
  }
  // A gzip member cut short, or bytes that are no record, end the records silently before the file ends.
  if (total - end > RECORD_TRAILER) {
    report('warc-damaged', `The WARC holds ${total - end} bytes after its last whole record (byte ${end}) that are no record`, end);
  }
}

async function toDocument(
  record: WARCRecord,
  maxRecordBytes: number,
  skip: (record: WARCRecord, reason: string) => void,
): Promise<BatchDocument | undefined> {
  const type = record.warcType;
  const mediaType = (header: string | null | undefined) => (header ?? '').split(';')[0]!.trim().toLowerCase();
  let contentType: string | null | undefined;
  if (type === 'response') {
    const response = record.getResponseInfo();
    const status = Number(response?.status);
    if (!(status >= 200 && status < 300)) return skipped(`status-${response?.status ?? 'none'}`);
    contentType = response?.headers.get('content-type');
  } else if (type === 'resource') {
    contentType = record.warcContentType;
  } else {
    return skipped(type ?? 'untyped');
  }
  if (!HTML_TYPES.has(mediaType(contentType))) return skipped(`not-html`);
  if (record.warcContentLength > maxRecordBytes) return skipped('too-large');

  const bytes = await record.readFully(true);
  const charset = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const id = record.warcHeader('WARC-Record-ID') ?? record.warcTargetURI ?? '';
  const document: BatchDocument = { id, input: decode(bytes, charset), format: 'html' };
  if (record.warcTargetURI) document.url = record.warcTargetURI;
  return document;

  async function skipped(reason: string): Promise<undefined> {
    await record.skipFully();
    skip(record, reason);
    return undefined;
  }
}

/** The page as text in its declared charset; undeclared or unknown, the bytes as they are (read as UTF-8). */
function decode(bytes: Uint8Array, charset: string | undefined): string | Uint8Array {
  if (!charset || /^utf-?8$/i.test(charset)) return bytes;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes;
  }
}
