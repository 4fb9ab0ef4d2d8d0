import type { Point } from 'unist';
import { isSpace } from '../analysis/chars.js';

/**
 * The lines of an input as offsets, without their terminators (LF, CRLF and CR alike): line `i` spans
 * `[starts[i], ends[i])`, and `[textStarts[i], textEnds[i])` without the white space around it (equal for a
 * blank line). Numbers only: a text page may have a million lines, and an object per line is what the garbage
 * collector then spends its time on.
 */
export interface LineTable {
  starts: number[];
  ends: number[];
  textStarts: number[];
  textEnds: number[];
}

/** Splits `source` into lines. */
export function lineTable(source: string): LineTable {
  const table: LineTable = { starts: [], ends: [], textStarts: [], textEnds: [] };
  const add = (start: number, end: number) => {
    let textStart = start;
    while (textStart < end && isSpace(source.charCodeAt(textStart))) textStart++;
    let textEnd = end;
    while (textEnd > textStart && isSpace(source.charCodeAt(textEnd - 1))) textEnd--;
    table.starts.push(start);
    table.ends.push(end);
    table.textStarts.push(textStart);
    table.textEnds.push(textEnd);
  };
  let start = 0;
  if (!source.includes('\r')) {
    // Line feeds alone, the common case: found by the engine's own search.
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) {
      add(start, i);
      start = i + 1;
    }
  } else {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      add(start, i);
      if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  add(start, source.length);
  return table;
}

/** The unist point (1-based line and column) of `offset`, which lies on line `line` (0-based) of the table. */
export function pointOn(table: LineTable, line: number, offset: number): Point {
  return { line: line + 1, column: offset - table.starts[line]! + 1, offset };
}
