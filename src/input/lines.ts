/** One line of the input, without its terminator. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

const TERMINATOR = /\r\n|\r|\n/g;

/** Splits on LF, CRLF and CR alike, keeping offsets into `source`. */
export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(source); m; m = TERMINATOR.exec(source)) {
    lines.push({ text: source.slice(start, m.index), start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ text: source.slice(start), start, end: source.length });
  return lines;
}

/** Maps offsets to 1-based line and column, for unist positions. */
export function createLocator(source: string): (offset: number) => { line: number; column: number; offset: number } {
  const starts = [0];
  if (!source.includes('\r')) {
    // Line feeds alone, the common case: found by the engine's own search.
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  } else {
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1, offset };
  };
}
