// Writes small WARC files for tests: the format is simple enough to write by hand, which keeps
// the reader's tests independent of the library that reads them.
import { gzipSync } from 'node:zlib';

export interface WarcRecordSpec {
  type: 'warcinfo' | 'request' | 'response' | 'resource' | 'metadata';
  uri?: string;
  /** For responses: the HTTP status and Content-Type; for resources: the record's Content-Type. */
  status?: number;
  contentType?: string;
  body: string | Uint8Array;
}

let serial = 0;

export function warcRecord(spec: WarcRecordSpec): Buffer {
  const body = typeof spec.body === 'string' ? Buffer.from(spec.body) : Buffer.from(spec.body);
  let block = body;
  let blockType = spec.contentType ?? 'application/octet-stream';
  if (spec.type === 'response') {
    const head = `HTTP/1.1 ${spec.status ?? 200} OK\r\nContent-Type: ${spec.contentType ?? 'text/html; charset=utf-8'}\r\nContent-Length: ${body.length}\r\n\r\n`;
    block = Buffer.concat([Buffer.from(head), body]);
    blockType = 'application/http; msgtype=response';
  } else if (spec.type === 'request') {
    block = Buffer.from(`GET / HTTP/1.1\r\nHost: example.test\r\n\r\n`);
    blockType = 'application/http; msgtype=request';
  }
  serial++;
  const headers = [
    'WARC/1.0',
    `WARC-Type: ${spec.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(serial).padStart(12, '0')}>`,
    'WARC-Date: 2024-05-01T10:00:00Z',
    ...(spec.uri ? [`WARC-Target-URI: ${spec.uri}`] : []),
    `Content-Type: ${blockType}`,
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

/** A WARC file of the records; gzipped record by record as crawlers write .warc.gz. */
export function warcFile(specs: WarcRecordSpec[], options: { gzip?: boolean } = {}): Buffer {
  const records = specs.map(warcRecord);
  return Buffer.concat(options.gzip ? records.map((r) => gzipSync(r)) : records);
}

/** An HTML page of our own with a headline and a paragraph. */
export function page(headline: string, paragraph: string): string {
  return `<!doctype html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>${paragraph}</p></article></body></html>`;
}
