import { collapseSpaces } from '../../analysis/chars.js';
import type { HtmlElement } from './dom.js';
import { BLOCK_ELEMENTS, NEVER_CONTENT } from './vocabulary.js';

/**
 * The element's visible text with white space collapsed; never-content elements are skipped, and so are
 * those `skip` names. With `lines`, block boundaries and `<br>` stay as line breaks.
 */
export function textContent(
  element: HtmlElement,
  limit = Number.POSITIVE_INFINITY,
  lines = false,
  skip?: (element: HtmlElement) => boolean,
): string {
  const parts: string[] = [];
  let length = 0;
  const stack = [...element.children].reverse();
  while (stack.length > 0 && length < limit) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      // A line break in the source is white space; only blocks and <br> break lines.
      parts.push(lines ? collapseSpaces(node.value) : node.value);
      length += node.value.length;
    } else if (!NEVER_CONTENT.has(node.name) && !skip?.(node)) {
      if (node.name === 'br' || BLOCK_ELEMENTS.has(node.name)) parts.push(lines ? '\n' : ' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  const text = parts.join('');
  return lines ? text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim() : collapse(text);
}

/**
 * `textContent(element, limit)` for many elements of one tree, each subtree read once: an element's text length
 * (capped at the limit) and, under the limit, its white-space-collapsed text are kept, so reading every block
 * of a deeply nested page costs what one walk does instead of one walk per ancestor.
 */
export class BoundedTexts {
  readonly #limit: number;
  readonly #length = new Map<HtmlElement, number>();
  readonly #short = new Map<HtmlElement, string>();
  readonly #read = new Map<HtmlElement, string>();

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Exactly what `textContent(element, limit)` returns. */
  read(element: HtmlElement): string {
    const path: HtmlElement[] = [];
    let current = element;
    let text = this.#read.get(current);
    while (text === undefined) {
      path.push(current);
      if (this.#measure(current) < this.#limit) {
        text = this.#short.get(current)!.trim();
        break;
      }
      // Until the first text, a read passes only white space; when it then enters a child holding the whole
      // limit, it ends inside that child and reads what that child's own read does.
      const inner = this.#firstFull(current);
      if (inner === undefined) text = this.#walk(current);
      else text = this.#read.get((current = inner));
    }
    for (const visited of path) this.#read.set(visited, text);
    return text;
  }

  /** The child a read of `element` ends in when every node before it holds no text. */
  #firstFull(element: HtmlElement): HtmlElement | undefined {
    for (const node of element.children) {
      if (node.type === 'text') {
        if (node.value.length > 0) return undefined;
      } else if (!NEVER_CONTENT.has(node.name)) {
        const length = this.#measure(node);
        if (length >= this.#limit) return node;
        if (length > 0) return undefined;
      }
    }
    return undefined;
  }

  /** textContent's walk, taking whole any child whose text fits in what is left of the limit. */
  #walk(element: HtmlElement): string {
    const parts: string[] = [];
    let length = 0;
    // Open elements and the next child of each: a paragraph of a hundred thousand links is not copied to read its start.
    const open = [element];
    const next = [0];
    while (open.length > 0 && length < this.#limit) {
      const top = open.length - 1;
      const node = open[top]!.children[next[top]!];
      if (node === undefined) {
        open.pop();
        next.pop();
        continue;
      }
      next[top]!++;
      if (node.type === 'text') {
        parts.push(node.value);
        length += node.value.length;
      } else if (!NEVER_CONTENT.has(node.name)) {
        if (node.name === 'br' || BLOCK_ELEMENTS.has(node.name)) parts.push(' ');
        const measured = this.#measure(node);
        if (measured < this.#limit - length) {
          parts.push(this.#short.get(node)!);
          length += measured;
        } else {
          open.push(node);
          next.push(0);
        }
      }
    }
    return collapse(parts.join(''));
  }

  /** The element's text length capped at the limit, measured bottom-up with an explicit stack; under the limit its text is kept too. */
  #measure(root: HtmlElement): number {
    const known = this.#length.get(root);
    if (known !== undefined) return known;
    const limit = this.#limit;
    const frames = [{ element: root, index: 0, length: 0, text: '' }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const children = frame.element.children;
      let unmeasured: HtmlElement | undefined;
      for (; frame.index < children.length && frame.length < limit; frame.index++) {
        const node = children[frame.index]!;
        if (node.type === 'text') {
          frame.length += node.value.length;
          if (frame.length < limit) frame.text = joinCollapsed(frame.text, collapseSpaces(node.value));
        } else if (!NEVER_CONTENT.has(node.name)) {
          const length = this.#length.get(node);
          if (length === undefined) {
            unmeasured = node;
            break;
          }
          frame.length += length;
          if (frame.length < limit) {
            if (node.name === 'br' || BLOCK_ELEMENTS.has(node.name)) frame.text = joinCollapsed(frame.text, ' ');
            frame.text = joinCollapsed(frame.text, this.#short.get(node)!);
          }
        }
      }
      if (unmeasured) {
        frames.push({ element: unmeasured, index: 0, length: 0, text: '' });
        continue;
      }
      frames.pop();
      const length = Math.min(frame.length, limit);
      this.#length.set(frame.element, length);
      if (length < limit) this.#short.set(frame.element, frame.text);
    }
    return this.#length.get(root)!;
  }
}

/** Two white-space-collapsed texts joined so that the join is collapsed too. */
function joinCollapsed(left: string, right: string): string {
  return left.endsWith(' ') && right.startsWith(' ') ? left + right.slice(1) : left + right;
}

/** Collapses white space runs to one space and trims. */
export function collapse(text: string): string {
  return collapseSpaces(text).trim();
}

/** An attribute, trimmed, or undefined when absent or blank. */
export function attr(element: HtmlElement, name: string): string | undefined {
  const value = element.attrs[name]?.trim();
  return value ? value : undefined;
}

/** `class` and `id` together, the words content heuristics look at. */
export function classAndId(element: HtmlElement): string {
  const klass = element.attrs.class ?? '';
  const id = element.attrs.id ?? '';
  // Class lists on some pages run to kilobytes; the first few hundred characters say enough.
  return (klass.length + id.length > 400 ? `${klass.slice(0, 300)} ${id.slice(0, 100)}` : `${klass} ${id}`).trim();
}
