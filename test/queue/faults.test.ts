// Fault tests with real worker processes (the `broadsheet worker` CLI) on a real redis-server: a worker
// killed mid-batch, Redis restarted mid-run, and a SIGTERM drain. Each ends with exactly one result per job.
import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { type BroadsheetWorker, createWorker, enqueue, type QueueDocument, type WorkerStats } from 'broadsheet/queue';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, root } from './cli-command.js';
import { redisAvailable, startRedis, type TestRedis } from './redis.js';

let redis: TestRedis;
const running = new Set<ChildProcess>();

interface WorkerProcess {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

// Short locks so a dead worker's jobs come back within seconds (production keeps BullMQ's 30 s).
async function startWorker(queue: string, extra: string[] = []): Promise<WorkerProcess> {
  const args = [...cli, 'worker', '--redis', redis.url, '--queue', queue];
  args.push('--lock-duration', '2000', '--stalled-interval', '1000', '--max-stalled-count', '3', '--stats-interval', '0', ...extra);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  running.add(child);
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => (running.delete(child), resolve(code))));
  const deadline = Date.now() + 200_000;
  while (!log.includes('worker ready')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`worker did not start:\n${log}`);
    await sleep(50);
  }
  return { child, stderr: () => log, exited };
}

function documents(count: number): QueueDocument[] {
  const places = ['Oslo', 'Bergen', 'Tromsø', 'Stavanger'];
  return Array.from({ length: count }, (_, i) => ({
    id: `https://news.example/${i}`,
    input: `Ferry service ${i} resumes in ${places[i % 4]}\n\nBy Ann Lee\n\nThe ferry to ${places[(i + 1) % 4]} sailed at dawn, the harbour master, Tom Berg, said. "We are back," he said on Monday.`,
    format: 'text' as const,
  }));
}

/** Waits until every job has finished (completed or failed). */
async function waitForAll(queue: Queue, total: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { completed = 0, failed = 0 } = await queue.getJobCounts('completed', 'failed');
    if (completed + failed >= total) return;
    if (Date.now() > deadline) throw new Error(`only ${completed + failed} of ${total} jobs finished`);
    await sleep(200);
  }
}

async function waitForCompleted(queue: Queue, count: number): Promise<void> {
  while (((await queue.getJobCounts('completed')).completed ?? 0) < count) await sleep(50);
}

/** The document ids in the results stream, in order, one per entry. */
async function resultIds(queue: string): Promise<string[]> {
  const client = new Redis(redis.url);
  const entries = await client.xrange(`bull:${queue}:broadsheet:results`, '-', '+');
  await client.quit();
  return entries.map(([, fields]) => JSON.parse(fields[fields.indexOf('result') + 1]!).id as string);
}

function expectOneResultEach(ids: string[], docs: QueueDocument[]): void {
  expect(ids).toHaveLength(docs.length);
  expect(new Set(ids)).toEqual(new Set(docs.map((d) => d.id)));
}

function finalStats(worker: WorkerProcess): WorkerStats {
  const line = worker.stderr().split('\n').find((l) => l.includes('worker stopped'));
  return JSON.parse(line!.slice(line!.indexOf('{')));
}

describe.skipIf(!redisAvailable)('queue workers under faults', () => {
  // Worker processes take seconds to start on a loaded machine: the four the tests need start at once, each
  // on its test's queue. A retried test gets a new queue and new processes.
  const plan = { kill: 2, restart: 1, drain: 1 };
  const started = new Map<string, Promise<WorkerProcess[]>>();
  const inProcess: BroadsheetWorker[] = [];
  const spawnFor = (queue: keyof typeof plan, suffix = '') =>
    Promise.all(Array.from({ length: plan[queue] }, () => startWorker(queue + suffix)));
  let attempts = 0;
  async function workersFor(queue: keyof typeof plan): Promise<[string, WorkerProcess[]]> {
    const first = started.get(queue);
    started.delete(queue);
    if (first) return [queue, await first];
    const name = `${queue}-retry-${++attempts}`;
    return [name, await spawnFor(queue, name.slice(queue.length))];
  }

  beforeAll(async () => {
    redis = await startRedis();
    for (const queue of Object.keys(plan) as (keyof typeof plan)[]) started.set(queue, spawnFor(queue));
    await Promise.all(started.values());
  }, 240_000);

  afterAll(async () => {
    for (const child of running) child.kill('SIGKILL');
    await Promise.all(inProcess.map((worker) => worker.close()));
    await redis?.stop();
  }, 30_000);

  const open = (name: string) => {
    const queue = new Queue(name, { connection: { url: redis.url } });
    queue.on('error', () => {}); // Redis is down on purpose in one test; the queue reconnects.
    return queue;
  };
  const startInProcess = async (queue: string) => {
    const worker = await createWorker({ connection: redis.url, queue, bullmq: { lockDuration: 2000, stalledInterval: 1000, maxStalledCount: 3 } });
    inProcess.push(worker);
    return worker;
  };

  it('recovers the jobs of a worker killed with SIGKILL mid-batch: 1,000 jobs, 2 processes, one result each', async () => {
    const [name, [killed, survivor]] = await workersFor('kill');
    const queue = open(name);
    const docs = documents(1000);
    await enqueue(docs, { connection: redis.url, queue: name });
    await waitForCompleted(queue, 250);
    killed!.child.kill('SIGKILL');
    await killed!.exited;
    await waitForAll(queue, docs.length, 90_000);
    survivor!.child.kill('SIGTERM');
    expect(await survivor!.exited).toBe(0);
    expectOneResultEach(await resultIds(name), docs);
    expect((await queue.getJobCounts('failed')).failed).toBe(0);
    // The killed worker's jobs in progress came back through the survivor's stalled check.
    expect(finalStats(survivor!).stalled).toBeGreaterThan(0);
    await queue.close();
  }, 240_000);

  it('finishes after Redis restarts mid-run, one result per job', async () => {
    const [name, [restarted]] = await workersFor('restart');
    const queue = open(name);
    const docs = documents(600);
    const second = await startInProcess(name);
    await enqueue(docs, { connection: redis.url, queue: name });
    await waitForCompleted(queue, 150);
    await redis.restart(1500);
    await waitForAll(queue, docs.length, 90_000);
    restarted!.child.kill('SIGTERM');
    expect(await restarted!.exited).toBe(0);
    expectOneResultEach(await resultIds(name), docs);
    expect(restarted!.stderr()).toContain('redis:');
    // A script whose reply was lost in the restart is sent again and finds its own mark: a duplicate, not a result.
    const [one, two] = [finalStats(restarted!), second.stats()];
    expect(one.processed + two.processed).toBeLessThanOrEqual(docs.length);
    expect(one.processed + two.processed + one.duplicates + two.duplicates).toBeGreaterThanOrEqual(docs.length);
    await queue.close();
  }, 240_000);

  it('drains on SIGTERM: jobs in progress finish with their results, the rest wait for the next worker', async () => {
    const [name, [drained]] = await workersFor('drain');
    const queue = open(name);
    const docs = documents(400);
    await enqueue(docs, { connection: redis.url, queue: name });
    await waitForCompleted(queue, 100);
    drained!.child.kill('SIGTERM');
    expect(await drained!.exited).toBe(0);
    const counts = await queue.getJobCounts('active', 'completed', 'waiting');
    expect(counts.active).toBe(0);
    expect(counts.waiting).toBeGreaterThan(0);
    expect(await resultIds(name)).toHaveLength(counts.completed!);
    expect(finalStats(drained!).processed).toBe(counts.completed);

    const next = await startInProcess(name);
    await waitForAll(queue, docs.length, 90_000);
    expectOneResultEach(await resultIds(name), docs);
    expect(next.stats()).toMatchObject({ processed: docs.length - counts.completed!, stalled: 0, duplicates: 0 });
    await queue.close();
  }, 240_000);
});
