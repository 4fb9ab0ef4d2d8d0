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
});
