/**
 * Pairs quotation marks in one block of text, in a single pass with a stack, so that
 * unbalanced or deeply nested marks cost linear time.
 */

/** A pair of quotation marks: offsets into the text, `open` at the opening mark, `close` at the closing mark. */
export interface QuotePair {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the opening mark (where the content starts). */
  contentStart: number;
  /** Offset of the closing mark (where the content ends); the text's length when unclosed. */
  contentEnd: number;
  /** Offset just past the closing mark. */
  close: number;
  /** `double` for “…”, "…", ''…'' and «…»; `single` for ‘…’ and '…'. */
  family: 'double' | 'single';
  /** How many pairs enclose this one (0 = top level). */
  depth: number;
  /** Whether the block ended before a closing mark. */
  unclosed: boolean;
}

interface Mark {
  at: number;
  length: number;
  family: 'double' | 'single';
  /** `straight` marks (" and '') open or close by context. */
  role: 'open' | 'close' | 'straight';
}

const LETTER = /[\p{L}\p{N}]/u;
const MARK = /["“”«»„‘’']/g;
const SPACE_OR_OPENER = /[\s([{\u2014\u2013\-/“‘«"']/u;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c);
}

/** The quotation marks of a text, classified by shape and context. */
function scanMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  // Jump from mark to mark: most characters are none.
  MARK.lastIndex = 0;
  for (let found = MARK.exec(text); found; found = MARK.exec(text)) {
    let i = found.index;
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1] : undefined;
    const next = text[i + 1];
    switch (c) {
      case '“':
      case '«':
      case '„':
        marks.push({ at: i, length: 1, family: 'double', role: 'open' });
        break;
      case '”':
      case '»':
        marks.push({ at: i, length: 1, family: 'double', role: 'close' });
        break;
      case '"':
        marks.push({ at: i, length: 1, family: 'double', role: 'straight' });
        break;
      case '‘':
        // ‘ also spells an elided year or word (‘90s, ‘em): an opener only before a letter run that later closes.
        marks.push({ at: i, length: 1, family: 'single', role: 'open' });
        break;
      case '’':
      case "'": {
        if (c === "'" && next === "'") {
          // The NYT's doubled apostrophes stand for a double quotation mark.
          marks.push({ at: i, length: 2, family: 'double', role: 'straight' });
          i++;
          MARK.lastIndex = i + 1;
          break;
        }
        // Between letters it is an apostrophe (don’t, O’Brien).
        if (isLetter(prev) && isLetter(next)) break;
        if (c === "'" && (prev === undefined || SPACE_OR_OPENER.test(prev)) && isLetter(next)) {
          marks.push({ at: i, length: 1, family: 'single', role: 'open' });
        } else if (prev !== undefined && !/\s/.test(prev)) {
          marks.push({ at: i, length: 1, family: 'single', role: 'close' });
        }
        break;
      }
      default:
        break;
    }
  }
  return marks;
}

interface Open {
  mark: Mark;
  depth: number;
}

/**
 * The quotation-mark pairs of a text, outermost first within reading order. A closing
 * mark with no opener is ignored (a stray apostrophe, a typo); an opener still open at the
 * end of the text yields an `unclosed` pair running to the end, but only at the top level.
 */
export function pairQuotes(text: string): QuotePair[] {
  const pairs: QuotePair[] = [];
  const stack: Open[] = [];
  let doubles = 0;
  let straights = 0;
  const pop = (): Open => {
    const top = stack.pop()!;
    if (top.mark.family === 'double') doubles--;
    if (top.mark.role === 'straight') straights--;
    return top;
  };
  const push = (mark: Mark) => {
    stack.push({ mark, depth: stack.length });
    if (mark.family === 'double') doubles++;
    if (mark.role === 'straight') straights++;
  };
  const record = (open: Open, close: Mark) => {
    pairs.push({
      open: open.mark.at,
      contentStart: open.mark.at + open.mark.length,
      contentEnd: close.at,
      close: close.at + close.length,
      family: open.mark.family,
      depth: open.depth,
      unclosed: false,
    });
  };
  for (const mark of scanMarks(text)) {
    if (mark.family === 'single') {
      if (mark.role === 'open') push(mark);
      // A closing single mark closes only a single opener on top; otherwise it is an apostrophe.
      else if (stack.length && stack[stack.length - 1]!.mark.family === 'single') record(pop(), mark);
      continue;
    }
    const closes = mark.role === 'close' || (mark.role === 'straight' && straights > 0 && closesHere(text, mark));
    if (!closes) {
      if (mark.role === 'close') continue;
      // Straight marks do not nest: an opener while one is open means the writer (or a lost paragraph
      // break) left the first unclosed, so it ends where the next begins.
      if (mark.role === 'straight' && straights > 0) {
        while (stack[stack.length - 1]!.mark.role !== 'straight') pop();
        const open = pop();
        let end = mark.at;
        while (end > open.mark.at + open.mark.length && /\s/u.test(text[end - 1]!)) end--;
        record(open, { at: end, length: 0, family: 'double', role: 'close' });
      }
      push(mark);
      continue;
    }
    if (doubles === 0) continue;
    // Unmatched single openers above the double opener are apostrophes: drop them (each once, so linear).
    while (stack.length && stack[stack.length - 1]!.mark.family !== 'double') pop();
    record(pop(), mark);
  }
  // The outermost opener left open runs to the end of the text.
  const bottom = stack.find((o) => o.mark.family === 'double' && o.depth === 0);
  if (bottom) {
    pairs.push({
      open: bottom.mark.at,
      contentStart: bottom.mark.at + bottom.mark.length,
      contentEnd: text.length,
      close: text.length,
      family: 'double',
      depth: 0,
      unclosed: true,
    });
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** A straight mark closes unless it plainly opens (after a space, before a letter). */
function closesHere(text: string, mark: Mark): boolean {
  const prev = mark.at > 0 ? text[mark.at - 1]! : ' ';
  const next = text[mark.at + mark.length];
  return !(/\s/.test(prev) && isLetter(next));
}
