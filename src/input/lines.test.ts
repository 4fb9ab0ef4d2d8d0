import { describe, expect, it } from 'vitest';
import { createLocator, splitLines } from './lines.js';

describe('splitLines', () => {
  it('splits on LF, CRLF and CR with offsets', () => {
    expect(splitLines('a\r\nb\rc\nd')).toEqual([
      { text: 'a', start: 0, end: 1 },
      { text: 'b', start: 3, end: 4 },
      { text: 'c', start: 5, end: 6 },
      { text: 'd', start: 7, end: 8 },
    ]);
  });
});

describe('createLocator', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const locate = createLocator('ab\ncd\r\nef');
    expect(locate(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(locate(4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(locate(7)).toEqual({ line: 3, column: 1, offset: 7 });
  });
});
