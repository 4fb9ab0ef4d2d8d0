import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  it('keeps inner apostrophes, hyphens and dots in words', () => {
    const text = 'Putin’s Un-Putin U.S. don\'t 3.5 $';
    expect(tokenize(text).map((t) => [text.slice(t.start, t.end), t.kind])).toEqual([
      ['Putin’s', 'word'],
      ['Un-Putin', 'word'],
      ['U.S', 'word'],
      ['.', 'punct'],
      ["don't", 'word'],
      ['3.5', 'number'],
      ['$', 'symbol'],
    ]);
  });

  it('tokenizes a range of the text with offsets into the whole', () => {
    expect(tokenize('xx hello yy', 3, 8)).toEqual([{ start: 3, end: 8, kind: 'word' }]);
  });

  it('handles a 1 MB word without spaces', () => {
    expect(tokenize('a'.repeat(1_000_000))).toHaveLength(1);
  });
});
