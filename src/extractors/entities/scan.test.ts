import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../analysis/tokens.js';
import { type SpanKind, scan } from './scan.js';

/** The tokens `scan` hands out, collected. */
function spans(text: string, from = 0, to = text.length) {
  const out: { start: number; end: number; kind: SpanKind; lower: boolean }[] = [];
  scan(text, from, to, (start, end, kind, lower) => out.push({ start, end, kind, lower }));
  return out;
}

const words = (text: string) => spans(text).map((t) => [text.slice(t.start, t.end), t.kind]);

describe('scan', () => {
  it('keeps inner apostrophes, hyphens and dots in words, and inner separators in numbers', () => {
    expect(words("O’Reilly's Un-Putin U.S. 3,500.25 10:30")).toEqual([
      ['O’Reilly\'s', 'word'],
      ['Un-Putin', 'word'],
      ['U.S', 'word'],
      ['.', 'other'],
      ['3,500.25', 'number'],
      ['10:30', 'number'],
    ]);
  });

  it('reads letters of any script and keeps astral characters whole', () => {
    expect(words('Путин 普京 🙂 Ünïcödé')).toEqual([
      ['Путин', 'word'],
      ['普京', 'word'],
      ['🙂', 'other'],
      ['Ünïcödé', 'word'],
    ]);
  });

  it('splits text the way the analysis tokenizer does', () => {
    const text = 'Kim Jong Un met Putin’s aides in Vladivostok on Sept. 12, 2023 — “a turning point”.';
    expect(spans(text).map((t) => [t.start, t.end])).toEqual(tokenize(text).map((t) => [t.start, t.end]));
  });

  it('splits any mix of scripts, marks, digits, joiners and astral characters as the analysis tokenizer does', () => {
    // Characters outside ASCII are tested in place (a sticky expression), not cut out as strings.
    const alphabet = ['a', 'Z', 'é', 'Ж', '普', '\u0301', "'", '’', '-', '.', ',', ':', '1', '٣', ' ', '\u00a0', '\n', '—', '“', '𝒜', '🙂'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.nat(), (chars, cut) => {
        const text = chars.join('');
        const from = text.length === 0 ? 0 : cut % text.length;
        const within = tokenize(text.slice(from)).map((t) => [t.start + from, t.end + from]);
        expect(spans(text, from).map((t) => [t.start, t.end])).toEqual(within);
      }),
      { numRuns: 500 },
    );
  });

  it('reads only the range it is given', () => {
    expect(spans('alpha beta gamma', 6, 10)).toEqual([{ start: 6, end: 10, kind: 'word', lower: true }]);
  });

  it('marks words of lower-case ASCII letters, which need no case folding', () => {
    const text = "don't Don't naïve x-ray U.S 3rd";
    expect(spans(text).map((t) => [text.slice(t.start, t.end), t.lower])).toEqual([
      ["don't", true],
      ["Don't", false],
      ['naïve', false],
      ['x-ray', true],
      ['U.S', false],
      ['3', false],
      ['rd', true],
    ]);
  });
});
