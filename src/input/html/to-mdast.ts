import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { Position } from 'unist';
import { collapseSpaces } from '../../analysis/chars.js';
import { SourceMapBuilder } from '../source-map.js';
import type { HtmlElement, HtmlNode, HtmlText } from './dom.js';
import type { Stats } from './stats.js';
import type { UrlResolver } from './urls.js';
import { BLOCK_ELEMENTS, NEVER_CONTENT } from './vocabulary.js';

type Flow = BlockContent | ListItem;

/** Maps source offsets to unist points (line and column), by binary search over line starts. */
export class PointIndex {
  readonly #lineStarts: number[] = [0];

  constructor(source: string) {
    for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) this.#lineStarts.push(i + 1);
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }

  point(offset: number): { line: number; column: number; offset: number } {
    const starts = this.#lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  }
}

interface Options {
  skip: ReadonlySet<HtmlElement>;
  stats: Map<HtmlElement, Stats>;
  urls: UrlResolver;
  points: PointIndex;
}

/**
 * Converts the chosen subtrees to mdast. Every node's position holds UTF-16 offsets into
 * the page: a paragraph spans its element (or its first to last inline node), a text node
 * its source characters. White space collapses as a browser renders it; a text run is split
 * where a collapsed run (a newline, several spaces) sits, so offsets inside each piece are exact.
 */
export function toMdast(roots: readonly HtmlElement[], options: Options): Root {
  const converter = new Converter(options);
  const children: RootContent[] = [];
  for (const root of roots) converter.root(root, children as Flow[]);
  const start = roots[0]?.start ?? 0;
  const end = roots[roots.length - 1]?.end ?? start;
  return { type: 'root', children, position: options.points.position(start, end) };
}

class Converter {
  readonly #options: Options;
  /** The open implicit paragraph's inline nodes and the flow it belongs to. */
  #inline: PhrasingContent[] = [];
  #inlineStart = -1;
  #inlineEnd = -1;
  #space = true;

  constructor(options: Options) {
    this.#options = options;
  }

  /** Converts one chosen subtree, the element included. */
  root(element: HtmlElement, out: Flow[]): void {
    if (this.isBlock(element) || element.name === '#root') this.block(element, out);
    else {
      this.inlineNode(element);
      this.flush(out);
    }
  }

  /** Converts an element's children into flow content, gathering loose inline content into paragraphs. */
  private flow(element: HtmlElement, out: Flow[]): void {
    for (const child of element.children) {
      if (child.type === 'text') {
        this.text(child, this.#inline);
        continue;
      }
      if (this.#options.skip.has(child) || NEVER_CONTENT.has(child.name)) continue;
      if (this.isBlock(child)) {
        this.flush(out);
        this.block(child, out);
      } else {
        this.inlineNode(child);
      }
    }
    this.flush(out);
  }

  private isBlock(element: HtmlElement): boolean {
    return BLOCK_ELEMENTS.has(element.name) || (this.#options.stats.get(element)?.hasBlock ?? false);
  }

  private block(element: HtmlElement, out: Flow[]): void {
    const { points } = this.#options;
    const position = points.position(element.start, element.end);
    switch (element.name) {
      case 'p':
      case 'dt':
      case 'dd':
      case 'figcaption':
      case 'summary':
      case 'caption':
      case 'address':
        if (this.#options.stats.get(element)?.hasBlock) break;
        this.paragraphOf(element, out, position);
        return;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const heading: Heading = { type: 'heading', depth: Number(element.name[1]) as Heading['depth'], children: [], position };
        this.phrasing(element, heading.children);
        if (hasText(heading.children)) out.push(heading);
        return;
      }
      case 'ul':
      case 'ol':
      case 'menu':
      case 'dir': {
        // Text straight inside the list (nesting flattened at the depth cap leaves it there): read it as a container.
        if (element.children.some((child) => child.type === 'text' && child.value.trim() !== '')) break;
        const list: List = { type: 'list', ordered: element.name === 'ol', spread: false, children: [], position };
        for (const child of element.children) {
          if (child.type !== 'element' || this.#options.skip.has(child) || NEVER_CONTENT.has(child.name)) continue;
          const item: ListItem = { type: 'listItem', spread: false, children: [], position: points.position(child.start, child.end) };
          if (child.name === 'li') this.flow(child, item.children as Flow[]);
          else this.flow({ ...child, children: [child] }, item.children as Flow[]);
          if (item.children.length > 0) list.children.push(item);
        }
        if (list.children.length > 0) out.push(list);
        return;
      }
      case 'blockquote': {
        const children: Flow[] = [];
        this.flow(element, children);
        if (children.length > 0) out.push({ type: 'blockquote', children: children as BlockContent[], position });
        return;
      }
      case 'pre': {
        const value = rawText(element).replace(/^\n/, '').trimEnd();
        if (value !== '') out.push({ type: 'code', lang: null, meta: null, value, position });
        return;
      }
      case 'hr':
        out.push({ type: 'thematicBreak', position });
        return;
      case 'table': {
        const table = this.dataTable(element, position);
        if (table) {
          if (table.children.length > 0) out.push(table);
          return;
        }
        break;
      }
      default:
        break;
    }
    this.flow(element, out);
  }

  /**
   * A table of data (no blocks in its cells, no nested tables) as an mdast table, one row per
   * `<tr>`; null for a layout table, whose cells are read as containers instead.
   */
  private dataTable(element: HtmlElement, position: Position): Table | null {
    const rows: HtmlElement[] = [];
    for (const child of element.children) {
      if (child.type !== 'element' || this.#options.skip.has(child)) continue;
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
        for (const row of child.children) if (row.type === 'element' && row.name === 'tr' && !this.#options.skip.has(row)) rows.push(row);
      }
    }
    const { points, stats } = this.#options;
    // Rows wrapped in other elements (`<table><span><tr>…`, which a browser would move out of the table) or text
    // outside any row: not a grid to read row by row.
    const inRows = rows.reduce((sum, row) => sum + (stats.get(row)?.text ?? 0), 0);
    if (rows.length === 0 || inRows < (stats.get(element)?.text ?? 0)) return null;
    const table: Table = { type: 'table', align: [], children: [], position };
    for (const row of rows) {
      const cells = row.children.filter((c): c is HtmlElement => c.type === 'element' && (c.name === 'td' || c.name === 'th'));
      if (cells.some((cell) => stats.get(cell)?.hasBlock)) return null;
      // Text in the row outside its cells (left there by nesting flattened at the depth cap): not a grid either.
      if (cells.reduce((sum, cell) => sum + (stats.get(cell)?.text ?? 0), 0) < (stats.get(row)?.text ?? 0)) return null;
      const tableRow: TableRow = { type: 'tableRow', children: [], position: points.position(row.start, row.end) };
      for (const cell of cells) {
        const tableCell: TableCell = { type: 'tableCell', children: [], position: points.position(cell.start, cell.end) };
        this.phrasing(cell, tableCell.children);
        tableRow.children.push(tableCell);
      }
      if (tableRow.children.some((cell) => hasText(cell.children))) table.children.push(tableRow);
    }
    return table;
  }

  private paragraphOf(element: HtmlElement, out: Flow[], position: Position): void {
    const paragraph: Paragraph = { type: 'paragraph', children: [], position };
    this.phrasing(element, paragraph.children);
    if (hasText(paragraph.children)) out.push(paragraph);
  }

  /** Converts an element's children as inline content of a paragraph or heading of its own. */
  private phrasing(element: HtmlElement, out: PhrasingContent[]): void {
    const saved = { inline: this.#inline, start: this.#inlineStart, end: this.#inlineEnd, space: this.#space };
    this.#inline = out;
    this.#space = true;
    for (const child of element.children) {
      if (child.type === 'text') this.text(child, out);
      else if (!this.#options.skip.has(child) && !NEVER_CONTENT.has(child.name)) this.inlineNode(child, out);
    }
    this.#inline = saved.inline;
    this.#inlineStart = saved.start;
    this.#inlineEnd = saved.end;
    this.#space = saved.space;
  }

  /** Adds one inline element (and what it holds) to `out`, the open paragraph by default. */
  private inlineNode(element: HtmlElement, out: PhrasingContent[] = this.#inline): void {
    if (this.#options.skip.has(element) || NEVER_CONTENT.has(element.name)) return;
    const { points } = this.#options;
    if (out === this.#inline) {
      if (this.#inlineStart < 0) this.#inlineStart = element.start;
      this.#inlineEnd = element.end;
    }
    const position = points.position(element.start, element.end);
    const children: PhrasingContent[] = [];
    const into = (target: PhrasingContent[]) => {
      for (const child of element.children) {
        if (child.type === 'text') this.text(child, target);
        else this.inlineNode(child, target);
      }
    };
    switch (element.name) {
      case 'br':
        out.push({ type: 'break', position });
        this.#space = true;
        return;
      case 'img':
      case 'wbr':
        return;
      case 'a': {
        into(children);
        const href = element.attrs.href?.trim();
        if (href && !/^\s*javascript:/i.test(href)) out.push({ type: 'link', url: this.#options.urls.resolve(href), title: null, children, position });
        else for (const child of children) out.push(child);
        return;
      }
      case 'em':
      case 'i':
      case 'cite':
      case 'dfn':
        into(children);
        if (children.length > 0) out.push({ type: 'emphasis', children, position });
        return;
      case 'strong':
      case 'b':
        into(children);
        if (children.length > 0) out.push({ type: 'strong', children, position });
        return;
      case 'code':
      case 'kbd':
      case 'samp':
      case 'tt': {
        const value = collapseSpaces(rawText(element));
        if (value.trim() !== '') {
          out.push({ type: 'inlineCode', value, position });
          this.#space = value.endsWith(' ');
        }
        return;
      }
      default:
        into(out);
    }
  }

  /**
   * Adds a text run with white space collapsed, as one text node. Where its value stops mapping one to one
   * onto the source (a collapsed run, a character reference), `data.sourceMap` says how it maps.
   */
  private text(node: HtmlText, out: PhrasingContent[]): void {
    const value = node.value;
    const refs = node.map ?? [0, node.start];
    // The source offset of a value offset; offsets only grow, so the piece is found by walking on.
    let piece = 0;
    const sourceAt = (at: number): number => {
      while (piece + 2 < refs.length && refs[piece + 2]! <= at) piece += 2;
      const pieceEnd = piece + 2 < refs.length ? refs[piece + 3]! : node.end;
      return Math.min(refs[piece + 1]! + (at - refs[piece]!), pieceEnd);
    };
    const parts: string[] = [];
    const map = new SourceMapBuilder();
    let length = 0;
    // Copies value[from, to) as written, with the node's own piece boundaries inside it.
    const copy = (from: number, to: number) => {
      if (to <= from) return;
      map.add(length, sourceAt(from));
      for (let i = piece + 2; i < refs.length && refs[i]! < to; i += 2) map.add(length + refs[i]! - from, refs[i + 1]!);
      parts.push(value.slice(from, to));
      length += to - from;
    };
    const space = /[ \t\n\r\f]+/g;
    let from = 0;
    let lastRunEnd = 0;
    for (let match = space.exec(value); match; match = space.exec(value)) {
      const at = match.index;
      const runEnd = at + match[0].length;
      if (at > lastRunEnd) this.#space = false;
      lastRunEnd = runEnd;
      // One space after text renders as written; any other run as one space, or none after a space.
      if (match[0] === ' ' && !this.#space) {
        this.#space = true;
        continue;
      }
      copy(from, at);
      if (!this.#space) {
        map.add(length, sourceAt(at));
        parts.push(' ');
        length++;
        this.#space = true;
      }
      from = runEnd;
    }
    if (value.length > lastRunEnd) this.#space = false;
    copy(from, value.length);
    if (length === 0) return;
    const start = map.start!;
    const end = node.end;
    const text: Text = { type: 'text', value: parts.join(''), position: this.#options.points.position(start, end) };
    const sourceMap = map.finish(length, end);
    if (sourceMap) text.data = { sourceMap };
    out.push(text);
    if (out === this.#inline) {
      if (this.#inlineStart < 0) this.#inlineStart = start;
      this.#inlineEnd = end;
    }
  }

  /** Closes the open implicit paragraph, if it holds any text. */
  private flush(out: Flow[]): void {
    const inline = this.#inline;
    if (inline.length > 0 && hasText(inline)) {
      out.push({ type: 'paragraph', children: inline, position: this.#options.points.position(this.#inlineStart, this.#inlineEnd) });
    }
    this.#inline = [];
    this.#inlineStart = -1;
    this.#inlineEnd = -1;
    this.#space = true;
  }
}

function hasText(nodes: readonly PhrasingContent[]): boolean {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'text' || node.type === 'inlineCode') && node.value.trim() !== '') return true;
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return false;
}

/** The text under an element as written, for `<pre>` and `<code>`. */
function rawText(element: HtmlElement): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [...element.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') parts.push(node.value);
    else if (node.name === 'br') parts.push('\n');
    else if (!NEVER_CONTENT.has(node.name)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join('');
}
