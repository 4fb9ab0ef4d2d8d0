import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { explain } from '../src/cli/explain.js';
import { type CliIo, run } from '../src/cli/run.js';
import { writeCrawlInputs } from './helpers/crawl-inputs.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-'));
  writeCrawlInputs(dir);
});

function io(stdin = ''): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, progress: false, stdin: () => Readable.from([Buffer.from(stdin)]), write: (line) => void out.push(line), warn: (line) => void err.push(line) };
}

describe('broadsheet parse', () => {
  it('prints one Article as JSON for one file, indented with --pretty', async () => {
    const cli = io();
    expect(await run([join(dir, 'a.txt')], { format: 'auto', pretty: true }, cli)).toBe(0);
    expect(cli.out).toHaveLength(1);
    expect(cli.out[0]).toContain('\n  "headline": "First headline here"');
  });

  it('tunes V8 (beforeOneDocument) only for a single document parsed on this thread', async () => {
    let calls = 0;
    const one = { ...io(), beforeOneDocument: () => void calls++ };
    expect(await run([join(dir, 'a.txt')], { format: 'auto' }, one)).toBe(0);
    expect(calls).toBe(1);
    const missing = { ...io(), beforeOneDocument: () => void calls++ };
    expect(await run([join(dir, 'missing.txt')], { format: 'auto' }, missing)).toBe(1);
    expect(calls).toBe(1);
  });

  it('reads standard input for -, and the URL option reaches the parse', async () => {
    const cli = io('<html><body><h1>From stdin</h1><p>Text. <a href="/rel">Link</a></p></body></html>');
    expect(await run(['-'], { format: 'html', url: 'https://news.test/s' }, cli)).toBe(0);
    expect(JSON.parse(cli.out[0]!).headline).toBe('From stdin');
  });

  it('reports an unreadable single file on stderr and exits 1', async () => {
    const cli = io();
    expect(await run([join(dir, 'missing.txt')], { format: 'auto' }, cli)).toBe(1);
    expect(cli.err).toEqual([`cannot read ${join(dir, 'missing.txt')}: ENOENT`]);
  });

  it('parses files, directories and globs in workers, one line per document with its id, in order', async () => {
    const cli = io();
    const code = await run([join(dir, 'more'), `${dir}/*.txt`, join(dir, 'missing.txt')], { format: 'auto', jobs: 2 }, cli);
    expect(code).toBe(1);
    const lines = cli.out.map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.id, l.headline ?? l.error.code])).toEqual([
      [join(dir, 'more', 'b.md'), 'Second headline'],
      [join(dir, 'a.txt'), 'First headline here'],
      [join(dir, 'missing.txt'), 'INVALID_INPUT'],
    ]);
    expect(cli.err.at(-1)).toMatch(/^3 documents in .* 2 parsed, 1 failed$/);
  }, 60_000);

  it('--max-input-length refuses a long document with INPUT_TOO_LARGE and goes on to the next', async () => {
    const one = io();
    expect(await run([join(dir, 'a.txt')], { format: 'auto', maxInputLength: 10 }, one)).toBe(1);
    expect(one.err[0]).toMatch(/^cannot parse .*a\.txt: The input is 39 bytes long, past `maxInputLength` \(10 characters\)/);
    const many = io();
    expect(await run([join(dir, 'a.txt'), join(dir, 'more')], { format: 'auto', jobs: 1, maxInputLength: 38 }, many)).toBe(1);
    const lines = many.out.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.error?.code ?? 'parsed')).toEqual(['INPUT_TOO_LARGE', 'parsed']);
  });

  it('--max-read-length reaches the parse', async () => {
    const cli = io();
    expect(await run([join(dir, 'a.txt')], { format: 'auto', maxReadLength: 40 }, cli)).toBe(0);
    expect(JSON.parse(cli.out[0]!).diagnostics.map((d: { code: string }) => d.code)).toContain('read-limit');
  });

  it('parses the HTML pages of a WARC with their URLs and counts the records it skips', async () => {
    const cli = io();
    expect(await run([join(dir, 'crawl.warc.gz')], { format: 'auto', jobs: 1 }, cli)).toBe(0);
    expect(cli.out.map((line) => JSON.parse(line))).toMatchObject([{ url: 'https://news.test/a', headline: 'Harbour opens' }]);
    expect(cli.err.at(-1)).toMatch(/1 parsed, 0 failed; 2 records skipped \((request 1, not-html 1|not-html 1, request 1)\)$/);
  }, 60_000);

  it('reads NDJSON input; a bad line fails as itself, and --fail-fast stops there', async () => {
    const cli = io();
    expect(await run([join(dir, 'docs.ndjson')], { format: 'auto', inputNdjson: true, jobs: 1, failFast: true }, cli)).toBe(1);
    expect(cli.out.map((line) => JSON.parse(line))).toMatchObject([
      { id: 'x', url: 'https://news.test/x', headline: 'Ex marks' },
      { id: `${join(dir, 'docs.ndjson')}:2`, error: { code: 'INVALID_INPUT' } },
    ]);
  }, 60_000);

  it('exits 2 with a one-line message for an unknown flag or a bad --jobs', async () => {
    for (const args of [['--bogus', 'x'], ['--jobs', 'zero', 'x']]) {
      const result = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'parse', ...args], {
        cwd: new URL('..', import.meta.url),
      }).catch((error: { code: number; stderr: string }) => error);
      expect('code' in result ? result.code : 0).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^broadsheet: /);
    }
    // Compiling the CLI from source in a child process takes tens of seconds on a loaded machine.
  }, 180_000);
});

describe('broadsheet explain', () => {
  const files: Record<string, string> = { 'a.txt': 'First headline here\n\nBody of the first.' };
  function explainIo() {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      read(file: string) {
        const text = files[file];
        if (text === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
        return new TextEncoder().encode(text);
      },
      write: (line: string) => void out.push(line),
      warn: (line: string) => void err.push(line),
    };
  }

  it('writes one self-contained HTML page for a file', () => {
    const cli = explainIo();
    expect(explain('a.txt', { format: 'auto' }, cli)).toBe(0);
    expect(cli.out).toHaveLength(1);
    const html = cli.out[0]!;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>First headline here</title>');
    // Nothing is fetched: no external scripts, styles or images.
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/);
  });

  it('reports a file it cannot read and exits 2', () => {
    const cli = explainIo();
    expect(explain('missing.txt', { format: 'auto' }, cli)).toBe(2);
    expect(cli.err).toEqual(['cannot read missing.txt: ENOENT']);
  });

  it('reports bad options as a parse failure', () => {
    const cli = explainIo();
    expect(explain('a.txt', { format: 'pdf' as 'text' }, cli)).toBe(2);
    expect(cli.err[0]).toMatch(/^cannot parse a\.txt: /);
  });
});
