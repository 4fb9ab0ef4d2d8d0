// The whole default pipeline against remark-parse alone, in the same process.
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createParser, defaultExtractors, parseArticle } from '../src/index.js';
import { interleaved, seedArticle, timedExtractors } from './shared.js';

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
    // A 1 MB document takes seconds per parse: few rounds of one call each.
    const small = label === 'seed (text)';
    const names = ['remark-parse alone', 'broadsheet parseArticle', '  of which the core fields'];
    const result = interleaved(
      [() => remark.parse(input), () => parseArticle(input, { format }), () => core.parse(input, { format })],
      small ? 200 : 3,
      small ? 10 : 1,
      small ? 20 : 1,
    );
    const mb = input.length / 1e6;
    console.log(`\n${label}: ${input.length.toLocaleString('en')} chars (median of interleaved rounds)`);
    names.forEach((name, i) => {
      const ms = result.ms[i]!;
      console.log(`  ${name.padEnd(26)} ${ms.toFixed(3).padStart(9)} ms/article  ${(mb / (ms / 1000)).toFixed(2).padStart(7)} MB/s`);
    });
    const ratio = (i: number) => `${result.ratio[i]!.toFixed(2)}× (rounds' middle half ${result.spread[i]![0].toFixed(2)}–${result.spread[i]![1].toFixed(2)}×)`;
    console.log(`  ratio broadsheet / remark-parse: ${ratio(1)}`);
    console.log(`  ratio core fields / remark-parse: ${ratio(2)}`);
    if (format === 'text') breakdown(input, result.ms[0]!);
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
