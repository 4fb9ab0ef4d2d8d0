import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { explain } from '../src/cli/explain.js';
import { type CliIo, run } from '../src/cli/run.js';

const files: Record<string, string> = {
  'a.txt': 'First headline here\n\nBody of the first.',
  'b.md': '# Second headline\n\nBody of the second.',
};

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    progress: false,
    read(file) {
      const text = files[file];
      if (text === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    write: (line) => out.push(line),
    warn: (line) => err.push(line),
  };
}

describe('broadsheet parse', () => {
  it('prints one Article as JSON for one file, indented with --pretty', () => {
    const cli = io();
    expect(run(['a.txt'], { format: 'auto', pretty: true }, cli)).toBe(0);
    expect(cli.out).toHaveLength(1);
    expect(cli.out[0]).toContain('\n  "headline": "First headline here"');
  });

  it('prints one line per file in input order with several files, and the URL option reaches the parse', () => {
    const cli = io();
    expect(run(['b.md', 'a.txt'], { format: 'auto', url: 'https://example.test/a' }, cli)).toBe(0);
    expect(cli.out.map((line) => JSON.parse(line).headline)).toEqual(['Second headline', 'First headline here']);
  });

  it('reports an unreadable file on stderr, exits 2 and still processes the others', () => {
    const cli = io();
    expect(run(['missing.txt', 'a.txt'], { format: 'auto', ndjson: true }, cli)).toBe(2);
    expect(cli.err).toEqual(['cannot read missing.txt: ENOENT']);
    expect(cli.out).toHaveLength(1);
  });

  it('exits 2 with a one-line message for an unknown flag', async () => {
    const result = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'parse', '--bogus', 'x'], {
      cwd: new URL('..', import.meta.url),
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in result ? result.code : 0).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(["broadsheet: unknown option '--bogus'"]);
    // Compiling the CLI from source in a child process takes tens of seconds on a loaded machine.
  }, 90_000);
});

describe('broadsheet explain', () => {
  it('writes one self-contained HTML page for a file', () => {
    const cli = io();
    expect(explain('a.txt', { format: 'auto' }, cli)).toBe(0);
    expect(cli.out).toHaveLength(1);
    const html = cli.out[0]!;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>First headline here</title>');
    // Nothing is fetched: no external scripts, styles or images.
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/);
  });

  it('reports a file it cannot read and exits 2', () => {
    const cli = io();
    expect(explain('missing.txt', { format: 'auto' }, cli)).toBe(2);
    expect(cli.err).toEqual(['cannot read missing.txt: ENOENT']);
  });

  it('reports bad options as a parse failure', () => {
    const cli = io();
    expect(explain('a.txt', { format: 'pdf' as 'text' }, cli)).toBe(2);
    expect(cli.err[0]).toMatch(/^cannot parse a\.txt: /);
  });
});
