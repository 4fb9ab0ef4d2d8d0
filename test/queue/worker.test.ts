import { BroadsheetError, parseArticle } from 'broadsheet';
import {
  type BroadsheetWorker,
  type CreateWorkerOptions,
  createProducer,
  createWorker,
  enqueue,
  jobIdOf,
  type QueueDocument,
  type QueueResult,
  readResults,
} from 'broadsheet/queue';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisAvailable, startRedis, type TestRedis } from './redis.js';

let redis: TestRedis;
let queueNumber = 0;
const workers: BroadsheetWorker[] = [];

function documents(count: number, prefix = 'doc'): QueueDocument[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}:${i}`,
    input: `Headline of ${prefix} ${i}\n\nThe body of article ${i} says the harbour reopened on Monday.`,
    format: 'text' as const,
    url: `https://news.example/${prefix}/${i}`,
  }));
}

async function start<T>(options: Omit<CreateWorkerOptions<T>, 'connection'>): Promise<BroadsheetWorker> {
  const worker = await createWorker<T>({ connection: redis.url, ...options });
  workers.push(worker);
  return worker;
}

async function collect<T>(queue: string): Promise<QueueResult<T>[]> {
  const results: QueueResult<T>[] = [];
  for await (const { result } of readResults<T>({ connection: redis.url, queue, pollMs: 50 })) results.push(result);
  return results;
}

const fastRetry = { attempts: 3, backoff: { type: 'fixed' as const, delay: 50 } };

describe.skipIf(!redisAvailable)('createWorker on a real Redis', () => {
  beforeAll(async () => {
    redis = await startRedis();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    await redis?.stop();
  }, 120_000);

  const nextQueue = () => `test-${++queueNumber}`;

  it('parses every document once into the results stream, with its id and url', async () => {
    const queue = nextQueue();
    const docs = documents(60);
    expect(await enqueue(docs, { connection: redis.url, queue, batchSize: 25 })).toBe(60);
    const worker = await start({ queue, concurrency: 4 });
    const results = await collect(queue);
    expect(results).toHaveLength(60);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set(docs.map((d) => d.id)));
    const third = results.find((r) => r.id === 'doc:3');
    expect(third?.article).toEqual(parseArticle(docs[3]!.input!, { format: 'text', url: docs[3]!.url! }));
    expect(third?.url).toBe('https://news.example/doc/3');
    expect(worker.stats()).toMatchObject({ processed: 60, failed: 0, duplicates: 0 });
  }, 120_000);

  it('makes one job per document id, however often it is enqueued', async () => {
    const queue = nextQueue();
    const producer = await createProducer({ connection: redis.url, queue });
    await producer.addMany(documents(10));
    await producer.addMany(documents(10));
    await producer.add(documents(1)[0]!);
    expect((await producer.counts()).waiting).toBe(10);
    await producer.close();
  });

  it('rejects a document without input before sending anything', async () => {
    const producer = await createProducer({ connection: redis.url, queue: nextQueue() });
    await expect(producer.add({ id: 'x' } as QueueDocument)).rejects.toMatchObject({ code: 'INVALID_JOB' });
    await expect(producer.add({ id: 'x', input: 'a', inputRef: '/a' })).rejects.toBeInstanceOf(BroadsheetError);
    await producer.close();
  });

  it('sends a poison document to the failed set after its attempts while the others go through', async () => {
    const queue = nextQueue();
    const docs = [...documents(20), { id: 'poison', input: 'POISON\n\nthrows every time' }];
    await enqueue(docs, { connection: redis.url, queue, ...fastRetry });
    const worker = await start({
      queue,
      pipeline: {
        parse(input, options) {
          if (String(input).startsWith('POISON')) throw new Error('the pipeline fell over');
          return parseArticle(input, options);
        },
      },
    });
    const results = await collect(queue);
    expect(results).toHaveLength(21);
    expect(results.filter((r) => r.article)).toHaveLength(20);
    expect(results.find((r) => r.id === 'poison')?.error).toEqual({
      code: 'EXTRACTOR_FAILED',
      message: 'the pipeline fell over',
      attempts: 3,
    });
    const failed = await new Queue(queue, { connection: { url: redis.url } }).getFailed();
    expect(failed.map((job) => [job.id, job.attemptsMade, job.failedReason])).toEqual([
      [jobIdOf('poison'), 3, 'EXTRACTOR_FAILED: the pipeline fell over'],
    ]);
    expect(worker.stats()).toMatchObject({ processed: 20, failed: 1, retried: 2 });
  }, 120_000);

  it('fails content errors at once, and retries transient ones until they pass', async () => {
    const queue = nextQueue();
    let resets = 0;
    await enqueue(
      [
        { id: 'missing-file', inputRef: '/nonexistent/broadsheet/article.html' },
        { id: 'bad-options', input: 'Headline\n\nBody.' },
        { id: 'flaky', input: 'Flaky headline\n\nBody text.' },
      ],
      { connection: redis.url, queue, ...fastRetry },
    );
    const worker = await start({
      queue,
      pipeline: {
        parse(input, options) {
          const text = String(input);
          if (text.startsWith('Headline')) throw new BroadsheetError('INVALID_OPTIONS', 'no such option');
          if (text.startsWith('Flaky') && resets++ < 2) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
          return parseArticle(input, options);
        },
      },
    });
    const byId = new Map((await collect(queue)).map((r) => [r.id, r]));
    expect(byId.get('missing-file')?.error).toMatchObject({ code: 'INPUT_UNAVAILABLE', attempts: 1 });
    expect(byId.get('bad-options')?.error).toEqual({ code: 'INVALID_OPTIONS', message: 'no such option', attempts: 1 });
    expect((byId.get('flaky')?.article as { headline: string }).headline).toBe('Flaky headline');
    expect(worker.stats()).toMatchObject({ processed: 1, failed: 2, retried: 2 });
  }, 120_000);

  it('reads inputRef files, and a job with malformed data fails as INVALID_JOB', async () => {
    const queue = nextQueue();
    const file = new URL('../fixtures/text-harbour/input.txt', import.meta.url);
    await enqueue([{ id: 'by-reference', inputRef: file.href }], { connection: redis.url, queue });
    const raw = new Queue(queue, { connection: { url: redis.url } });
    await raw.add('parse', { id: 'malformed', input: 42 }, { jobId: jobIdOf('malformed'), attempts: 3 });
    await raw.close();
    await start({ queue });
    const byId = new Map((await collect(queue)).map((r) => [r.id, r]));
    expect(byId.get('by-reference')?.article).toBeDefined();
    expect(byId.get('malformed')?.error).toMatchObject({ code: 'INVALID_JOB', attempts: 1 });
  }, 120_000);

  it('writes one result per job when a finished job is delivered again', async () => {
    const queue = nextQueue();
    await enqueue(documents(5), { connection: redis.url, queue });
    const worker = await start({ queue });
    expect(await collect(queue)).toHaveLength(5);
    const completed = await new Queue(queue, { connection: { url: redis.url } }).getCompleted();
    await Promise.all(completed.map((job) => job.retry('completed')));
    expect(await collect(queue)).toHaveLength(5);
    expect(worker.stats()).toMatchObject({ processed: 5, duplicates: 5 });
  }, 120_000);

  it('writes to a results queue or a callback, once per job', async () => {
    const queue = nextQueue();
    const seen: QueueResult[] = [];
    await enqueue(documents(8), { connection: redis.url, queue });
    const toCallback = await start({ queue, results: { type: 'callback', onResult: (result) => void seen.push(result) } });
    await collect(queue);
    const completed = await new Queue(queue, { connection: { url: redis.url } }).getCompleted();
    await Promise.all(completed.map((job) => job.retry('completed')));
    await collect(queue);
    expect(seen.map((r) => r.id).sort()).toEqual(documents(8).map((d) => d.id).sort());
    expect(toCallback.stats().duplicates).toBe(8);

    const second = nextQueue();
    await enqueue(documents(8), { connection: redis.url, queue: second });
    await start({ queue: second, results: { type: 'queue', name: `${second}-results` } });
    await collect(second);
    const resultsQueue = new Queue(`${second}-results`, { connection: { url: redis.url } });
    const jobs = await resultsQueue.getWaiting();
    expect(jobs.map((job) => (job.data as QueueResult).id).sort()).toEqual(documents(8).map((d) => d.id).sort());
    expect(new Set(jobs.map((job) => job.id))).toEqual(new Set(documents(8).map((d) => jobIdOf(d.id))));
    await resultsQueue.close();
  }, 120_000);
});
