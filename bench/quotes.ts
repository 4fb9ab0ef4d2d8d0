// The quotes extractor's cost on the default pipeline, for the seed article (else a fixture).
// Two measures: the time spent inside the quotes extractor against the rest of the same parses
// (robust to the machine's other load), and the default pipeline with and without it.
// Run alone with `npm run bench -- quotes`, or as part of `npm run bench`.
import { createParser, defaultExtractors } from '../src/index.js';
import { seedArticle, timedExtractors } from './shared.js';

/** Milliseconds per parse over `times` parses. */
function time(parse: () => unknown, times: number): number {
  const started = performance.now();
  for (let i = 0; i < times; i++) parse();
  return (performance.now() - started) / times;
}

export async function run(): Promise<void> {
  const text = seedArticle();
  const spent = new Map<string, number>();
  const withTimer = createParser({
    extractors: defaultExtractors.map((e) => (e.name === 'quotes' ? timedExtractors([e], spent)[0]! : e)),
  });
  const withQuotes = createParser({ extractors: defaultExtractors });
  const withoutQuotes = createParser({ extractors: defaultExtractors.filter((e) => e.name !== 'quotes') });
  const parse = (parser: { parse(input: string, options: { format: 'text' }): unknown }) => () => parser.parse(text, { format: 'text' });
  for (let i = 0; i < 50; i++) parse(withTimer)();

  const parses = 1000;
  spent.clear();
  const total = time(parse(withTimer), parses) * parses;
  const inside = spent.get('quotes') ?? 0;
  const share = inside / (total - inside);
  console.log(`inside quotes ${(inside / parses).toFixed(3)} ms/parse, rest of the pipeline ${((total - inside) / parses).toFixed(3)} ms/parse`);
  console.log(`quotes adds ${(share * 100).toFixed(1)}% to the rest of the same ${parses} parses (${text.length} chars)`);

  // Interleaved rounds, the fastest of each kept: the machine's other load only ever adds time.
  let msWith = Infinity;
  let msWithout = Infinity;
  for (let r = 0; r < 20; r++) {
    msWithout = Math.min(msWithout, time(parse(withoutQuotes), 25));
    msWith = Math.min(msWith, time(parse(withQuotes), 25));
  }
  console.log(`pipeline without quotes ${msWithout.toFixed(2)} ms/parse, with ${msWith.toFixed(2)} ms/parse: +${(((msWith - msWithout) / msWithout) * 100).toFixed(1)}%`);
}
