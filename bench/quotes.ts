// The quotes extractor's cost: the default pipeline with and without it, on the seed article
// (else a fixture), interleaved rounds so both see the same machine load.
// Run alone with `npx tsx bench/quotes.ts`, or as part of `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createParser, defaultExtractors } from '../src/index.js';

function article(): string {
  const seed = fileURLToPath(new URL('../../shared/corpus/seed/article.txt', import.meta.url));
  const fallback = fileURLToPath(new URL('../test/fixtures/text-harbour/input.txt', import.meta.url));
  return readFileSync(existsSync(seed) ? seed : fallback, 'utf8');
}

/** Milliseconds per parse over `times` parses. */
function time(parse: () => unknown, times: number): number {
  const started = performance.now();
  for (let i = 0; i < times; i++) parse();
  return (performance.now() - started) / times;
}

export async function run(): Promise<void> {
  const text = article();
  const withQuotes = createParser({ extractors: defaultExtractors });
  const withoutQuotes = createParser({ extractors: defaultExtractors.filter((e) => e.name !== 'quotes') });
  const parseWith = () => withQuotes.parse(text, { format: 'text' });
  const parseWithout = () => withoutQuotes.parse(text, { format: 'text' });
  for (let i = 0; i < 20; i++) {
    parseWith();
    parseWithout();
  }
  let a = 0;
  let b = 0;
  const rounds = 10;
  for (let r = 0; r < rounds; r++) {
    b += time(parseWithout, 20);
    a += time(parseWith, 20);
  }
  const msWith = a / rounds;
  const msWithout = b / rounds;
  console.log(`pipeline without quotes ${msWithout.toFixed(2)} ms/parse, with quotes ${msWith.toFixed(2)} ms/parse`);
  console.log(`quotes adds ${(((msWith - msWithout) / msWithout) * 100).toFixed(1)}% (${rounds * 20} parses each, ${text.length} chars)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
