// `broadsheet enqueue` through the CLI on a real redis-server: files, directories, NDJSON and WARC go
// through the batch readers; a document queued again adds nothing; damage is reported and counted.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCrawlInputs } from '../helpers/crawl-inputs.js';
import { cli, root } from './cli-command.js';
import { redisAvailable, startRedis, type TestRedis } from './redis.js';

let redis: TestRedis;
let dir: string;

beforeAll(async () => {
  if (!redisAvailable) return;
  redis = await startRedis();
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-enqueue-'));
  writeCrawlInputs(dir);
}, 60_000);

afterAll(async () => {
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function enqueueCli(queue: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [...cli, 'enqueue', '--redis', redis.url, '--queue', queue, ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

async function queued(name: string): Promise<Array<{ id: string; url?: string; format?: string }>> {
  const queue = new Queue(name, { connection: { url: redis.url } });
  try {
    return (await queue.getJobs(['waiting'])).map((job) => job.data).sort((a, b) => String(a.id).localeCompare(String(b.id)));
  } finally {
    await queue.close();
  }
}

describe.skipIf(!redisAvailable)('broadsheet enqueue', () => {
  it('queues a directory once, however often it is given', async () => {
    expect(await enqueueCli('dir', [dir])).toMatchObject({ code: 0 });
    const again = await enqueueCli('dir', [join(dir, 'a.txt')]);
    expect(again.code).toBe(0);
    const jobs = await queued('dir');
    expect(jobs.map((job) => job.id)).toEqual([join(dir, 'a.txt'), join(dir, 'more', 'b.md')]);
    expect(jobs.map((job) => job.format)).toEqual(['text', 'markdown']);
  }, 60_000);

  it('reads NDJSON lines and reports a bad line with exit code 1', async () => {
    const { code, stderr } = await enqueueCli('ndjson', ['--input-ndjson', join(dir, 'docs.ndjson')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/enqueued 1 document on queue ndjson, 1 unreadable/);
    expect(await queued('ndjson')).toMatchObject([{ id: 'x', url: 'https://news.test/x' }]);
  }, 60_000);

  it('reads the pages of a WARC file and counts the records it skips', async () => {
    const { code, stderr } = await enqueueCli('warc', [join(dir, 'crawl.warc.gz')]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/enqueued 1 document on queue warc, 1 skipped \(request\), 1 skipped \(not-html\)/);
    const jobs = await queued('warc');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ url: 'https://news.test/a', format: 'html' });
  }, 60_000);

  it('refuses --by-reference for inputs that are not files', async () => {
    const { code, stderr } = await enqueueCli('refused', ['--by-reference', '--input-ndjson', join(dir, 'docs.ndjson')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/--by-reference takes files/);
    expect(await queued('refused')).toEqual([]);
  }, 60_000);
});
