// parseMany over the shared corpora's HTML pages (1222 pages: articlebody, html-meta, html-meta-2,
// wceb), all figures from one run so the machine's load weighs on each alike:
// - throughput with 1 and 2 workers and their ratio, in interleaved rounds: once each worker has
//   parsed its warm-up documents (a crawl's steady state) and from the first result (the warm-up,
//   paid once per worker, inside the run), beside the same ratio for two bare threads spinning a
//   loop (what the machine gives two threads at the moment: its other load shows there);
// - CPU per document by kind of thread (Linux): the workers, V8's helper threads (the optimising
//   compiler, the garbage collector's parallel and concurrent work) and the main thread (handing out
//   documents, reading results), for one worker keeps more than one core busy, which bounds what a
//   second worker can add on two cores;
// - per core, parseArticle against Readability + linkedom on the same pages, in interleaved rounds;
// - RSS while the pages stream from disk through 2 workers again and again, in a process that does
//   only that;
// - a 1 GB WARC, generated as it is read, through readWarc: time and RSS.
// Needs `npm run build` (the workers run the built worker).
//
//   npm run bench -- batch   (BENCH_BATCH_DOCS, default 1000; BENCH_BATCH_WARM, warm-up documents per
//   worker, default 400; BENCH_BATCH_ROUNDS, default 3; BENCH_STREAM_DOCS, default 5000)
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseArticle } from '../src/index.js';
import { page, warcRecord } from '../test/helpers/warc.js';
import { interleaved, median } from './shared.js';

type Batch = typeof import('../src/batch/index.js');

/** The shared corpora's HTML pages, as files (`.html`, `.html.gz`). */
function corpusFiles(): string[] {
  const root = join(import.meta.dirname, '../../shared/corpus');
  const files: string[] = [];
  for (const set of ['articlebody', 'html-meta', 'html-meta-2', 'wceb']) {
    const dir = ['articlebody', 'wceb'].includes(set) ? join(root, set, 'html') : join(root, set);
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.html.gz') || file.endsWith('.html')) files.push(join(dir, file));
      // The html-meta sets hold a folder per page.
      else if (existsSync(join(dir, file, 'source.html'))) files.push(join(dir, file, 'source.html'));
    }
  }
  return files;
}

const readPage = (file: string): string => (file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8'));

/**
 * `count` documents cycling through the pages, after `warm` others that let each worker compile its
 * code first; the warm-up takes pages from the end of the list, so the measured documents are the same
 * whatever the number of workers.
 */
function* documents(pages: string[], warm: number, count: number): Generator<{ input: string; format: 'html' }> {
  for (let i = 0; i < warm; i++) yield { input: pages[pages.length - 1 - (i % pages.length)]!, format: 'html' };
  for (let i = 0; i < count; i++) yield { input: pages[i % pages.length]!, format: 'html' };
}

/** CPU milliseconds of each thread of this process, by thread id (Linux; empty elsewhere). */
function threadCpu(): Map<string, number> {
  const cpu = new Map<string, number>();
  if (!existsSync('/proc/self/task')) return cpu;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      // Nanoseconds on the CPU, the first field.
      cpu.set(tid, Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
    } catch {
      // The thread ended meanwhile, or the kernel keeps no schedstat.
    }
  }
  return cpu;
}

interface Throughput {
  /** Documents per second once each worker has parsed its warm-up documents. */
  perSecond: number;
  /** Documents per second over the whole run from the first result, warm-up included. */
  coldPerSecond: number;
  totalMs: number;
  failed: number;
  /** CPU milliseconds per measured document, by kind of thread (Linux). */
  cpu?: { worker: number; helpers: number; main: number };
}

/**
 * parseMany over `warmPerWorker` × `concurrency` warm-up documents and then `count` measured ones:
 * a crawl's throughput is that of warm workers, and a worker's warm-up (V8 compiling its code, a few
 * hundred documents) is paid once per worker, so over a short run it weighs twice as much on 2
 * workers as on 1. Both figures are reported.
 */
async function throughput(batch: Batch, pages: string[], count: number, concurrency: number, warmPerWorker: number): Promise<Throughput> {
  // The threads there before the pool: the main one, V8's helpers and libuv's. The pool's come after.
  const main = String(process.pid);
  const before = new Set(threadCpu().keys());
  const warm = warmPerWorker * concurrency;
  let failed = 0;
  let startCpu = new Map<string, number>();
  let endCpu = new Map<string, number>();
  const started = performance.now();
  let first = 0;
  let measured = started;
  let done = 0;
  let end = 0;
  for await (const result of batch.parseMany(documents(pages, warm, count), { concurrency, timeoutMs: 0 })) {
    done++;
    if (done === 1) first = performance.now();
    if (done === warm) {
      measured = performance.now();
      startCpu = threadCpu();
    }
    if (done === warm + count) {
      end = performance.now();
      endCpu = threadCpu();
    }
    if (result.error) failed++;
  }
  const out: Throughput = {
    perSecond: count / ((end - measured) / 1000),
    coldPerSecond: (done - 1) / ((end - first) / 1000),
    totalMs: end - started,
    failed,
  };
  if (endCpu.size > 0 && warm > 0) {
    const cpu = { worker: 0, helpers: 0, main: 0 };
    for (const [tid, ms] of endCpu) {
      const kind = tid === main ? 'main' : before.has(tid) ? 'helpers' : 'worker';
      cpu[kind] += (ms - (startCpu.get(tid) ?? 0)) / count;
    }
    out.cpu = cpu;
  }
  return out;
}

/** Readability over linkedom's DOM; a page where Readability throws (it does on some of html-meta's) costs what it took. */
function readability(html: string): void {
  try {
    new Readability(parseHTML(html).document as unknown as Document).parse();
  } catch {
    // Timed all the same.
  }
}

/** Milliseconds for `threads` bare threads to spin the same loop each. */
async function spin(threads: number): Promise<number> {
  const code = 'let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; require("node:worker_threads").parentPort.postMessage(x);';
  const started = performance.now();
  await Promise.all(Array.from({ length: threads }, () => new Promise((resolve) => new Worker(code, { eval: true }).once('message', resolve))));
  return performance.now() - started;
}

/**
 * Streams `count` pages through 2 workers in a fresh process, reading each page from disk as it is
 * handed out (as a crawl would: the process holds file names, not pages), and samples its RSS every
 * 250 documents; `before` is its RSS with the batch module loaded and nothing parsed.
 */
function streamRss(count: number): { before: number; rss: number[] } {
  const script = `
    import { readFileSync } from 'node:fs';
    import { gunzipSync } from 'node:zlib';
    const { parseMany } = await import(${JSON.stringify(new URL('../dist/batch.js', import.meta.url).href)});
    const files = JSON.parse(readFileSync(0, 'utf8'));
    const read = (file) => (file.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8'));
    const before = process.memoryUsage().rss / 2 ** 20;
    function* docs() { for (let i = 0; i < ${count}; i++) yield { input: read(files[i % files.length]), format: 'html' }; }
    const rss = [];
    let done = 0;
    for await (const _ of parseMany(docs(), { concurrency: 2, timeoutMs: 0 })) {
      if (++done % 250 === 0) rss.push(process.memoryUsage().rss / 2 ** 20);
    }
    console.log(JSON.stringify({ before, rss }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { input: JSON.stringify(corpusFiles()), encoding: 'utf8' })) as {
    before: number;
    rss: number[];
  };
}

/** Reads a WARC of `megabytes` generated as it is read (no file): pages, seconds and the highest RSS. */
async function bigWarc(batch: Batch, megabytes: number): Promise<string> {
  const body = page('Story', 'Text of the story. '.repeat(5000));
  async function* source(): AsyncGenerator<Uint8Array> {
    for (let sent = 0, i = 0; sent < megabytes * 2 ** 20; i++) {
      const record = warcRecord({ type: 'response', uri: `https://news.test/${i}`, body });
      sent += record.length;
      yield record;
    }
  }
  let pages = 0;
  let max = 0;
  const started = performance.now();
  for await (const _ of batch.readWarc(source())) if (++pages % 500 === 0) max = Math.max(max, process.memoryUsage().rss / 2 ** 20);
  return `${pages} pages from a ${megabytes} MB WARC in ${((performance.now() - started) / 1000).toFixed(1)} s, highest RSS ${max.toFixed(0)} MB`;
}

export async function run(): Promise<void> {
  const count = Number(process.env.BENCH_BATCH_DOCS ?? 1000);
  const streamed = Number(process.env.BENCH_STREAM_DOCS ?? 5000);
  // Not bundled into the benchmark: the pool finds its worker file beside the built module.
  const batch = (await import(new URL('../dist/batch.js', import.meta.url).href)) as Batch;
  // First, while the process holds nothing else.
  console.log(await bigWarc(batch, 1024));
  const pages = corpusFiles().map(readPage);
  console.log(`${pages.length} HTML pages; ${count} documents per run`);

  // Rounds of 1 worker, 2 workers and the bare threads back to back, so each ratio is read within
  // one round, where the machine's other load weighs on both sides alike; medians over rounds.
  const rounds = Number(process.env.BENCH_BATCH_ROUNDS ?? 3);
  const warmPerWorker = Number(process.env.BENCH_BATCH_WARM ?? 400);
  const runs: { one: Throughput; two: Throughput; bare: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    const one = await throughput(batch, pages, count, 1, warmPerWorker);
    const two = await throughput(batch, pages, count, 2, warmPerWorker);
    const bare = (2 * (await spin(1))) / (await spin(2));
    runs.push({ one, two, bare });
    console.log(
      `round ${r + 1}: 1 worker ${one.perSecond.toFixed(1)} docs/s warm (${one.coldPerSecond.toFixed(1)} from the first result), ` +
        `2 workers ${two.perSecond.toFixed(1)} (${two.coldPerSecond.toFixed(1)}); ratio ${(two.perSecond / one.perSecond).toFixed(2)}× warm, ` +
        `${(two.coldPerSecond / one.coldPerSecond).toFixed(2)}× from the first result; two bare spinning threads / one ${bare.toFixed(2)}×; ` +
        `${one.failed + two.failed} failed`,
    );
  }
  const warmRatio = median(runs.map((run) => run.two.perSecond / run.one.perSecond));
  const coldRatio = median(runs.map((run) => run.two.coldPerSecond / run.one.coldPerSecond));
  const bare = median(runs.map((run) => run.bare));
  console.log(
    `2 workers / 1 worker, median of ${rounds} rounds: ${warmRatio.toFixed(2)}× with warm workers (target ≥ 1.7; after ${warmPerWorker} documents each), ` +
      `${coldRatio.toFixed(2)}× from the first result (each worker's warm-up inside the ${count} documents); ` +
      `what the machine gave two bare threads over one meanwhile: ${bare.toFixed(2)}×`,
  );
  const cpuOf = (pick: (run: (typeof runs)[number]) => Throughput) => {
    const cpus = runs.map((run) => pick(run).cpu).filter((cpu) => cpu !== undefined);
    if (cpus.length === 0) return undefined;
    return { worker: median(cpus.map((c) => c.worker)), helpers: median(cpus.map((c) => c.helpers)), main: median(cpus.map((c) => c.main)) };
  };
  const [oneCpu, twoCpu] = [cpuOf((run) => run.one), cpuOf((run) => run.two)];
  if (oneCpu && twoCpu) {
    const line = (c: { worker: number; helpers: number; main: number }) =>
      `${(c.worker + c.helpers + c.main).toFixed(1)} (worker threads ${c.worker.toFixed(1)}, V8 helper threads ${c.helpers.toFixed(1)}, main thread ${c.main.toFixed(1)})`;
    const busy = (oneCpu.worker + oneCpu.helpers + oneCpu.main) / oneCpu.worker;
    console.log(`CPU ms per warm document: 1 worker ${line(oneCpu)}; 2 workers ${line(twoCpu)}`);
    console.log(
      `1 worker keeps ${busy.toFixed(2)} cores busy per core of its own (V8 compiles and collects garbage on helper threads), ` +
        `so on 2 otherwise idle cores 2 workers can reach at most about ${(2 / busy).toFixed(2)}× of one ` +
        `(on a loaded machine more: the scheduler gives a process with more threads a larger share)`,
    );
  }

  // Per core: one thread each, the same 50 pages per call, interleaved rounds.
  const sample = pages.filter((_, i) => i % Math.floor(pages.length / 50) === 0).slice(0, 50);
  const perCore = interleaved(
    [
      () => sample.forEach((html) => readability(html)),
      () => sample.forEach((html) => parseArticle(html, { format: 'html', url: 'https://example.com/a' })),
    ],
    Number(process.env.BENCH_ROUNDS ?? 10),
    1,
    2,
  );
  console.log(
    `per core, ${sample.length} pages: readability+linkedom ${perCore.ms[0]!.toFixed(0)} ms, parseArticle ${perCore.ms[1]!.toFixed(0)} ms; ` +
      `parseArticle throughput / readability's: ${(1 / perCore.ratio[1]!).toFixed(2)}× (target ≥ 5)`,
  );

  const { before, rss } = streamRss(streamed);
  const head = rss.slice(0, Math.max(1, rss.length >> 2));
  const tail = rss.slice(-Math.max(1, rss.length >> 2));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `RSS over ${streamed} documents streamed from disk through 2 workers (the process: ${before.toFixed(0)} MB before the batch): ` +
      `max ${Math.max(...rss).toFixed(0)} MB, first quarter mean ${mean(head).toFixed(0)} MB, last quarter mean ${mean(tail).toFixed(0)} MB (target flat, ≤ 300)`,
  );
}
