import { BroadsheetError } from 'broadsheet';
import { describe, expect, it } from 'vitest';
import { toConnectionOptions } from './connection.js';
import { describeFailure, isTransientFailure } from './failure.js';
import { readInputFile } from './input.js';
import { jobIdOf, toQueueDocument } from './job.js';
import { RateMeter } from './stats.js';

describe('queue documents', () => {
  it('accepts input or inputRef, never both or neither', () => {
    expect(toQueueDocument({ id: 'a', input: 'x', format: 'html', url: 'https://a.test/' })).toMatchObject({ id: 'a' });
    expect(toQueueDocument({ id: 'a', inputRef: '/a.html' })).toMatchObject({ inputRef: '/a.html' });
    expect(() => toQueueDocument({ id: 'a' })).toThrow(/exactly one of `input` and `inputRef`/);
    expect(() => toQueueDocument({ id: 'a', input: 'x', inputRef: '/a' })).toThrow(BroadsheetError);
    expect(() => toQueueDocument({ id: '', input: 'x' })).toThrow(/at `id`/);
    expect(() => toQueueDocument({ id: 'a', input: 'x', format: 'pdf' })).toThrow(/at `format`/);
  });

  it('takes documents as the batch readers yield them: numeric ids, bytes', () => {
    expect(toQueueDocument({ id: 7, input: new TextEncoder().encode('Café') })).toEqual({ id: '7', input: 'Café' });
    expect(() => toQueueDocument({ id: Number.NaN, input: 'x' })).toThrow(/at `id`/);
  });

  it('reads bytes as the parser does: a declared legacy charset, a byte order mark', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('<meta charset="iso-8859-1"><p>Caf'), 0xe9, 0x3c]);
    expect(toQueueDocument({ id: 'a', input: latin1, format: 'html' }).input).toBe('<meta charset="iso-8859-1"><p>Café<');
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x43, 0, 0xe9, 0]);
    expect(toQueueDocument({ id: 'b', input: utf16 }).input).toBe('Cé');
  });

  it('derives job ids BullMQ accepts, the same for the same document id', () => {
    for (const id of ['42', '<urn:uuid:5c2a>', 'https://news.example/a', 'wait']) {
      expect(jobIdOf(id)).toMatch(/^doc-[0-9a-f]{40}$/);
    }
    expect(jobIdOf('a')).toBe(jobIdOf('a'));
    expect(jobIdOf('a')).not.toBe(jobIdOf('b'));
  });
});

describe('failures', () => {
  it('retries system hiccups and unexpected throws, not content errors or missing files', () => {
    expect(isTransientFailure(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransientFailure(Object.assign(new Error('busy'), { code: 'EMFILE' }))).toBe(true);
    expect(isTransientFailure(new Error('boom'))).toBe(true);
    expect(isTransientFailure(Object.assign(new Error('gone'), { code: 'ENOENT' }))).toBe(false);
    expect(isTransientFailure(new BroadsheetError('INVALID_INPUT', 'bad'))).toBe(false);
    const foreign = Object.assign(new Error('from another copy'), { name: 'BroadsheetError', code: 'EXTRACTOR_FAILED' });
    expect(isTransientFailure(foreign)).toBe(false);
  });

  it('describes a failure by its code, or the stage it happened in', () => {
    expect(describeFailure(new BroadsheetError('INVALID_INPUT', 'bad'), 1, 'EXTRACTOR_FAILED')).toEqual({
      code: 'INVALID_INPUT',
      message: 'bad',
      attempts: 1,
    });
    expect(describeFailure('thrown string', 3, 'INPUT_UNAVAILABLE')).toEqual({ code: 'INPUT_UNAVAILABLE', message: 'thrown string', attempts: 3 });
  });

  it('reports a missing inputRef file as a permanent INPUT_UNAVAILABLE', async () => {
    await expect(readInputFile('/nonexistent/broadsheet/a.html')).rejects.toMatchObject({ code: 'INPUT_UNAVAILABLE' });
    await expect(readInputFile(new URL('../../test/fixtures/text-harbour/input.txt', import.meta.url).href)).resolves.toBeInstanceOf(Uint8Array);
  });
});

describe('connections', () => {
  it('takes a redis:// URL, retrying commands until Redis is back', () => {
    expect(toConnectionOptions('redis://127.0.0.1:6380/2')).toEqual({ url: 'redis://127.0.0.1:6380/2', maxRetriesPerRequest: null });
    expect(toConnectionOptions({ host: 'h', port: 1 })).toEqual({ host: 'h', port: 1 });
    expect(() => toConnectionOptions('http://127.0.0.1')).toThrow(/redis:\/\//);
    expect(() => toConnectionOptions('not a url')).toThrow(BroadsheetError);
  });
});

describe('RateMeter', () => {
  it('counts events per second over the last ten seconds', () => {
    const meter = new RateMeter(0);
    for (let ms = 0; ms < 20_000; ms += 100) meter.mark(ms); // 10 per second for 20 s
    expect(meter.rate(20_000)).toBeCloseTo(10, 0);
    expect(meter.rate(60_000)).toBe(0);
    const early = new RateMeter(0);
    for (let ms = 0; ms < 2000; ms += 50) early.mark(ms); // 20 per second for 2 s
    expect(early.rate(2000)).toBeCloseTo(20, 0);
  });
});
