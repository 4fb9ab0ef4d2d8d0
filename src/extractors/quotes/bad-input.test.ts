import { describe, expect, it } from 'vitest';
import { createParser } from '../../index.js';
import { quotesExtractor } from './index.js';

const parser = createParser({ extractors: [quotesExtractor] });

/**
 * Parses the input built at two sizes; linear work grows about as the size does (quadratic would be 16×).
 * The whole text is read (no `maxReadLength`), so what grows is the extractor's own work.
 */
function growth(make: (size: number) => string, small: number) {
  parser.parse(make(small / 4), { format: 'text' });
  const run = (size: number) => {
    const text = make(size);
    // CPU time, not wall time: on a machine shared with other jobs the wall clock measures them too.
    const started = process.cpuUsage();
    const article = parser.parse(text, { format: 'text', maxReadLength: Number.POSITIVE_INFINITY });
    const spent = process.cpuUsage(started);
    return { ms: (spent.user + spent.system) / 1000, text, article };
  };
  // The fastest of three runs of each size: one run of a few milliseconds says little.
  const fastest = (size: number) => [run(size), run(size), run(size)].reduce((x, y) => (y.ms < x.ms ? y : x));
  const a = fastest(small);
  const b = fastest(small * 4);
  return { ratio: b.ms / Math.max(a.ms, 1), ...b };
}

function expectOffsetsInside(text: string, quotes: readonly { start: number; end: number; text: string }[]) {
  for (const q of quotes) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.start).toBeLessThanOrEqual(q.end);
  }
}

describe('quotes on hostile input', () => {
  it('reads 100k unbalanced quotation marks in linear time', () => {
    const { ratio, text, article } = growth((n) => 'He said "a “b ” c \' ‘ ” " d '.repeat(n / 10), 25_000);
    expect(text.length).toBeGreaterThan(100_000);
    expect(ratio).toBeLessThan(10);
    expectOffsetsInside(text, article.quotes);
  });

  it('reads straight marks with nothing between them in linear time', () => {
    const { ratio, article } = growth((n) => '"'.repeat(n), 25_000);
    expect(ratio).toBeLessThan(10);
    expect(article.quotes).toEqual([]);
  });

  it('reads a 1 MB quote with no closing mark', () => {
    const text = `She said: "${'word '.repeat(200_000)}`;
    const { quotes } = parser.parse(text, { format: 'text' });
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'direct', start: 11 });
    expect(quotes[0]!.end).toBeLessThanOrEqual(text.length);
  });

  it('reads quotes nested 1,000 deep and keeps only the outermost', () => {
    const text = `The clerk said: ${'“and '.repeat(1000)}done${'”'.repeat(1000)}`;
    const { quotes } = parser.parse(text, { format: 'text' });
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text.startsWith('and “and')).toBe(true);
  });

  it('reads a paragraph of 10k `said` in linear time', () => {
    const { ratio, text, article } = growth((n) => 'said '.repeat(n), 10_000);
    expect(ratio).toBeLessThan(10);
    expectOffsetsInside(text, article.quotes);
  });

  it('reads 10k attributions in one paragraph in linear time', () => {
    const { ratio, text, article } = growth((n) => 'Smith said that he said '.repeat(n / 4), 10_000);
    expect(ratio).toBeLessThan(10);
    expectOffsetsInside(text, article.quotes);
  });

  it('reads thousands of quote fragments and commas in one sentence in linear time', () => {
    expect(growth((n) => '"Yes," he said, '.repeat(n / 4), 16_000).ratio).toBeLessThan(10);
    expect(growth((n) => `${'Smith, '.repeat(n)}said that it rains.`, 10_000).ratio).toBeLessThan(10);
  });

  it('reads a transcript of thousands of NAME: turns in linear time, each turn a quote of its speaker', () => {
    const turn = (i: number) => `WALLACE: Question number ${i} about the harbour plan, sir?\n\n"MARSH: Answer number ${i}, and it is a long one."\n\n`;
    const { ratio, article } = growth((n) => `Transcript of the harbour debate\n\n${Array.from({ length: n / 20 }, (_, i) => turn(i)).join('')}`, 20_000);
    expect(ratio).toBeLessThan(10);
    expect(article.quotes.length).toBe(20_000 / 20 * 4 * 2);
    expect(article.quotes.every((q) => q.speaker?.name === 'Wallace' || q.speaker?.name === 'Marsh')).toBe(true);
  });

  it('reads a text of nothing but mixed quotation marks', () => {
    const text = '“”‘’"\'«»„'.repeat(20_000);
    const { quotes } = parser.parse(text, { format: 'text' });
    expect(quotes).toEqual([]);
  });

  it('reads unbalanced quotation marks over 10 MB', { timeout: 120_000 }, () => {
    const text = `He said: "${'the harbour “plan ‘will '.repeat(420_000)}`;
    expect(text.length).toBeGreaterThan(10_000_000);
    const { quotes } = parser.parse(text, { format: 'text' });
    expect(quotes.length).toBeGreaterThan(0);
    expectOffsetsInside(text, quotes);
  });

  it('returns nothing for empty or quote-free input', () => {
    expect(parser.parse('', { format: 'text' }).quotes).toEqual([]);
    expect(parser.parse('Rain fell all day on the harbour.', { format: 'text' }).quotes).toEqual([]);
  });
});
