import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binaryRatio, detectFormat } from './detect.js';

describe('detectFormat', () => {
  it('detects HTML documents and fragments', () => {
    expect(detectFormat('<!DOCTYPE html><html><body><p>Hi</p></body></html>')).toBe('html');
    expect(detectFormat('<div><p>One</p><p>Two</p></div>')).toBe('html');
  });

  it('detects Markdown by its strong signals', () => {
    expect(detectFormat('# Title\n\nText')).toBe('markdown');
    expect(detectFormat('See [the report](https://example.com/r).')).toBe('markdown');
    expect(detectFormat('---\ntitle: x\n---\n\nText')).toBe('markdown');
  });

  it('keeps prose with stray symbols as text', () => {
    expect(detectFormat('Headline\n\nShe said 2 * 3 is six and that was that.\n\n1. Not a list really')).toBe('text');
    expect(detectFormat('[A bracketed related headline]\n\nBody text.')).toBe('text');
  });
});

describe('binaryRatio', () => {
  it('is high for control characters and zero for prose', () => {
    expect(binaryRatio('\u0000\u0001\u0002abc')).toBeGreaterThan(0.4);
    expect(binaryRatio('Plain prose.\n')).toBe(0);
  });

  it('counts every control character but tab and line breaks, DEL and U+FFFD', () => {
    const odd = (c: number) => (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || c === 0x7f;
    const piece = fc.oneof(fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), fc.constantFrom('\ufffd', '\u0085', 'é', 'word '));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const expected = text.length === 0 ? 0 : [...text].filter((ch) => odd(ch.charCodeAt(0))).length / text.length;
        expect(binaryRatio(text)).toBeCloseTo(expected, 12);
      }),
    );
  });
});
