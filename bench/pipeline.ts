// The whole default pipeline against remark-parse alone, in the same process.
import remarkParse from 'remark-parse';
import { Bench } from 'tinybench';
import { unified } from 'unified';
import { createParser, defaultExtractors, parseArticle } from '../src/index.js';
import { seedArticle, timedExtractors } from './shared.js';

const CORE = new Set(['headline', 'byline', 'dateline', 'publishedAt', 'modifiedAt', 'siteName', 'body', 'meta']);

export async function run(): Promise<void> {
  const seed = seedArticle();
  const markdown = oneMegabyteOfMarkdown();
  const remark = unified().use(remarkParse);
  // Headline, byline, dates, body and meta alone: the foundation's share of the pipeline.
  const core = createParser({ extractors: defaultExtractors.filter((e) => CORE.has(e.name)) });

  for (const [label, input, format] of [
    ['seed (text)', seed, 'text'],
    ['1 MB Markdown', markdown, 'markdown'],
  ] as const) {
    // A 1 MB document takes seconds per parse: bound the iterations, not only the time.
    const small = label === 'seed (text)';
    const bench = new Bench({ time: small ? 2000 : 1, iterations: small ? 64 : 3, warmupIterations: small ? 16 : 1 });
    bench
      .add('remark-parse alone', () => {
        remark.parse(input);
      })
      .add('broadsheet parseArticle', () => {
        parseArticle(input, { format });
      })
      .add('  of which the core fields', () => {
        core.parse(input, { format });
      });
    await bench.run();
    const [baseline, ours, coreOnly] = bench.tasks.map((t) => t.result as { latency: { mean: number } });
    const mb = input.length / 1e6;
    console.log(`\n${label}: ${input.length.toLocaleString('en')} chars`);
    for (const task of bench.tasks) {
      const mean = (task.result as { latency: { mean: number } }).latency.mean;
      console.log(`  ${task.name.padEnd(26)} ${mean.toFixed(3).padStart(9)} ms/article  ${(mb / (mean / 1000)).toFixed(2).padStart(7)} MB/s`);
    }
    console.log(`  ratio broadsheet / remark-parse: ${(ours!.latency.mean / baseline!.latency.mean).toFixed(2)}×`);
    console.log(`  ratio core fields / remark-parse: ${(coreOnly!.latency.mean / baseline!.latency.mean).toFixed(2)}×`);
    if (format === 'text') breakdown(input, baseline!.latency.mean);
  }
}

/** Time spent in each default extractor (analysis work is charged to the first that asks for it). */
function breakdown(input: string, baselineMs: number): void {
  const spent = new Map<string, number>();
  const parser = createParser({ extractors: timedExtractors(defaultExtractors, spent) });
  const runs = 200;
  for (let i = 0; i < 20; i++) parser.parse(input);
  spent.clear();
  for (let i = 0; i < runs; i++) parser.parse(input);
  console.log('  per extractor (ms/article, × remark-parse alone):');
  for (const [name, total] of spent) {
    const ms = total / runs;
    console.log(`    ${name.padEnd(14)} ${ms.toFixed(3).padStart(8)}  ${(ms / baselineMs).toFixed(2)}×`);
  }
}

/** A 1 MB Markdown document of headings, paragraphs, lists, links and quotes. */
function oneMegabyteOfMarkdown(): string {
  const section = (i: number) => `## Section ${i}

The committee met on Tuesday to discuss the plans for the new library, which has been delayed twice since the council first approved it. "We are confident the work will finish by spring," said Anna Berg, the project's manager, on **Monday**.

- Cost so far: 4.2 million
- See [the council report](https://example.test/report/${i}) for details

> Residents have waited long enough, a local campaigner said.

`;
  let out = '# A long document\n\n';
  for (let i = 0; out.length < 1_000_000; i++) out += section(i);
  return out;
}
