import type { Link, Nodes, Root, RootContent, Text } from 'mdast';

declare module 'mdast' {
  interface TextData {
    /**
     * How a text node maps onto the source when its value is not the source as written (HTML text, white
     * space collapsed, character references decoded): pairs `[value offset, source offset]` where a piece
     * starts, each piece ending where the next starts, the last at the node's end. Offsets inside a piece
     * whose value and source lengths agree map exactly.
     */
    sourceMap?: number[];
  }
}

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

interface Segment {
  text: number;
  source: number;
  length: number;
  sourceLength: number;
}

interface Walk {
  inList: boolean;
  inBlockquote: boolean;
}

/** The document's leaf blocks in reading order. Iterative: a tree from elsewhere (the unified plugin) may nest without bound. */
export function collectBlocks(tree: Root): Block[] {
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
        blocks.push(literalBlock(node, node.type, node.value, start, end, walk, blocks.length));
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
 * A code or HTML block. Its value drops fences and indentation, so offsets map to where the value
 * sits in the source. Blocks are class instances, their maps on the prototype: a page may have a
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
  ) {
    this.inList = walk.inList;
    this.inBlockquote = walk.inBlockquote;
  }

  toSource(offset: number): number {
    return Math.min(this.end, this.start + Math.max(0, offset));
  }

  toText(source: number): number {
    return Math.max(0, Math.min(this.text.length, source - this.start));
  }
}

function literalBlock(node: RootContent, type: Block['type'], value: string, start: number, end: number, walk: Walk, index: number): Block {
  return new LiteralBlock(node, type, value, start, end, walk, index);
}

/** A paragraph, heading or table row: its text with markup removed, and the segments that map it back to the source. */
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
    private readonly segments: Segment[],
  ) {
    this.inList = walk.inList;
    this.inBlockquote = walk.inBlockquote;
  }

  toSource(offset: number, bias: 'start' | 'end' = 'start'): number {
    const segments = this.segments;
    let lo = 0;
    let hi = segments.length - 1;
    if (hi < 0) return this.start;
    // With an end bias, an offset on a boundary belongs to the segment it closes.
    const limit = bias === 'end' ? offset - 1 : offset;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.text <= limit) lo = mid;
      else hi = mid - 1;
    }
    const segment = segments[lo]!;
    const within = offset - segment.text;
    if (within < 0) return segment.source;
    // Escapes and character references make a segment's source longer than its text: clamp, never overshoot.
    const mapped = within >= segment.length ? segmentEnd(segment) : segment.source + Math.min(within, segment.sourceLength);
    return Math.max(this.start, Math.min(this.end, mapped));
  }

  toText(source: number): number {
    // toSource is monotonic: binary-search the text offsets.
    let lo = 0;
    let hi = this.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toSource(mid) < source) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function inlineBlock(node: RootContent, type: Block['type'], depth: number | null, walk: Walk, index: number): Block {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const children = 'children' in node ? (node.children as Nodes[]) : [];
  // The common block, one run of text (every line of a text page), needs no walk.
  const only = children.length === 1 ? children[0]! : undefined;
  if (only?.type === 'text' && only.value !== '') {
    const segments: Segment[] = [];
    addSegments(segments, only, 0);
    return new InlineBlock(node, type, depth, only.value, start, end, walk, index, [], segments);
  }
  const segments: Segment[] = [];
  // The text in parts, joined once at the end: a link's text read off a growing string would flatten
  // it again at every link, quadratic in a paragraph of 100k links.
  const parts: string[] = [];
  let length = 0;
  const ended: Array<{ link: Link; from: number; to: number }> = [];
  const add = (value: string, start: number | undefined, end: number | undefined) => {
    if (value === '') return;
    const source = start ?? (segments.length ? segmentEnd(segments[segments.length - 1]!) : 0);
    segments.push({ text: length, source, length: value.length, sourceLength: (end ?? source + value.length) - source });
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

/** The segments of one text node whose value starts at `at` in the block's text. */
function addSegments(segments: Segment[], node: Text, at: number): void {
  const source = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? source + node.value.length;
  const map = node.data?.sourceMap;
  if (!map) {
    segments.push({ text: at, source, length: node.value.length, sourceLength: end - source });
    return;
  }
  for (let i = 0; i < map.length; i += 2) {
    const text = map[i]!;
    const from = map[i + 1]!;
    const nextText = i + 2 < map.length ? map[i + 2]! : node.value.length;
    const nextSource = i + 2 < map.length ? map[i + 3]! : end;
    segments.push({ text: at + text, source: from, length: nextText - text, sourceLength: nextSource - from });
  }
}

function segmentEnd(segment: Segment): number {
  return segment.source + segment.sourceLength;
}
