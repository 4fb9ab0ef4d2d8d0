import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COGNITION_CUES, DIRECTIVE_CUES, OBJECT_CUES, SPEECH_CUES } from './cues.js';
import { HEADLINE_CUE, HEADLINE_CUE_WORD, mayReport } from './index.js';

const CUES = [...SPEECH_CUES, ...COGNITION_CUES, ...DIRECTIVE_CUES.keys(), ...OBJECT_CUES.keys(), 'according', 'point', 'points', 'pointed', 'pointing'];

/** The one pattern the scan replaces: a quote mark, or a cue word between word boundaries, any case. */
const MAY_REPORT = new RegExp(`["“”«»„‘]|''|(?:^|[\\s(])'|\\b(?:${[...CUES].sort((a, b) => b.length - a.length).join('|')})\\b`, 'i');

describe('mayReport', () => {
  it('finds a cue word in any case, not inside a longer word', () => {
    expect(mayReport('The minister SAID nothing more.')).toBe(true);
    expect(mayReport('Officials Warned on Tuesday')).toBe(true);
    expect(mayReport('A saidx and xsaid and said_ and 2said')).toBe(false);
    expect(mayReport('The ferry left at noon.')).toBe(false);
    expect(mayReport('He wrote “nothing” at all')).toBe(true);
    expect(mayReport("it's a dog's life")).toBe(false);
  });

  it('answers as the pattern of every cue word does, for any text', () => {
    const cue = fc.constantFrom(...CUES).map((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)));
    const piece = fc.oneof(
      cue.chain((w) => w),
      fc.constantFrom(' ', '  ', '\n', '_', '1', 'x', 'É', 'é', 'ſ', 'K', '’', "'", '“', '(', '-', '.', 'the', 'ferry', 'sa', 'id'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(mayReport(text)).toBe(MAY_REPORT.test(text));
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => mayReport(text) === MAY_REPORT.test(text)));
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
