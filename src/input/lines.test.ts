import { describe, expect, it } from 'vitest';
import { lineTable, pointOn } from './lines.js';

describe('lineTable', () => {
  it('splits on LF, CRLF and CR with offsets, and trims each line as String#trim does', () => {
    expect(lineTable('a\r\nb\rc\nd')).toEqual({ starts: [0, 3, 5, 7], ends: [1, 4, 6, 8], textStarts: [0, 3, 5, 7], textEnds: [1, 4, 6, 8] });
    const source = ' \u00a0x y\u3000\n\t\n\ufeffz\u2028 ';
    const table = lineTable(source);
    const lines = source.split('\n');
    expect(table.starts.map((start, i) => source.slice(start, table.ends[i]))).toEqual(lines);
    expect(table.textStarts.map((start, i) => source.slice(start, table.textEnds[i]))).toEqual(lines.map((line) => line.trim()));
  });

  it('gives 1-based lines and columns', () => {
    const table = lineTable('ab\ncd\r\nef');
    expect(pointOn(table, 0, 0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(pointOn(table, 1, 4)).toEqual({ line: 2, column: 2, offset: 4 });
    expect(pointOn(table, 2, 7)).toEqual({ line: 3, column: 1, offset: 7 });
  });
});
