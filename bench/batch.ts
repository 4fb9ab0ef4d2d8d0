// parseMany over the shared corpora's HTML pages (1222 pages: articlebody, html-meta, html-meta-2,
// wceb), all figures from one run so the machine's load weighs on each alike:
// - throughput with 1 and 2 workers, and their ratio;
// - per core, parseArticle against Readability + linkedom on the same pages, in interleaved rounds;
// - RSS while the pages stream through 2 workers again and again.
// Needs `npm run build` (the workers run the built worker).
//
//   npm run bench -- batch   (BENCH_BATCH_DOCS, default 1000; BENCH_STREAM_DOCS, default 5000)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseArticle } from '../src/index.js';
import { interleaved } from './shared.js';

type Batch = typeof import('../src/batch/index.js');

function corpusPages(): string[] {
  const root = join(import.meta.dirname, '../../shared/corpus');
  const pages: string[] = [];
  for (const set of ['articlebody', 'html-meta', 'html-meta-2', 'wceb']) {
    const dir = ['articlebody', 'wceb'].includes(set) ? join(root, set, 'html') : join(root, set);
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith('.html.gz')) pages.push(gunzipSync(readFileSync(join(dir, file))).toString('utf8'));
      else if (file.endsWith('.html')) pages.push(readFileSync(join(dir, file), 'utf8'));
    }
  }
  return pages;
}

function* repeat(pages: string[], count: number): Generator<{ input: string; format: 'html' }> {
  for (let i = 0; i < count; i++) yield { input: pages[i % pages.length]!, format: 'html' };
}

async function throughput(batch: Batch, pages: string[], count: number, concurrency: number) {
  let first = 0;
  let failed = 0;
  const started = performance.now();
  let done = 0;
  for await (const result of batch.parseMany(repeat(pages, count), { concurrency, timeoutMs: 0 })) {
    if (done++ === 0) first = performance.now();
    if (result.error) failed++;
  }
  const end = performance.now();
  // From the first result on: the workers' start-up is not throughput.
  return { perSecond: (done - 1) / ((end - first) / 1000), totalMs: end - started, failed };
}

export async function run(): Promise<void> {
  const count = Number(process.env.BENCH_BATCH_DOCS ?? 1000);
  const streamed = Number(process.env.BENCH_STREAM_DOCS ?? 5000);
  // Not bundled into the benchmark: the pool finds its worker file beside the built module.
  const batch = (await import(new URL('../dist/batch.js', import.meta.url).href)) as Batch;
  const pages = corpusPages();
  console.log(`${pages.length} HTML pages; ${count} documents per run`);

  const one = await throughput(batch, pages, count, 1);
  const two = await throughput(batch, pages, count, 2);
  console.log(`1 worker : ${one.perSecond.toFixed(1)} docs/s (${(one.totalMs / 1000).toFixed(1)} s in all, ${one.failed} failed)`);
  console.log(`2 workers: ${two.perSecond.toFixed(1)} docs/s (${(two.totalMs / 1000).toFixed(1)} s in all, ${two.failed} failed)`);
  console.log(`2 workers / 1 worker: ${(two.perSecond / one.perSecond).toFixed(2)}× (target ≥ 1.7)`);

  // Per core: one thread each, the same 50 pages per call, interleaved rounds.
  const sample = pages.filter((_, i) => i % Math.floor(pages.length / 50) === 0).slice(0, 50);
  const perCore = interleaved(
    [
      () => sample.forEach((html) => new Readability(parseHTML(html).document as unknown as Document).parse()),
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

  // RSS over a long stream: the process's RSS includes its worker threads.
  const rss: number[] = [];
  let done = 0;
  for await (const _ of batch.parseMany(repeat(pages, streamed), { concurrency: 2, timeoutMs: 0 })) {
    if (++done % 250 === 0) rss.push(process.memoryUsage().rss / 2 ** 20);
  }
  const head = rss.slice(0, Math.max(1, rss.length >> 2));
  const tail = rss.slice(-Math.max(1, rss.length >> 2));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  console.log(
    `RSS over ${streamed} streamed documents, 2 workers: max ${Math.max(...rss).toFixed(0)} MB, ` +
      `first quarter mean ${mean(head).toFixed(0)} MB, last quarter mean ${mean(tail).toFixed(0)} MB (target flat, ≤ 300)`,
  );
}
