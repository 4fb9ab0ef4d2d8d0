import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { page, warcFile } from '../../../test/helpers/warc.js';
import type { ReaderDiagnostic } from '../types.js';
import { readFiles } from './files.js';
import { readNdjson } from './ndjson.js';
import { readWarc } from './warc.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const crawl = [
  { type: 'warcinfo' as const, body: 'software: test\r\n', contentType: 'application/warc-fields' },
  { type: 'request' as const, uri: 'https://news.test/a', body: '' },
  { type: 'response' as const, uri: 'https://news.test/a', body: page('Harbour opens', 'The harbour opened on Monday.') },
  { type: 'response' as const, uri: 'https://news.test/logo.png', contentType: 'image/png', body: new Uint8Array([137, 80, 78, 71]) },
  { type: 'response' as const, uri: 'https://news.test/gone', status: 404, body: page('Not found', 'Nothing here.') },
  { type: 'resource' as const, uri: 'https://news.test/b', contentType: 'text/html', body: page('Bridge closes', 'The bridge closed for repairs.') },
  { type: 'response' as const, uri: 'https://news.test/c', contentType: 'text/html; charset=iso-8859-1', body: Buffer.from(page('Café reopens', 'Crème brûlée returns.'), 'latin1') },
];

async function readAll(bytes: Uint8Array) {
  const diagnostics: ReaderDiagnostic[] = [];
  const skipped: string[] = [];
  const documents = await collect(
    readWarc(Readable.from([bytes]), { onDiagnostic: (d) => diagnostics.push(d), onSkip: (s) => skipped.push(s.reason) }),
  );
  return { documents, diagnostics, skipped };
}

describe('readWarc', () => {
  for (const gzip of [false, true]) {
    it(`yields the HTML pages of a ${gzip ? 'gzipped ' : ''}WARC with their URLs and counts what it skips`, async () => {
      const { documents, diagnostics, skipped } = await readAll(warcFile(crawl, { gzip }));
      expect(documents.map((d) => d.url)).toEqual(['https://news.test/a', 'https://news.test/b', 'https://news.test/c']);
      expect(documents.every((d) => d.format === 'html' && String(d.id).startsWith('<urn:uuid:'))).toBe(true);
      expect(new TextDecoder().decode(documents[0]!.input as Uint8Array)).toContain('Harbour opens');
      // Declared Latin-1 is decoded as Latin-1.
      expect(documents[2]!.input).toContain('Crème brûlée');
      expect(skipped.sort()).toEqual(['not-html', 'request', 'status-404', 'warcinfo']);
      expect(diagnostics).toEqual([]);
    });
  }

  it('yields the records before a cut and reports the truncation', async () => {
    const whole = warcFile(crawl.slice(0, 3));
    const { documents, diagnostics } = await readAll(whole.subarray(0, whole.length - 40));
    expect(documents).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: 'warc-truncated', severity: 'error' }]);

    const longer = warcFile([...crawl.slice(0, 3), crawl[5]!]);
    const cut = await readAll(longer.subarray(0, longer.length - 40));
    expect(cut.documents.map((d) => d.url)).toEqual(['https://news.test/a']);
    expect(cut.diagnostics).toMatchObject([{ code: 'warc-truncated' }]);
  });

  it('yields the records before a cut gzip member and reports the damage', async () => {
    const whole = warcFile(crawl, { gzip: true });
    const { documents, diagnostics } = await readAll(whole.subarray(0, whole.length - 30));
    expect(documents.map((d) => d.url)).toEqual(['https://news.test/a', 'https://news.test/b']);
    expect(diagnostics).toMatchObject([{ code: 'warc-damaged', severity: 'error' }]);
  });

  it('reports a file that is no WARC at all instead of throwing', async () => {
    const { documents, diagnostics } = await readAll(Buffer.from('<html>not a warc</html>\n'.repeat(10)));
    expect(documents).toEqual([]);
    expect(diagnostics.length).toBe(1);
  });

  it('skips a record larger than maxRecordBytes without reading it', async () => {
    const skipped: string[] = [];
    const big = warcFile([{ type: 'response', uri: 'https://news.test/big', body: page('Big', 'x'.repeat(5000)) }, crawl[2]!]);
    const documents = await collect(readWarc(Readable.from([big]), { maxRecordBytes: 1000, onSkip: (s) => skipped.push(s.reason) }));
    expect(documents.map((d) => d.url)).toEqual(['https://news.test/a']);
    expect(skipped).toEqual(['too-large']);
  });

  it('streams a file from disk in chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-warc-'));
    const file = join(dir, 'crawl.warc.gz');
    const many = Array.from({ length: 300 }, (_, i) => ({ type: 'response' as const, uri: `https://news.test/${i}`, body: page(`Story ${i}`, 'Text. '.repeat(100)) }));
    writeFileSync(file, warcFile(many, { gzip: true }));
    const documents = await collect(readWarc(file));
    expect(documents.length).toBe(300);
    expect(documents[299]!.url).toBe('https://news.test/299');
  });
});

describe('readNdjson', () => {
  it('reads one document a line from any field, with ids and URLs, across chunk boundaries', async () => {
    const lines = [
      JSON.stringify({ id: 'a', url: 'https://news.test/a', html: page('A', 'Alpha.') }),
      '',
      JSON.stringify({ text: 'Plain headline\n\nPlain body.' }),
      JSON.stringify({ id: 7, markdown: '# Title\n\nBody.' }),
      JSON.stringify({ input: 'Auto text', format: 'text' }),
    ].join('\n');
    const bytes = Buffer.from(lines);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
    const documents = await collect(readNdjson(Readable.from(chunks)));
    expect(documents).toMatchObject([
      { id: 'a', url: 'https://news.test/a', format: 'html' },
      { id: 'ndjson:3', input: 'Plain headline\n\nPlain body.', format: 'text' },
      { id: 7, format: 'markdown' },
      { id: 'ndjson:5', format: 'text' },
    ]);
  });

  it('turns a bad or overlong line into that line failing, and goes on', async () => {
    const lines = ['not json', '[1]', JSON.stringify({ id: 'x', url: 'u' }), `{"text":"${'y'.repeat(200)}"}`, JSON.stringify({ text: 'Fine.' })];
    const documents = await collect(readNdjson(Readable.from([Buffer.from(lines.join('\n'))]), { maxLineBytes: 100 }));
    expect(documents.map((d) => ('error' in d ? d.error.code : 'ok'))).toEqual(['INVALID_INPUT', 'INVALID_INPUT', 'INVALID_INPUT', 'INVALID_INPUT', 'ok']);
    expect(documents[2]).toMatchObject({ id: 'x', url: 'u' });
    expect(documents[3]!.id).toBe('ndjson:4');
  });
});

describe('readFiles', () => {
  it('reads files, directories (recursively, sorted) and globs, with formats from extensions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-files-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.html'), page('B', 'Bee.'));
    writeFileSync(join(dir, 'a.txt'), 'A\n\nAy.');
    writeFileSync(join(dir, 'sub', 'c.md'), '# C\n\nSea.');
    writeFileSync(join(dir, 'skip.json'), '{}');
    const fromDir = await collect(readFiles([dir]));
    expect(fromDir.map((d) => [String(d.id).slice(dir.length + 1), 'format' in d ? d.format : 'error'])).toEqual([
      ['a.txt', 'text'],
      ['b.html', 'html'],
      ['sub/c.md', 'markdown'],
    ]);
    const fromGlob = await collect(readFiles([`${dir}/**/*.md`, join(dir, 'missing.txt')]));
    expect(fromGlob.map((d) => ('error' in d ? d.error.code : String(d.id).slice(dir.length + 1)))).toEqual(['sub/c.md', 'INVALID_INPUT']);
  });
});
