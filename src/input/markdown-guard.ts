/**
 * One linear pass over Markdown before remark reads it. remark-parse (micromark) costs far more than
 * linear in several shapes: container nesting depth, runs of emphasis delimiters and brackets, many
 * lines or blocks in one document (setext headings, lazy lines, tight lists), wide tables. The pass
 * cuts the input into chunks at places where CommonMark starts afresh (a blank line followed by a line
 * at column 0, outside fenced code and the HTML blocks that span blank lines), so remark only ever
 * parses a bounded stretch, and marks the stretches that exceed a bound to be read as plain text.
 * Measurements behind the bounds: docs/architecture.md, "Hostile input".
 */

/** The bounds past which a stretch is read as plain text or cut. */
export interface MarkdownLimits {
  depth: number;
  delimiters: number;
  markup: number;
  unitLines: number;
  unitChars: number;
  maxUnitLines: number;
  maxUnitChars: number;
  chunkLines: number;
  chunkChars: number;
  /** What remark may spend on one input, in plain characters (see `remarkCost`). */
  budget: number;
}

/** The bounds in use; measurements in docs/architecture.md. */
export const MARKDOWN_LIMITS: MarkdownLimits = {
  /** Container depth of a line: `>` and list markers at its start, plus its indentation in steps of two columns. */
  depth: 32,
  /** Emphasis delimiters (`*`, `_`, `~`) in one unit. */
  delimiters: 4000,
  /** Brackets, backticks, `<` and `|` in one unit, each counted alone. */
  markup: 4000,
  /** A unit is cut at the next line starting at column 0 once it has this many lines or characters. */
  unitLines: 400,
  unitChars: 32 * 1024,
  /** A unit that found no place to be cut is read as plain text past these. */
  maxUnitLines: 2000,
  maxUnitChars: 256 * 1024,
  /** Units are parsed together up to these sizes. */
  chunkLines: 400,
  chunkChars: 32 * 1024,
  budget: 500_000,
};

export type DegradeReason = 'markdown-too-deep' | 'markdown-too-many-delimiters' | 'markdown-block-too-long' | 'markdown-too-large';

/** A stretch of the input: parsed by remark (`plain: false`) or read as plain text. */
export interface MarkdownSegment {
  start: number;
  end: number;
  /** The line number (1-based) `start` is on. */
  line: number;
  plain: DegradeReason | false;
}

export interface MarkdownPlan {
  segments: MarkdownSegment[];
  /** Link and footnote definitions by normalised label: where they are and their first line's text. */
  definitions: Map<string, { start: number; text: string }>;
  /** Units cut inside a block (a paragraph, list or table continued past the cut). */
  cuts: number;
  /** The line number of the input's end. */
  endLine: number;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

interface Unit {
  start: number;
  line: number;
  lines: number;
  depth: number;
  delimiters: number;
  brackets: number;
  backticks: number;
  angles: number;
  pipes: number;
  ats: number;
  definitions: number;
}

const newUnit = (start: number, line: number): Unit => ({
  start,
  line,
  lines: 0,
  depth: 0,
  delimiters: 0,
  brackets: 0,
  backticks: 0,
  angles: 0,
  pipes: 0,
  ats: 0,
  definitions: 0,
});

function verdict(unit: Unit, end: number, limits: MarkdownLimits): DegradeReason | false {
  if (unit.depth > limits.depth) return 'markdown-too-deep';
  if (unit.delimiters > limits.delimiters) return 'markdown-too-many-delimiters';
  const markup = Math.max(unit.brackets, unit.backticks, unit.angles, unit.pipes, unit.ats);
  if (markup > limits.markup) return 'markdown-too-many-delimiters';
  if (unit.lines > limits.maxUnitLines || end - unit.start > limits.maxUnitChars) return 'markdown-block-too-long';
  return false;
}

/** Reads `source` once and plans how to parse it. */
export function planMarkdown(source: string, limits: MarkdownLimits = MARKDOWN_LIMITS): MarkdownPlan {
  const segments: MarkdownSegment[] = [];
  const definitions = new Map<string, { start: number; text: string }>();
  let cuts = 0;
  const length = source.length;

  const units: Array<{ unit: Unit; end: number; plain: DegradeReason | false; cost: number }> = [];
  const closeUnit = (unit: Unit, end: number) => {
    if (end > unit.start) units.push({ unit, end, plain: verdict(unit, end, limits), cost: remarkCost(unit, end) });
  };

  let lineNumber = 1;
  let position = 0;
  // Front matter belongs to the first unit whatever its size: YAML's own limits guard it.
  const frontMatterEnd = frontMatterLength(source);
  let unit = newUnit(0, 1);
  let previousBlank = false;
  let fence: { char: number; length: number } | null = null;
  let htmlEnd: RegExp | null = null;

  for (;;) {
    const lineEnd = lineEndAt(source, position);
    const next = nextLine(source, lineEnd);
    const first = source.charCodeAt(position);
    const blank = isBlank(source, position, lineEnd);
    const literal = fence !== null || htmlEnd !== null || position < frontMatterEnd;

    if (!literal && !blank && first !== SPACE && first !== TAB && unit.lines > 0) {
      // CommonMark starts afresh at a column-0 line after a blank line. A long unit is also cut before
      // any column-0 line that cannot underline the line before it (a paragraph or list goes on as a new one).
      const long = unit.lines >= limits.unitLines || position - unit.start >= limits.unitChars;
      if (previousBlank || (long && !isUnderline(source, position, lineEnd))) {
        if (!previousBlank) cuts++;
        closeUnit(unit, position);
        unit = newUnit(position, lineNumber);
      }
    }

    unit.lines++;
    if (position < frontMatterEnd) {
      // Front matter: YAML, read by the yaml package.
    } else if (fence) {
      if (closesFence(source, position, lineEnd, fence)) fence = null;
    } else if (htmlEnd) {
      if (htmlEnd.test(source.slice(position, lineEnd))) htmlEnd = null;
    } else if (!blank) {
      const prefix = containerPrefix(source, position, lineEnd);
      unit.depth = Math.max(unit.depth, prefix.depth);
      const content = prefix.end;
      // Fenced code and raw HTML only hold across blank lines at the top level; inside a container
      // the blank line and the column-0 line after it close them anyway.
      if (prefix.markers === 0 && prefix.columns < 4) {
        fence = opensFence(source, content, lineEnd);
        if (!fence && source.charCodeAt(content) === 60 /* < */) htmlEnd = opensHtmlBlock(source, content, lineEnd);
      }
      if (source.charCodeAt(content) === 91 /* [ */ && readDefinition(source, content, lineEnd, definitions)) unit.definitions++;
      countMarkup(source, content, lineEnd, unit);
    }
    previousBlank = blank && !literal;
    if (next >= source.length) break;
    lineNumber++;
    position = next;
  }
  // A final line terminator opens one more, empty line.
  if (length > 0 && lineEndAt(source, position) < length) lineNumber++;
  closeUnit(unit, length);
  overBudget(units, limits.budget);
  return { segments: chunks(units, limits), definitions, cuts, endLine: lineNumber };
}

/**
 * What remark spends on a unit, in units of one character of prose: measured, a line or a markup
 * character costs about a hundred, a definition about four hundred.
 */
function remarkCost(unit: Unit, end: number): number {
  const markup = unit.delimiters + unit.brackets + unit.backticks + unit.angles + unit.pipes + unit.ats;
  return end - unit.start + 100 * (unit.lines + markup) + 400 * unit.definitions;
}

/** Past the budget, the units costliest per character are read as plain text, until the rest fits. */
function overBudget(units: Array<{ unit: Unit; end: number; plain: DegradeReason | false; cost: number }>, budget: number): void {
  let total = 0;
  for (const u of units) if (!u.plain) total += u.cost;
  if (total <= budget) return;
  const byDensity = units.filter((u) => !u.plain).sort((a, b) => b.cost / (b.end - b.unit.start) - a.cost / (a.end - a.unit.start));
  for (const u of byDensity) {
    if (total <= budget) break;
    u.plain = 'markdown-too-large';
    total -= u.cost;
  }
}

/** Groups units remark may read into chunks up to the chunk bounds; neighbouring plain units of one reason merge. */
function chunks(units: Array<{ unit: Unit; end: number; plain: DegradeReason | false }>, limits: MarkdownLimits): MarkdownSegment[] {
  const segments: MarkdownSegment[] = [];
  let lines = 0;
  for (const { unit, end, plain } of units) {
    const last = segments[segments.length - 1];
    if (last && last.plain === plain) {
      const fits = plain !== false || (lines + unit.lines <= limits.chunkLines && end - last.start <= limits.chunkChars);
      if (fits) {
        last.end = end;
        lines += unit.lines;
        continue;
      }
    }
    segments.push({ start: unit.start, end, line: unit.line, plain });
    lines = unit.lines;
  }
  return segments;
}

function isBlank(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** A line of only `=` or only `-` (with trailing space): a setext underline the cut would orphan. */
function isUnderline(source: string, start: number, end: number): boolean {
  const c = source.charCodeAt(start);
  if (c !== 61 && c !== 45) return false;
  let i = start;
  while (i < end && source.charCodeAt(i) === c) i++;
  return isBlank(source, i, end);
}

/** The length of a YAML front matter block at the very start (`---` … `---`), else 0. */
function frontMatterLength(source: string): number {
  if (!source.startsWith('---')) return 0;
  const firstEnd = lineEndAt(source, 0);
  if (!isBlank(source, 3, firstEnd)) return 0;
  let position = nextLine(source, firstEnd);
  while (position < source.length) {
    const end = lineEndAt(source, position);
    if (source.startsWith('---', position) && isBlank(source, position + 3, end)) return nextLine(source, end);
    position = nextLine(source, end);
  }
  return 0;
}

function lineEndAt(source: string, position: number): number {
  let i = position;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (c === LF || c === CR) break;
    i++;
  }
  return i;
}

function nextLine(source: string, lineEnd: number): number {
  if (lineEnd >= source.length) return source.length;
  return lineEnd + (source.charCodeAt(lineEnd) === CR && source.charCodeAt(lineEnd + 1) === LF ? 2 : 1);
}

/**
 * Where a line's content starts after its container markers (`>`, `-`, `+`, `*`, `1.`, `1)`) and
 * indentation, and how deep it nests: one per marker plus one per two columns of indentation.
 */
export function containerPrefix(
  source: string,
  start: number,
  end: number,
): { end: number; depth: number; markers: number; columns: number } {
  let i = start;
  let markers = 0;
  let columns = 0;
  for (;;) {
    while (i < end) {
      const c = source.charCodeAt(i);
      if (c === SPACE) columns++;
      else if (c === TAB) columns += 4 - (columns % 4);
      else break;
      i++;
    }
    if (i >= end) break;
    const c = source.charCodeAt(i);
    if (c === 62 /* > */) {
      markers++;
      i = skipOneSpace(source, i + 1, end);
      continue;
    }
    const after = i + 1 < end ? source.charCodeAt(i + 1) : SPACE;
    const spaced = after === SPACE || after === TAB;
    if ((c === 45 || c === 43 || c === 42) && spaced) {
      markers++;
      i = skipOneSpace(source, i + 1, end);
      continue;
    }
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(source.charCodeAt(j))) j++;
      const mark = source.charCodeAt(j);
      const afterMark = j + 1 < end ? source.charCodeAt(j + 1) : SPACE;
      if ((mark === 46 || mark === 41) && (afterMark === SPACE || afterMark === TAB)) {
        markers++;
        i = skipOneSpace(source, j + 1, end);
        continue;
      }
    }
    break;
  }
  return { end: i, depth: markers + (columns >> 1), markers, columns };
}

/** The space after a container marker belongs to the marker, not to the indentation. */
function skipOneSpace(source: string, i: number, end: number): number {
  return i < end && source.charCodeAt(i) === SPACE ? i + 1 : i;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function opensFence(source: string, start: number, end: number): { char: number; length: number } | null {
  const c = source.charCodeAt(start);
  if (c !== 96 && c !== 126) return null;
  let i = start;
  while (i < end && source.charCodeAt(i) === c) i++;
  if (i - start < 3) return null;
  if (c === 96 && source.slice(i, end).includes('`')) return null;
  return { char: c, length: i - start };
}

function closesFence(source: string, start: number, end: number, fence: { char: number; length: number }): boolean {
  let i = start;
  while (i < end && i - start < 4 && source.charCodeAt(i) === SPACE) i++;
  if (i - start > 3) return false;
  const open = i;
  while (i < end && source.charCodeAt(i) === fence.char) i++;
  return i - open >= fence.length && isBlank(source, i, end);
}

const HTML_RAW = /^<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
const HTML_BLOCKS: Array<[RegExp, RegExp]> = [
  [HTML_RAW, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/** The end marker of an HTML block that spans blank lines (CommonMark kinds 1–5) opening here and not closed on this line. */
function opensHtmlBlock(source: string, start: number, end: number): RegExp | null {
  const line = source.slice(start, Math.min(end, start + 12));
  for (const [open, close] of HTML_BLOCKS) {
    if (!open.test(line)) continue;
    const rest = source.slice(start + 2, end);
    return close.test(rest) ? null : close;
  }
  return null;
}

function countMarkup(source: string, start: number, end: number, unit: Unit): void {
  for (let i = start; i < end; i++) {
    switch (source.charCodeAt(i)) {
      case 42: // *
      case 95: // _
      case 126: // ~
        unit.delimiters++;
        break;
      case 91: // [
      case 93: // ]
        unit.brackets++;
        break;
      case 96: // `
        unit.backticks++;
        break;
      case 60: // <
        unit.angles++;
        break;
      case 124: // |
        unit.pipes++;
        break;
      case 64: // @, which GFM's e-mail autolinks look back from
        unit.ats++;
        break;
      default:
    }
  }
}

/** Records a link or footnote definition (`[label]: …`) starting at `start`. */
function readDefinition(source: string, start: number, end: number, definitions: MarkdownPlan['definitions']): boolean {
  const close = labelEnd(source, start, end);
  if (close < 0 || source.charCodeAt(close + 1) !== 58 /* : */) return false;
  const label = normaliseLabel(source.slice(start + 1, close));
  if (label !== '' && !definitions.has(label)) definitions.set(label, { start, text: source.slice(start, end) });
  return true;
}

/** The index of the `]` closing a label opened at `start` (no unescaped brackets inside, at most 999 characters), else -1. */
export function labelEnd(source: string, start: number, end: number): number {
  const limit = Math.min(end, start + 1001);
  for (let i = start + 1; i < limit; i++) {
    const c = source.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 91) return -1;
    else if (c === 93) return i;
  }
  return -1;
}

/** A label as CommonMark matches it: white space collapsed, case folded. */
export function normaliseLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase();
}
