import { descendants, type HtmlElement, type HtmlNode } from './dom.js';
import { classAndId } from './text.js';
import { COMMENTS_HINT, NEVER_CONTENT, RELATED_HINT } from './vocabulary.js';

/** Where an element stands in the page, for the readers of metadata: inside what, after what, in whose text. */

export /** The words of a string, for comparing titles: letters and digits, lower case, single spaces. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function isInside(element: HtmlElement, ancestor: HtmlElement): boolean {
  for (let p: HtmlElement | null = element; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** Elements whose text is other stories' or readers': teasers, related rails, comments, navigation. */
export function inTeaser(element: HtmlElement, memo: Map<HtmlElement, boolean>): boolean {
  const path: HtmlElement[] = [];
  let result = false;
  for (let at: HtmlElement | null = element; at; at = at.parent) {
    const known = memo.get(at);
    if (known !== undefined) {
      result = known;
      break;
    }
    path.push(at);
    const hints = classAndId(at);
    if (at.name === 'nav' || at.name === 'aside' || at.name === 'footer' || (hints !== '' && (RELATED_HINT.test(hints) || COMMENTS_HINT.test(hints)))) {
      result = true;
      break;
    }
  }
  for (const visited of path) memo.set(visited, result);
  return result;
}

/** The nodes after an element in document order, its own subtree excluded. */
export function* following(element: HtmlElement): Generator<HtmlNode> {
  for (let at: HtmlElement | null = element; at?.parent; at = at.parent) {
    const siblings = at.parent.children;
    for (let i = siblings.indexOf(at) + 1; i < siblings.length; i++) {
      const sibling = siblings[i]!;
      yield sibling;
      if (sibling.type === 'element' && !NEVER_CONTENT.has(sibling.name)) yield* descendants(sibling);
    }
  }
}
