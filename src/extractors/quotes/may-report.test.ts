import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMayReportPattern, CUE_WORDS, HEADLINE_CUE, HEADLINE_CUE_WORD, mayReport, scanMayReport } from './index.js';

const CUES = [...CUE_WORDS];
const MAY_REPORT = buildMayReportPattern();

describe('mayReport', () => {
  it('finds a cue word in any case, not inside a longer word, before and after the pattern is compiled', () => {
    for (let i = 0; i < 300; i++) expect(mayReport(i % 2 ? 'The minister SAID nothing more.' : 'The ferry left at noon.')).toBe(i % 2 === 1);
  });

  it('scans as the pattern answers', () => {
    expect(scanMayReport('The minister SAID nothing more.')).toBe(true);
    expect(scanMayReport('Officials Warned on Tuesday')).toBe(true);
    expect(scanMayReport('A saidx and xsaid and said_ and 2said')).toBe(false);
    expect(scanMayReport('The ferry left at noon.')).toBe(false);
    expect(scanMayReport('He wrote “nothing” at all')).toBe(true);
    expect(scanMayReport("it's a dog's life")).toBe(false);
  });

  it('answers as the pattern of every cue word does, for any text', () => {
    expect(MAY_REPORT.test('nothing pointed out')).toBe(true);
    const cue = fc.constantFrom(...CUES).map((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)));
    const piece = fc.oneof(
      cue.chain((w) => w),
      fc.constantFrom(' ', '  ', '\n', '_', '1', 'x', 'É', 'é', 'ſ', 'K', '’', "'", '“', '(', '-', '.', 'the', 'ferry', 'sa', 'id'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(scanMayReport(text)).toBe(MAY_REPORT.test(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => scanMayReport(text) === MAY_REPORT.test(text)));
  });
});

describe('HEADLINE_CUE_WORD', () => {
  it('is in every headline HEADLINE_CUE matches, so that asking it first loses none', () => {
    const word = fc.constantFrom('Trump', 'Ann', 'Lee', 'McCain', 'O’Neil', 'Jean-Luc', 'É', 'Ünal', 'says', 'Says', 'said', 'Say', 'It', 'Is', 'it', 'is', 'Tells', 'Warns', 'insist', 'Hopes', 'Calls', 'Biden', 'x');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 7 }), fc.constantFrom(' ', ': ', ' now'), (words, end) => {
        const text = words.join(' ') + end;
        if (HEADLINE_CUE.test(text)) expect(HEADLINE_CUE_WORD.test(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(HEADLINE_CUE.test('Trump Says It Is over')).toBe(true);
    expect(HEADLINE_CUE_WORD.test('Trump Says It Is over')).toBe(true);
    expect(HEADLINE_CUE_WORD.test('Flowers bloom early')).toBe(false);
  });
});
