import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { InputProblem } from '../document.js';
import { IMPLIED_END, MAX_DEPTH, VOID_ELEMENTS } from './vocabulary.js';

/** An element of the page, with the source offsets of its start tag's `<` and its end tag's `>` + 1. */
export interface HtmlElement {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  start: number;
  end: number;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

/**
 * A run of text: all the text between two tags, one node however many character references it holds.
 * `value` is decoded; `start`/`end` cover its raw source.
 */
export interface HtmlText {
  type: 'text';
  value: string;
  start: number;
  end: number;
  /**
   * Null when `value` is the source as written. Otherwise pairs `[value offset, source offset]` where a piece
   * starts: a character reference is a piece of its own (decoded shorter than written), the text between
   * references another, so every offset outside a reference maps exactly. A piece ends where the next starts,
   * the last at `value.length` and `end`.
   */
  map: number[] | null;
  parent: HtmlElement;
}

export type HtmlNode = HtmlElement | HtmlText;

/** A `<script type="application/ld+json">` block: its raw text and where that text starts. */
export interface JsonLdScript {
  text: string;
  start: number;
}

/** The parsed page. */
export interface HtmlDom {
  /** A synthetic root holding the top-level nodes (usually one `html` element). */
  root: HtmlElement;
  jsonLd: JsonLdScript[];
}

// The tokeniser reads these as raw text, never page text; JSON-LD scripts are kept apart.
const RAW_TEXT = new Set(['script', 'style']);
const FOREIGN = new Set(['svg', 'math']);
// What may stand in <head>; any other start tag, or visible text, ends the head and opens the body (HTML's "in head" mode).
const HEAD_CONTENT = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'script', 'style', 'template', 'title', 'noscript']);

/**
 * Parses HTML into a small tree with source offsets. Tokenising is htmlparser2's (fast,
 * lenient, never executes or fetches anything); tree building is ours so that it stays
 * linear on hostile input: pushes and pops are O(1), end tags for elements that are not
 * open are dropped in O(1), and nesting deeper than {@link MAX_DEPTH} is flattened.
 */
export function parseHtml(source: string, problems: InputProblem[]): HtmlDom {
  const root: HtmlElement = { type: 'element', name: '#root', attrs: {}, start: 0, end: source.length, children: [], parent: null };
  const stack: HtmlElement[] = [root];
  const openCount = new Map<string, number>();
  const jsonLd: JsonLdScript[] = [];
  let flattened = 0;
  let flattenedAt = -1;
  let foreignDepth = 0;
  let sawHead = false;

  // The tag being read.
  let tagName = '';
  let tagStart = 0;
  let attrs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';
  // The raw-text element we are inside, if any, and the text it collects.
  let rawText: HtmlElement | null = null;
  let rawStart = -1;
  let rawChunks: string[] = [];

  const current = () => stack[stack.length - 1]!;
  const pop = (end: number) => {
    const element = stack.pop()!;
    element.end = Math.max(element.start, end);
    openCount.set(element.name, (openCount.get(element.name) ?? 1) - 1);
    if (FOREIGN.has(element.name)) foreignDepth--;
  };
  const popTo = (name: string, end: number) => {
    while (stack.length > 1) {
      const top = current();
      pop(end);
      if (top.name === name) return;
    }
  };
  const addText = (value: string, start: number, end: number, exact: boolean) => {
    if (rawText) {
      if (rawStart < 0) rawStart = start;
      rawChunks.push(value);
      return;
    }
    if ((current().name === 'head' || current().name === 'html') && value.trim() !== '') leaveHead(start);
    const parent = current();
    const last = parent.children[parent.children.length - 1];
    // Adjacent runs join: a paragraph of a million character references is one node, not a million.
    if (last?.type === 'text' && last.end === start) {
      if (!exact || last.map) {
        const map = (last.map ??= [0, last.start]);
        // A new piece starts at a reference, and after one; text after text continues its piece.
        const inStep = last.value.length - map[map.length - 2]! === last.end - map[map.length - 1]!;
        if (!exact || !inStep) map.push(last.value.length, start);
      }
      last.value += value;
      last.end = end;
      return;
    }
    parent.children.push({ type: 'text', value, start, end, map: exact ? null : [0, start], parent });
  };
  const closeImplied = (name: string) => {
    const rule = IMPLIED_END.get(name);
    if (!rule) return;
    // Look a few levels down only: the rules concern near ancestors, and a bounded look keeps pushes O(1).
    for (let i = stack.length - 1, seen = 0; i > 0 && seen < 12; i--, seen++) {
      const candidate = stack[i]!.name;
      if (rule.closes.has(candidate)) {
        popTo(candidate, tagStart);
        return;
      }
      if (rule.boundary.has(candidate)) return;
    }
  };
  /** Ends an open <head> and opens the body a browser implies, so that content written before `<body>` is not lost in the head. */
  const leaveHead = (at: number) => {
    if ((openCount.get('head') ?? 0) > 0) popTo('head', at);
    const parent = current();
    if ((openCount.get('body') ?? 0) > 0 || (parent.name !== 'html' && parent !== root)) return;
    const body: HtmlElement = { type: 'element', name: 'body', attrs: Object.create(null) as Record<string, string>, start: at, end: at, children: [], parent };
    parent.children.push(body);
    stack.push(body);
    openCount.set('body', (openCount.get('body') ?? 0) + 1);
  };
  const openTag = (selfClosing: boolean, end: number) => {
    const name = tagName;
    // A second <html>, <head> or <body> only adds attributes in a browser; the tree keeps the first.
    if ((name === 'html' || name === 'body') && (openCount.get(name) ?? 0) > 0) return;
    if (name === 'head' && (sawHead || (openCount.get('body') ?? 0) > 0)) return;
    if (name === 'head') sawHead = true;
    else if (name !== 'html' && name !== 'body' && !HEAD_CONTENT.has(name) && foreignDepth === 0) {
      if ((openCount.get('head') ?? 0) > 0 || current().name === 'html') leaveHead(tagStart);
    } else if (name === 'body' && (openCount.get('head') ?? 0) > 0) popTo('head', tagStart);
    const element: HtmlElement = { type: 'element', name, attrs, start: tagStart, end: end + 1, children: [], parent: null };
    if (RAW_TEXT.has(name) && !selfClosing) {
      rawText = element;
      rawStart = -1;
      rawChunks = [];
    }
    if (foreignDepth === 0) closeImplied(name);
    const parent = current();
    if (stack.length > MAX_DEPTH && !VOID_ELEMENTS.has(name) && !rawText) {
      // Too deep to be a real page: keep the content, drop the element.
      if (flattened++ === 0) flattenedAt = tagStart;
      return;
    }
    element.parent = parent;
    parent.children.push(element);
    if (VOID_ELEMENTS.has(name) || (selfClosing && foreignDepth > 0)) return;
    stack.push(element);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) foreignDepth++;
  };
  const closeRawText = (end: number) => {
    const element = rawText!;
    rawText = null;
    if (element.name === 'script' && /^\s*application\/ld\+json\s*$/i.test(element.attrs.type ?? '')) {
      jsonLd.push({ text: rawChunks.join(''), start: rawStart < 0 ? element.end : rawStart });
    }
    rawChunks = [];
    if (current() === element) pop(end);
  };

  const callbacks: TokenizerCallbacks = {
    onattribdata(start, end) {
      attrValue += source.slice(start, end);
    },
    onattribentity(codepoint) {
      attrValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (!(attrName in attrs)) attrs[attrName] = attrValue;
      attrValue = '';
    },
    onattribname(start, end) {
      attrName = source.slice(start, end).toLowerCase();
      attrValue = '';
    },
    oncdata() {},
    onclosetag(start, end) {
      const name = source.slice(start, end).toLowerCase();
      // The tokeniser reports the name's end; the tag ends at the next `>`, close by.
      const close = source.indexOf('>', end);
      const after = close < 0 || close - end > 256 ? end + 1 : close + 1;
      if (rawText) {
        if (rawText.name === name) closeRawText(after);
        return;
      }
      // Browsers keep <body> and <html> open to the end: content after `</body>` is still the page's.
      if (VOID_ELEMENTS.has(name) || name === 'body' || name === 'html') return;
      if ((openCount.get(name) ?? 0) > 0) popTo(name, after);
    },
    oncomment() {},
    ondeclaration() {},
    onend() {
      if (rawText) closeRawText(source.length);
      while (stack.length > 1) pop(source.length);
    },
    onopentagend(end) {
      openTag(false, end);
    },
    onopentagname(start, end) {
      tagName = source.slice(start, end).toLowerCase();
      tagStart = start - 1;
      attrs = Object.create(null) as Record<string, string>;
    },
    onprocessinginstruction() {},
    onselfclosingtag(end) {
      openTag(true, end);
    },
    ontext(start, end) {
      addText(source.slice(start, end), start, end, true);
    },
    ontextentity(codepoint, end) {
      const value = String.fromCodePoint(codepoint);
      // The reference runs back from `end` to its `&`; a short look back finds it.
      const amp = source.lastIndexOf('&', end - 1);
      const start = amp >= 0 && end - amp <= 40 ? amp : end - 1;
      addText(value, start, end, false);
    },
  };
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, callbacks);
  tokenizer.write(source);
  tokenizer.end();

  if (flattened > 0) {
    problems.push({
      code: 'html-too-deep',
      message: `The page nests elements more than ${MAX_DEPTH} deep; ${flattened} deeper elements were flattened into their ancestor.`,
      severity: 'warning',
      start: flattenedAt,
      end: flattenedAt + 1,
    });
  }
  return { root, jsonLd };
}

/** The element's children, depth first, without recursion (pages can nest deeply). */
export function* descendants(element: HtmlElement): Generator<HtmlNode> {
  // Open elements and the index of the next child to visit in each: no copy of a child list, so a caller
  // that stops after a few nodes pays for those only, not for an element's hundred thousand children.
  const open: HtmlElement[] = [element];
  const next: number[] = [0];
  while (open.length > 0) {
    const top = open.length - 1;
    const children = open[top]!.children;
    const index = next[top]!;
    if (index >= children.length) {
      open.pop();
      next.pop();
      continue;
    }
    next[top] = index + 1;
    const node = children[index]!;
    yield node;
    if (node.type === 'element' && node.children.length > 0) {
      open.push(node);
      next.push(0);
    }
  }
}
