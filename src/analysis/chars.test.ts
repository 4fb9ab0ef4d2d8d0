import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpaces, isBlank, isGeneralPunctuation, trimmedLength } from './chars.js';

describe('collapseSpaces', () => {
  it('gives what replace(/\\s+/g, " ") gives, for any mix of spaces and text', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'a', 'word', '.', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, ' '));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => collapseSpaces(text) === text.replace(/\s+/g, ' ')));
  });

  it('returns a text whose spaces are all single as it is', () => {
    expect(collapseSpaces('one two three')).toBe('one two three');
    expect(collapseSpaces(' a \n b\t\tc ')).toBe(' a b c ');
  });
});

describe('trimmedLength and isBlank', () => {
  it('agree with trim() on any text', () => {
    const piece = fc.constantFrom(' ', '\n', '\t', '\u000b', '\u00a0', '\u1680', '\u2000', '\u200a', '\u200b', '\u180e', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', 'a', 'é', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        expect(trimmedLength(text)).toBe(text.trim().length);
        expect(isBlank(text)).toBe(text.trim() === '');
      }),
      { numRuns: 3000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => trimmedLength(text) === text.trim().length && isBlank(text) === (text.trim() === '')));
  });
});

describe('isGeneralPunctuation', () => {
  it('holds no letter, mark or digit, so a letter test may answer no for it without its class', () => {
    let held = 0;
    for (let code = 0; code <= 0xffff; code++) {
      if (!isGeneralPunctuation(code)) continue;
      held++;
      expect(/[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(code))).toBe(false);
    }
    expect(held).toBe(0x70);
    expect(isGeneralPunctuation('’'.charCodeAt(0))).toBe(true);
    expect(isGeneralPunctuation('é'.charCodeAt(0))).toBe(false);
  });
});
