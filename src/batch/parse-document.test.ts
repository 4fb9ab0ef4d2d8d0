import { describe, expect, it } from 'vitest';
import { calls } from '../../test/fixtures/batch/promising-pipeline.js';
import { loadPipeline, parseDocument } from './parse-document.js';

const fixture = (name: string) => new URL(`../../test/fixtures/batch/${name}`, import.meta.url);

describe('loadPipeline', () => {
  it('parses with a pipeline of synchronous extractors on the synchronous path (no promise)', async () => {
    const parse = await loadPipeline(fixture('sync-pipeline.ts'));
    const result = parse('Three short words', {});
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toMatchObject({ words: 3 });
  });

  it('moves to parseAsync for good once a plain extractor returns a promise, that document included', async () => {
    const parse = await loadPipeline(fixture('promising-pipeline.ts'));
    const first = parse('Harbour reopens today', {});
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toMatchObject({ words: 3, promising: 'Harbo' });
    const before = calls.promising;
    expect(await parse('Council votes', {})).toMatchObject({ words: 2, promising: 'Counc' });
    expect(calls.promising).toBe(before + 1);
    expect(await parseDocument({ id: 3, input: 'A third one' }, parse)).toMatchObject({ article: { words: 3, promising: 'A thi' } });
  });

  it('refuses a module that exports no parser', async () => {
    await expect(loadPipeline('data:text/javascript,export default 42')).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});
