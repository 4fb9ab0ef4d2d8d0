import type { Link, Nodes, Root, RootContent, Text } from 'mdast';
import type {} from '../input/source-map.js';

/** A link inside a block: its text, target and source offsets. */
export interface BlockLink {
  text: string;
  url: string;
  start: number;
  end: number;
}

/**
 * One leaf block of the document (a paragraph, heading, list item's paragraph, table
 * row, code or HTML block) with its text stripped of markup and a map back to the source.
 */
export interface Block {
  index: number;
  type: 'paragraph' | 'heading' | 'code' | 'html' | 'table-row';
  /** Heading depth 1–6; null for other blocks. */
  depth: number | null;
  /** The block's text, markup removed; inline breaks become `\n`. */
  text: string;
  /** Source offsets of the whole block, markup included. */
  start: number;
  end: number;
  inList: boolean;
  inBlockquote: boolean;
  links: BlockLink[];
  node: RootContent;
  /**
   * Maps an offset into `text` to an offset into the source. Where markup sits between
   * two characters, `start` (the default) maps to after it and `end` to before it.
   */
  toSource(offset: number, bias?: 'start' | 'end'): number;
  /** Maps a source offset to the first offset into `text` that maps at or past it. */
  toText(source: number): number;
}

/**
 * A block's segments, flat: four numbers each, `[text offset, source offset, text length, source length]`. An
 * entity bomb's paragraph has a million segments: one array of numbers, not a million objects to trace.
 */
type Segments = number[];

/**
 * The source map of a block that is one text node, read in place: pairs `[text offset, source offset]`, a
 * segment ending where the next starts, the last at the text's end and at `end` in the source.
 */
interface NodeMap {
  pairs: readonly number[];
  end: number;
}

interface Walk {
  inList: boolean;
  inBlockquote: boolean;
}

/**
 * The document's leaf blocks in reading order. Iterative: a tree from elsewhere (the unified plugin) may nest without bound.
 * With the Markdown `source`, code and HTML blocks map their value line by line (it drops fences, indentation and
 * container prefixes); without it, from the block's start.
 */
export function collectBlocks(tree: Root, source?: string): Block[] {
  const blocks: Block[] = [];
  const stack: Array<[Nodes, Walk]> = [[tree, { inList: false, inBlockquote: false }]];
  const pushChildren = (children: readonly Nodes[], walk: Walk) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, walk]);
  };
  while (stack.length > 0) {
    const [node, walk] = stack.pop()!;
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        blocks.push(inlineBlock(node, node.type, node.type === 'heading' ? node.depth : null, walk, blocks.length));
        break;
      case 'tableRow':
        blocks.push(inlineBlock(node, 'table-row', null, walk, blocks.length));
        break;
      case 'code':
      case 'html': {
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        const lines = source === undefined ? undefined : literalLines(node.value, source, start, end);
        blocks.push(new LiteralBlock(node, node.type, node.value, start, end, walk, blocks.length, lines));
        break;
      }
      case 'list':
      case 'listItem':
        pushChildren(node.children, walk.inList ? walk : { ...walk, inList: true });
        break;
      case 'blockquote':
        pushChildren(node.children, walk.inBlockquote ? walk : { ...walk, inBlockquote: true });
        break;
      case 'root':
      case 'table':
      case 'footnoteDefinition':
        pushChildren(node.children as Nodes[], walk);
        break;
      default:
    }
  }
  return blocks;
}

/**
 * A code or HTML block. Its value drops fences and indentation, so offsets map to where each of its lines sits in
 * the source (`lines`, when known). Blocks are class instances, their maps on the prototype: a page may have a
 * million of them, and a closure pair per block doubled what the garbage collector had to trace.
 */
class LiteralBlock implements Block {
  readonly depth = null;
  readonly links: BlockLink[] = [];
  readonly inList: boolean;
  readonly inBlockquote: boolean;

  constructor(
    readonly node: RootContent,
    readonly type: Block['type'],
    readonly text: string,
    readonly start: number,
    readonly end: number,
    walk: Walk,
    readonly index: number,
    private readonly lines?: LineMap,
  ) {
    this.inList = walk.inList;
    this.inBlockquote = walk.inBlockquote;
  }

  toSource(offset: number): number {
    const lines = this.lines;
    if (!lines) return Math.min(this.end, this.start + Math.max(0, offset));
    let lo = 0;
    let hi = lines.text.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines.text[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const source = lines.source[lo]!;
    // A line not found verbatim (a tab expanded to spaces) maps whole to its start, a boundary that splits nothing.
    if (!lines.exact[lo]) return source;
    return Math.min(this.end, source + Math.max(0, offset - lines.text[lo]!));
  }

  toText(source: number): number {
    return firstTextOffsetAt(this, source);
  }
}

/** Where each line of a literal block's value starts, in the value and in the source. */
interface LineMap {
  text: number[];
  source: number[];
  exact: boolean[];
}

/**
 * Finds each line of `value` at the end of a source line of the block, in order: Markdown only ever removes a line's
 * prefix (indentation, `>` markers) and whole fence lines. Undefined when the value sits verbatim at the start.
 */
function literalLines(value: string, source: string, start: number, end: number): LineMap | undefined {
  if (source.startsWith(value, start) && start + value.length <= end) return undefined;
  const map: LineMap = { text: [], source: [], exact: [] };
  let lineStart = start;
  let textStart = 0;
  for (;;) {
    const textEnd = lineEndIn(value, textStart, value.length);
    // A tab the line's indentation split comes out as spaces, which the source does not have: look for the rest.
    let lead = textStart;
    while (lead < textEnd && (value.charCodeAt(lead) === 32 || value.charCodeAt(lead) === 9)) lead++;
    const line = value.slice(lead, textEnd);
    // The line itself, or the one after it when the first is an opening fence: never a wider search, which
    // lines that are not found would make quadratic.
    let found = -1;
    let foundLine = -1;
    let candidate = lineStart;
    for (let tries = 0; tries < 2 && candidate <= end && found < 0; tries++) {
      const candidateEnd = lineEndIn(source, candidate, end);
      if (candidateEnd - candidate >= line.length && source.startsWith(line, candidateEnd - line.length)) {
        found = candidateEnd - line.length;
        foundLine = candidate;
        lineStart = nextLineStart(source, candidateEnd, end);
      }
      candidate = nextLineStart(source, candidateEnd, end);
    }
    if (found < 0) {
      // Not found: the line maps whole to where it should start, a boundary that splits nothing.
      map.text.push(textStart);
      map.source.push(Math.min(lineStart, end));
      map.exact.push(false);
      lineStart = nextLineStart(source, lineEndIn(source, lineStart, end), end);
    } else if (found - (lead - textStart) >= foundLine) {
      // The indentation maps onto the source line's own prefix: single code units either way.
      map.text.push(textStart);
      map.source.push(found - (lead - textStart));
      map.exact.push(true);
    } else {
      map.text.push(textStart, lead);
      map.source.push(found, found);
      map.exact.push(false, true);
    }
    if (textEnd >= value.length) return map;
    textStart = nextLineStart(value, textEnd, value.length);
  }
}

/** The end of the line that starts at `from`, before its line ending, at most `limit`. */
function lineEndIn(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) break;
    at++;
  }
  return at;
}

/** Past the line ending at `lineEnd` (LF, CR or CRLF); past `limit` when there is none. */
function nextLineStart(text: string, lineEnd: number, limit: number): number {
  if (lineEnd >= limit) return limit + 1;
  return lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
}

/** The first offset into a block's text that maps at or past `source`: toSource is monotonic, so a binary search. */
function firstTextOffsetAt(block: Block, source: number): number {
  let lo = 0;
  let hi = block.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (block.toSource(mid) < source) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A paragraph, heading or table row: its text with markup removed, and the segments that map it back to the source.
 */
class InlineBlock implements Block {
  readonly inList: boolean;
  readonly inBlockquote: boolean;

  constructor(
    readonly node: RootContent,
    readonly type: Block['type'],
    readonly depth: number | null,
    readonly text: string,
    readonly start: number,
    readonly end: number,
    walk: Walk,
    readonly index: number,
    readonly links: BlockLink[],
    private readonly segments: Segments | NodeMap,
  ) {
    this.inList = walk.inList;
    this.inBlockquote = walk.inBlockquote;
  }

  toSource(offset: number, bias: 'start' | 'end' = 'start'): number {
    const segments = this.segments;
    const flat = Array.isArray(segments);
    const numbers = flat ? segments : segments.pairs;
    const stride = flat ? 4 : 2;
    let lo = 0;
    let hi = numbers.length / stride - 1;
    if (hi < 0) return this.start;
    // With an end bias, an offset on a boundary belongs to the segment it closes.
    const limit = bias === 'end' ? offset - 1 : offset;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (numbers[mid * stride]! <= limit) lo = mid;
      else hi = mid - 1;
    }
    const at = lo * stride;
    const text = numbers[at]!;
    const source = numbers[at + 1]!;
    let length: number;
    let sourceLength: number;
    if (flat) {
      length = numbers[at + 2]!;
      sourceLength = numbers[at + 3]!;
    } else {
      const last = at + 2 >= numbers.length;
      length = (last ? this.text.length : numbers[at + 2]!) - text;
      sourceLength = (last ? (segments as NodeMap).end : numbers[at + 3]!) - source;
    }
    const within = offset - text;
    if (within < 0) return source;
    // Escapes and character references make a segment's source longer than its text: clamp, never overshoot.
    const mapped = within >= length ? source + sourceLength : source + Math.min(within, sourceLength);
    return Math.max(this.start, Math.min(this.end, mapped));
  }

  toText(source: number): number {
    return firstTextOffsetAt(this, source);
  }
}

function inlineBlock(node: RootContent, type: Block['type'], depth: number | null, walk: Walk, index: number): Block {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  // The common block, one run of text (every line of a text page), needs no walk.
  const only = children.length === 1 ? children[0]! : undefined;
  if (only?.type === 'text' && only.value !== '') {
    const pairs = only.data?.sourceMap;
    // A mapped text (an entity bomb's, a million pieces) is read through its own map, not copied.
    if (pairs) return new InlineBlock(node, type, depth, only.value, start, end, walk, index, [], { pairs, end: textEnd(only) });
    const segments: Segments = [];
    addSegments(segments, only, 0);
    return new InlineBlock(node, type, depth, only.value, start, end, walk, index, [], segments);
  }
  const segments: Segments = [];
  // The text in parts, joined once at the end: a link's text read off a growing string would flatten
  // it again at every link, quadratic in a paragraph of 100k links.
  const parts: string[] = [];
  let length = 0;
  const ended: Array<{ link: Link; from: number; to: number }> = [];
  const add = (value: string, start: number | undefined, end: number | undefined) => {
    if (value === '') return;
    // Without a position, the text follows the last segment's source.
    const source = start ?? (segments.length ? segments[segments.length - 3]! + segments[segments.length - 1]! : 0);
    segments.push(length, source, value.length, (end ?? source + value.length) - source);
    parts.push(value);
    length += value.length;
  };
  const addText = (child: Text) => {
    if (!child.data?.sourceMap) return add(child.value, child.position?.start.offset, child.position?.end.offset);
    addSegments(segments, child, length);
    parts.push(child.value);
    length += child.value.length;
  };
  // Iterative, children pushed in reverse; a link's entry comes back once its text is in, to record it.
  const stack: Array<Nodes | { linkEnd: Link; before: number }> = [];
  const pushChildren = (children: readonly Nodes[]) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  pushChildren(children);
  while (stack.length > 0) {
    const child = stack.pop()!;
    if ('linkEnd' in child) {
      ended.push({ link: child.linkEnd, from: child.before, to: length });
      continue;
    }
    switch (child.type) {
      case 'text':
        addText(child);
        break;
      case 'inlineCode':
        add(child.value, child.position?.start.offset, child.position?.end.offset);
        break;
      case 'break':
        add('\n', child.position?.start.offset, child.position?.end.offset);
        break;
      case 'tableCell':
        if (length > 0) add(' ', child.position?.start.offset, child.position?.start.offset);
        pushChildren(child.children);
        break;
      case 'link':
        stack.push({ linkEnd: child, before: length });
        pushChildren(child.children);
        break;
      default:
        if ('children' in child) pushChildren(child.children as Nodes[]);
    }
  }
  const text = parts.join('');
  const links = ended.map(({ link, from, to }) => ({
    text: text.slice(from, to),
    url: link.url,
    start: link.position?.start.offset ?? 0,
    end: link.position?.end.offset ?? 0,
  }));
  return new InlineBlock(node, type, depth, text, start, end, walk, index, links, segments);
}

/** The segments of one text node whose value starts at `at` in the block's text: one, or those its `data.sourceMap` lists. */
function addSegments(segments: Segments, node: Text, at: number): void {
  const source = node.position?.start.offset ?? 0;
  const end = textEnd(node);
  const map = node.data?.sourceMap;
  if (!map) {
    segments.push(at, source, node.value.length, end - source);
    return;
  }
  for (let i = 0; i < map.length; i += 2) {
    const text = map[i]!;
    const from = map[i + 1]!;
    const nextText = i + 2 < map.length ? map[i + 2]! : node.value.length;
    const nextSource = i + 2 < map.length ? map[i + 3]! : end;
    segments.push(at + text, from, nextText - text, nextSource - from);
  }
}

/** Where a text node's source ends. */
function textEnd(node: Text): number {
  const source = node.position?.start.offset ?? 0;
  return node.position?.end.offset ?? source + node.value.length;
}
