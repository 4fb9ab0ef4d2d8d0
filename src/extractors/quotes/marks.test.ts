import { describe, expect, it } from 'vitest';
import { pairQuotes } from './marks.js';

const contents = (text: string) => pairQuotes(text).filter((p) => p.depth === 0).map((p) => text.slice(p.contentStart, p.contentEnd));

describe('quotation-mark pairing', () => {
  it('pairs curly, straight, guillemet and doubled-apostrophe marks', () => {
    expect(contents('“One,” he said, "two" and «three» and \'\'four\'\'.')).toEqual(['One,', 'two', 'three', 'four']);
  });

  it('keeps apostrophes out of single-quoted spans', () => {
    expect(contents("It isn't ‘over’ for O'Brien's team")).toEqual(['over']);
  });

  it('nests single marks inside double ones', () => {
    const pairs = pairQuotes('“She said ‘no’ twice”');
    expect(pairs.map((p) => p.depth)).toEqual([0, 1]);
  });

  it('ends a straight quote where the next one opens, as when a paragraph break was lost', () => {
    expect(contents('"First part. "Second part."')).toEqual(['First part.', 'Second part.']);
  });

  it('runs an unclosed quote to the end of the text', () => {
    const [pair] = pairQuotes('He said: "it goes on');
    expect(pair?.unclosed).toBe(true);
    expect(pair?.contentEnd).toBe('He said: "it goes on'.length);
  });

  it('ignores a closing mark with no opener', () => {
    expect(contents('stray” mark and “a real one”')).toEqual(['a real one']);
  });
});
