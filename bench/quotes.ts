// The quotes extractor's cost on the default pipeline, for the seed article (else a fixture).
// Two measures: the time spent inside the quotes extractor against the rest of the same parses
// (robust to the machine's other load), and the default pipeline with and without it.
// Run alone with `npm run bench -- quotes`, or as part of `npm run bench`.
import { createParser, defaultExtractors } from '../src/index.js';
import { interleaved, median, quantile, seedArticle, timedExtractors } from './shared.js';

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

  // Rounds of parses, each giving the time inside quotes over the rest of its own parses: a burst of the
  // machine's other load lands in one round, so the median round reads through it (the figure over all
  // parses is printed too).
  const parses = 200;
  const shares: number[] = [];
  let inside = 0;
  let total = 0;
  for (let round = 0; round < 9; round++) {
    spent.clear();
    const ms = time(parse(withTimer), parses) * parses;
    const quotes = spent.get('quotes') ?? 0;
    shares.push(quotes / (ms - quotes));
    inside += quotes;
    total += ms;
  }
  const all = parses * shares.length;
  console.log(`inside quotes ${(inside / all).toFixed(3)} ms/parse, rest of the pipeline ${((total - inside) / all).toFixed(3)} ms/parse`);
  console.log(
    `quotes adds ${(median(shares) * 100).toFixed(1)}% to the rest of the same parses, median of ${shares.length} rounds of ${parses} ` +
      `(rounds' middle half ${(quantile(shares, 0.25) * 100).toFixed(1)}–${(quantile(shares, 0.75) * 100).toFixed(1)}%; all ${all} parses ${((inside / (total - inside)) * 100).toFixed(1)}%; ${text.length} chars)`,
  );

  // Interleaved rounds; the median round's ratio, as the machine's other load weighs on both sides of a round alike.
  const { ms, ratio, spread } = interleaved([parse(withoutQuotes), parse(withQuotes)]);
  const [low, high] = spread[1]!;
  const percent = (r: number) => `${((r - 1) * 100).toFixed(1)}%`;
  console.log(
    `pipeline without quotes ${ms[0]!.toFixed(2)} ms/parse, with ${ms[1]!.toFixed(2)} ms/parse: +${percent(ratio[1]!)} (rounds' middle half +${percent(low)} to +${percent(high)})`,
  );
}
