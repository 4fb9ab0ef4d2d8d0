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
      parts.push(lines ? node.value.replace(/\s+/g, ' ') : node.value);
      length += node.value.length;
    } else if (!NEVER_CONTENT.has(node.name) && !skip?.(node)) {
      if (node.name === 'br' || BLOCK_ELEMENTS.has(node.name)) parts.push(lines ? '\n' : ' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  const text = parts.join('');
  return lines ? text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, '\n').trim() : collapse(text);
}

/** Collapses white space runs to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
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
