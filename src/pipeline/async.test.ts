import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BroadsheetError } from '../errors.js';
import { parseArticle, parseArticleAsync } from './article.js';
import { defineExtractor } from './extractor.js';
import { createParser } from './parser.js';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Extractors that log when they start and end, so a test can see what overlapped. */
function logged(log: string[]) {
  const slow = (name: string, ms: number, dependsOn: string[] = []) =>
    defineExtractor({
      name,
      dependsOn,
      schema: z.string(),
      fallback: '',
      async extract({ get }) {
        log.push(`start ${name}`);
        await delay(ms);
        log.push(`end ${name}`);
        return [name, ...dependsOn.map((d) => get(d) as string)].join('+');
      },
    });
  return [slow('a', 30), slow('b', 10), slow('c', 1, ['a', 'b'])] as const;
}

describe('asynchronous extractors', () => {
  it('run independent extractors together and dependants after their prerequisites', async () => {
    const log: string[] = [];
    const parser = createParser({ extractors: logged(log) });
    const result = await parser.parseAsync('Some text.');
    expect(result.c).toBe('c+a+b');
    expect(log.slice(0, 2)).toEqual(['start a', 'start b']);
    expect(log.indexOf('start c')).toBeGreaterThan(log.indexOf('end a'));
  });

  it('are refused by the synchronous parse with a typed error', () => {
    const parser = createParser({ extractors: logged([]) });
    expect(parser.async).toBe(true);
    expect(() => parser.parse('Some text.')).toThrow(BroadsheetError);
    expect(() => parser.parse('Some text.')).toThrow(/parseAsync/);
  });

  it('refuses a plain function that returns a promise when it does', () => {
    const sneaky = defineExtractor({ name: 'sneaky', schema: z.number(), fallback: 0, extract: () => Promise.resolve(1) as never });
    const parser = createParser({ extractors: [sneaky] });
    expect(parser.async).toBe(false);
    try {
      parser.parse('Text.');
      expect.unreachable();
    } catch (error) {
      expect((error as BroadsheetError).code).toBe('ASYNC_EXTRACTOR');
    }
  });

  it('record a rejected promise as the extractor failing, or throw it with strict', async () => {
    const rejects = defineExtractor({
      name: 'rejects',
      schema: z.number(),
      fallback: -1,
      async extract() {
        throw new Error('server down');
      },
    });
    const parser = createParser({ extractors: [rejects] });
    const result = await parser.parseAsync('Text.');
    expect(result.rejects).toBe(-1);
    expect(result.diagnostics).toMatchObject([{ extractor: 'rejects', code: 'extractor-failed' }]);
    await expect(parser.parseAsync('Text.', { strict: true })).rejects.toMatchObject({ code: 'EXTRACTOR_FAILED' });
  });

  it('parseArticleAsync gives the Article parseArticle gives', async () => {
    const text = 'Harbour opens at dawn\n\nBy Ann Lee\n\n"We waited years," said Mayor Tom Price on Monday.';
    expect(await parseArticleAsync(text)).toEqual(parseArticle(text));
  });
});
