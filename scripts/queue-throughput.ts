// Throughput of broadsheet/queue with 1 and 2 worker processes on one machine, and a check that every job
// has exactly one result. Starts its own redis-server; runs the built CLI (npm run build first).
// Run: npx tsx scripts/queue-throughput.ts [--jobs 10000] [--rounds 1] [--concurrency 8]
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { enqueue, type QueueDocument } from 'broadsheet/queue';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { startRedis } from '../test/queue/redis.js';

const { values } = parseArgs({
  options: { jobs: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '1' }, concurrency: { type: 'string', default: '8' }, 'node-flags': { type: 'string', default: '' } },
});
const jobs = Number(values.jobs);
const rounds = Number(values.rounds);
const concurrency = values.concurrency!;
const nodeFlags = values['node-flags']!.split(' ').filter(Boolean);
const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist/cli.js`)) throw new Error('run `npm run build` first: the workers are the built CLI');

// Our own fixtures (text, Markdown, HTML), cycled, each copy its own document.
const fixtures = `${root}test/fixtures/`;
const inputs = readdirSync(fixtures).flatMap((dir) =>
  readdirSync(fixtures + dir).filter((file) => file.startsWith('input.')).map((file) => readFileSync(`${fixtures}${dir}/${file}`, 'utf8')),
);
const documents = (round: string): QueueDocument[] =>
  Array.from({ length: jobs }, (_, i) => ({ id: `${round}/${i}`, input: inputs[i % inputs.length]! }));

const redis = await startRedis();
const client = new Redis(redis.url);

async function run(workers: number, round: number): Promise<number> {
  const name = `bench-${workers}-${round}`;
  const queue = new Queue(name, { connection: { url: redis.url } });
  await queue.pause(); // enqueue everything and start the workers before the clock starts
  const docs = documents(name);
  await enqueue(docs, { connection: redis.url, queue: name });
  const children: ChildProcess[] = [];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      const child = spawn(process.execPath, [...nodeFlags, 'dist/cli.js', 'worker', '--redis', redis.url, '--queue', name, '--concurrency', concurrency, '--stats-interval', '0'], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      children.push(child);
      let log = '';
      child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
      while (!log.includes('worker ready')) {
        if (child.exitCode !== null) throw new Error(log);
        await sleep(20);
      }
    }),
  );
  const cpuBefore = [...children.map((child) => cpuSeconds(child.pid!)), cpuSeconds(redis.pid)];
  const started = performance.now();
  await queue.resume();
  for (;;) {
    const { completed = 0, failed = 0 } = await queue.getJobCounts('completed', 'failed');
    if (completed + failed >= jobs) break;
    await sleep(100);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = [...children.map((child) => cpuSeconds(child.pid!)), cpuSeconds(redis.pid)];
  const spent = cpuAfter.map((after, i) => after - cpuBefore[i]!);
  const workerCpu = spent.slice(0, -1).reduce((a, b) => a + b, 0);
  const redisCpu = spent.at(-1)!;
  await Promise.all(children.map((child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')))));

  const entries = await client.xrange(`bull:${name}:broadsheet:results`, '-', '+');
  const ids = entries.map(([, fields]) => JSON.parse(fields[fields.indexOf('result') + 1]!).id as string);
  const unique = new Set(ids);
  const missing = docs.filter((d) => !unique.has(d.id)).length;
  const errors = entries.filter(([, fields]) => fields[fields.indexOf('result') + 1]!.includes('"error":{')).length;
  console.log(
    `${workers} process${workers > 1 ? 'es' : ''}: ${jobs} jobs in ${seconds.toFixed(1)} s = ${(jobs / seconds).toFixed(0)} jobs/s; ` +
      `CPU per job: workers ${((workerCpu / jobs) * 1000).toFixed(2)} ms, redis ${((redisCpu / jobs) * 1000).toFixed(2)} ms; ` +
      `results ${ids.length}, duplicates ${ids.length - unique.size}, missing ${missing}, errors ${errors}`,
  );
  console.log(`  load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  if (ids.length !== jobs || unique.size !== jobs || missing > 0) process.exitCode = 1;
  await queue.obliterate({ force: true });
  await client.del(`bull:${name}:broadsheet:results`);
  await queue.close();
  return jobs / seconds;
}

/** User + system CPU seconds a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime and stime, in clock ticks of 1/100 s
}

// The same documents parsed in plain processes, no queue: what this machine gives two processes at all
// (V8's GC and compiler threads and Redis share the cores with the parsing threads).
async function parseOnly(processes: number): Promise<number> {
  const code = `import { parseArticle } from ${JSON.stringify(`${root}dist/index.js`)};
const inputs = JSON.parse(process.env.INPUTS); const count = Number(process.env.COUNT);
process.stdout.write('ready\\n');
process.stdin.once('data', () => { for (let i = 0; i < count; i++) parseArticle(inputs[i % inputs.length]); process.exit(0); });`;
  const env = { ...process.env, INPUTS: JSON.stringify(inputs), COUNT: String(Math.round(jobs / processes)) };
  const children = Array.from({ length: processes }, () =>
    spawn(process.execPath, [...nodeFlags, '--input-type=module', '-e', code], { env, stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  await Promise.all(children.map((child) => new Promise((ready) => child.stdout!.once('data', ready))));
  const started = performance.now();
  await Promise.all(children.map((child) => new Promise((done) => (child.once('exit', done), child.stdin!.write('go\\n')))));
  return jobs / ((performance.now() - started) / 1000);
}

const ratios: number[] = [];
const ceilings: number[] = [];
for (let round = 0; round < rounds; round++) {
  const one = await run(1, round);
  const two = await run(2, round);
  ratios.push(two / one);
  const ceiling = (await parseOnly(2)) / (await parseOnly(1));
  ceilings.push(ceiling);
  console.log(`round ${round + 1}: 2 processes / 1 process = ${(two / one).toFixed(2)}×; without the queue ${ceiling.toFixed(2)}×`);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`median ratio over ${rounds} round(s): ${median(ratios).toFixed(2)}×; parsing alone in 2 processes / 1: ${median(ceilings).toFixed(2)}×`);
await client.quit();
await redis.stop();
