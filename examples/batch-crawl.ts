// Parse a WARC crawl in worker threads with a custom pipeline: the HTML pages become results,
// everything else is skipped and counted. Needs the built package (npm run build): the workers
// run JavaScript.
// Run: npx tsx examples/batch-crawl.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseMany, readWarc } from 'broadsheet/batch';

// A small crawl of our own: two articles, an image and the crawler's request records.
const file = join(mkdtempSync(join(tmpdir(), 'broadsheet-crawl-')), 'crawl.warc.gz');
writeFileSync(
  file,
  Buffer.concat([
    record('request', 'https://news.example/harbour', 'application/http; msgtype=request', 'GET /harbour HTTP/1.1\r\nHost: news.example\r\n\r\n'),
    record('response', 'https://news.example/harbour', 'application/http; msgtype=response', http('text/html; charset=utf-8', article(
      'Harbour reopens after storm repairs',
      'The harbour reopened on Monday after three months of repairs. "We are back in business," said harbour master Ann Lee.',
    ))),
    record('response', 'https://news.example/logo.png', 'application/http; msgtype=response', http('image/png', 'PNG…')),
    record('response', 'https://news.example/bridge', 'application/http; msgtype=response', http('text/html', article(
      'Bridge to close for a week',
      'The old bridge will close for a week from Friday, the council said. Buses will run every ten minutes instead.',
    ))),
  ].map((r) => gzipSync(r))),
);

const skipped = new Map<string, number>();
const pages = readWarc(file, {
  onSkip: ({ reason }) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1),
  onDiagnostic: (d) => console.error(`${d.code}: ${d.message}`),
});
const pipeline = new URL('./batch/pipeline.mjs', import.meta.url);
for await (const result of parseMany<{ headline: string | null; readingTime: { minutes: number } }>(pages, { concurrency: 2, pipeline })) {
  if (result.error) console.error(result.url, result.error.code, result.error.message);
  else console.log(`${result.url}: ${result.article.headline} (${result.article.readingTime.minutes} min)`);
}
console.log('skipped:', Object.fromEntries(skipped));

function article(headline: string, text: string): string {
  return `<!doctype html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>${text}</p></article></body></html>`;
}

function http(contentType: string, body: string): string {
  return `HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

function record(type: string, uri: string, contentType: string, block: string): Buffer {
  const bytes = Buffer.from(block);
  const head = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:${crypto.randomUUID()}>`,
    `WARC-Date: ${new Date().toISOString()}`,
    `WARC-Target-URI: ${uri}`,
    `Content-Type: ${contentType}`,
    `Content-Length: ${bytes.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), bytes, Buffer.from('\r\n\r\n')]);
}
