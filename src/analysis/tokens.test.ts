import fc from 'fast-check';
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

  it('finds what the token pattern matches, on any text', () => {
    const TOKEN = /[\p{L}\p{M}]+(?:['’\-.][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\p{P}|\S/gu;
    const byRegex = (text: string) => [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length]);
    const byScan = (text: string) => tokenize(text).map((t) => [t.start, t.end]);
    const pieces = fc.constantFrom(
      ...['a', 'Z', '9', '٣', 'é', '\u0301', '漢', "'", '’', '-', '.', ',', ':', ' ', '\n', '\u00a0', '\u2028', '\ufeff'],
      ...['$', '_', '\u0000', '😀', '𝐀', '\ud800', '\udc00', '“', '…', '½'],
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      expect(byScan(parts.join(''))).toEqual(byRegex(parts.join('')));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
      expect(byScan(text)).toEqual(byRegex(text));
    }), { numRuns: 2000 });
  });

  it('handles a 1 MB word without spaces', () => {
    expect(tokenize('a'.repeat(1_000_000))).toHaveLength(1);
  });
});
