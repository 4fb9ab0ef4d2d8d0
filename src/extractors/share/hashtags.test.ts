import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHashtag } from './hashtags.js';

/** The Unicode reading alone, which the ASCII one must equal on ASCII names. */
function byUnicodeClasses(name: string): string | null {
  if (name.length > 100) return null;
  const words = name.normalize('NFKC').replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const body = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /\p{L}/u.test(body) && body.length <= 60 ? `#${body}` : null;
}

describe('toHashtag', () => {
  it('joins capitalised words and drops marks', () => {
    expect(toHashtag('Kim Jong Un')).toBe('#KimJongUn');
    expect(toHashtag("St. Mary's")).toBe('#StMarys');
    expect(toHashtag('São Paulo')).toBe('#SãoPaulo');
    expect(toHashtag('2024')).toBeNull();
  });

  it('reads an ASCII name as the Unicode classes do', () => {
    const piece = fc.constantFrom('a', 'Z', 'q', '7', "'", '.', '-', ' ', '_', '#', 'New', 'york', '\t');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const name = pieces.join('');
        expect(toHashtag(name)).toBe(byUnicodeClasses(name));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 120 }), (name) => toHashtag(name) === byUnicodeClasses(name)));
  });
});
