// Runs real worker threads on the built worker (dist/batch-worker.js): build first.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BroadsheetError } from '../errors.js';
import { parseMany } from './parse-many.js';
import type { BatchInput, BatchResult } from './types.js';

const hostile = new URL('../../test/fixtures/batch/hostile-pipeline.mjs', import.meta.url);
const article = (n: number) => `Story number ${n}\n\nThe council met on Monday, said Mayor Ann Lee. It voted ${n} to 2.`;

async function collect<T>(items: AsyncIterable<BatchResult<T>>): Promise<BatchResult<T>[]> {
  const out: BatchResult<T>[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('parseMany', () => {
  it('parses texts, bytes and described documents in input order, with ids and URLs', async () => {
    const inputs: BatchInput[] = [
      article(0),
      new TextEncoder().encode(article(1)),
      { id: 'c', input: '<html><body><h1>Third story</h1><p>Text of it.</p></body></html>', format: 'html', url: 'https://news.test/c' },
      ...Array.from({ length: 9 }, (_, i) => article(i + 3)),
    ];
    const progress: number[] = [];
    const results = await collect(parseMany(inputs, { concurrency: 2, onProgress: (p) => progress.push(p.done) }));
    expect(results.map((r) => r.id)).toEqual([0, 1, 'c', ...Array.from({ length: 9 }, (_, i) => i + 3)]);
    expect(results.map((r) => r.article?.headline)).toEqual([
      'Story number 0',
      'Story number 1',
      'Third story',
      ...Array.from({ length: 9 }, (_, i) => `Story number ${i + 3}`),
    ]);
    expect(results[2]!.url).toBe('https://news.test/c');
    expect(progress).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  }, 60_000);

  it('starts workers with the default memory limits, each field overridable on its own', async () => {
    const limits = new URL('../../test/fixtures/batch/limits-pipeline.mjs', import.meta.url);
    const [byDefault] = await collect(parseMany<Record<string, number>>([article(0)], { concurrency: 1, pipeline: limits }));
    expect(byDefault!.article).toMatchObject({ maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 24 });
    const [given] = await collect(
      parseMany<Record<string, number>>([article(0)], { concurrency: 1, pipeline: limits, resourceLimits: { maxOldGenerationSizeMb: 512 } }),
    );
    expect(given!.article).toMatchObject({ maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 24 });
  }, 60_000);

  it('passes a reader’s unreadable document and bad inputs through as failures', async () => {
    const unreadable = { id: 'gone.html', error: new BroadsheetError('INVALID_INPUT', 'Cannot read gone.html: ENOENT') };
    const results = await collect(parseMany([unreadable, 42 as never, article(1)], { concurrency: 1 }));
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['INVALID_INPUT', 'INVALID_INPUT', 'ok']);
  }, 60_000);

  // The time limits leave an ordinary document room on a loaded machine (a first parse there can take
  // seconds); the looping ones never finish, so only the test's length depends on them.
  it('costs a stuck, a throwing and a memory-hungry document only themselves', async () => {
    const inputs = [article(0), 'LOOP forever\n\nText.', article(2), 'THROW now\n\nText.', 'HOG memory\n\nText.', article(5), article(6)];
    const results = await collect(
      parseMany<Record<string, unknown>>(inputs, {
        concurrency: 2,
        pipeline: hostile,
        timeoutMs: 20_000,
        parseOptions: { strict: true },
        resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
      }),
    );
    expect(results.map((r) => r.error?.code ?? r.article?.hostile)).toEqual([
      'fine',
      'TIMEOUT',
      'fine',
      'EXTRACTOR_FAILED',
      'WORKER_FAILED',
      'fine',
      'fine',
    ]);
    expect(results[3]!.error).toBeInstanceOf(BroadsheetError);
    expect(results[3]!.error!.message).toContain('thrown on purpose');
  }, 180_000);

  it('yields as documents complete on request, the stuck one last', async () => {
    const inputs = ['LOOP\n\nText.', article(1), article(2), article(3)];
    const results = await collect(parseMany(inputs, { concurrency: 2, pipeline: hostile, timeoutMs: 20_000, order: 'completed' }));
    expect(results.map((r) => r.id)).toEqual([1, 2, 3, 0]);
  }, 180_000);

  it('reads input only as results are taken', async () => {
    let pulled = 0;
    function* endless(): Generator<string> {
      for (;;) {
        pulled++;
        yield article(pulled);
      }
    }
    let taken = 0;
    for await (const result of parseMany(endless(), { concurrency: 2, maxInFlight: 4 })) {
      expect(result.error).toBeUndefined();
      if (++taken === 6) break;
    }
    expect(pulled).toBeLessThanOrEqual(6 + 4);
  }, 60_000);

  it('hands out a parsed document while a slow input has not yet given the next, and stops while it waits', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* slow(): AsyncGenerator<string> {
      yield article(1);
      await gate; // the second input comes only once the first result is out
      yield article(2);
    }
    const ids: unknown[] = [];
    for await (const result of parseMany(slow(), { concurrency: 1 })) {
      ids.push(result.id);
      release();
    }
    expect(ids).toEqual([0, 1]);

    async function* stuck(): AsyncGenerator<string> {
      yield article(1);
      await new Promise(() => {}); // never another
    }
    const taken: unknown[] = [];
    for await (const result of parseMany(stuck(), { concurrency: 1 })) {
      taken.push(result.article?.headline);
      break;
    }
    expect(taken).toEqual(['Story number 1']);
  }, 60_000);

  it('stops on abort with an ABORTED error', async () => {
    const controller = new AbortController();
    const inputs = Array.from({ length: 50 }, (_, i) => article(i));
    const seen: unknown[] = [];
    await expect(async () => {
      for await (const result of parseMany(inputs, { concurrency: 2, signal: controller.signal })) {
        seen.push(result.id);
        if (seen.length === 3) controller.abort();
      }
    }).rejects.toMatchObject({ code: 'ABORTED' });
    expect(seen.length).toBeLessThan(50);
  }, 60_000);

  it('runs the custom extractor of examples/batch/pipeline.mjs in the workers', async () => {
    const pipeline = new URL('../../examples/batch/pipeline.mjs', import.meta.url);
    const long = `Long story\n\n${'Word '.repeat(460)}ends here.`;
    const results = await collect(parseMany<{ headline: string; readingTime: { words: number; minutes: number } }>([long], { concurrency: 1, pipeline }));
    expect(results[0]!.article?.headline).toBe('Long story');
    expect(results[0]!.article?.readingTime.minutes).toBeCloseTo(2, 0);
  }, 60_000);

  it('works from the CommonJS build, whose workers start from the same worker file', async () => {
    const { parseMany: fromCjs } = createRequire(import.meta.url)('../../dist/batch.cjs') as { parseMany: typeof parseMany };
    const results = await collect(fromCjs([article(1)], { concurrency: 1 }));
    expect(results[0]!.article?.headline).toBe('Story number 1');
  }, 60_000);

  it('fails every document with the reason when the pipeline module cannot be loaded', async () => {
    const results = await collect(parseMany([article(0)], { concurrency: 1, pipeline: new URL('./no-such-pipeline.mjs', hostile) }));
    expect(results[0]!.error?.code).toBe('INVALID_OPTIONS');
  }, 60_000);
});
