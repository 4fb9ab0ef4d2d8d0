import type { RemovedRegion } from '../document.js';
import type { FurnitureKind } from './content.js';
import { descendants, type HtmlElement } from './dom.js';
import { linkDensity, type Stats } from './stats.js';
import { attr, classAndId, collapse, textContent } from './text.js';
import type { UrlResolver } from './urls.js';
import { COMMENTS_HINT, NEVER_CONTENT, RELATED_HINT, SHARE_HINT } from './vocabulary.js';

const MAX_REGIONS = 100;
const MAX_ITEMS = 60;

/**
 * The regions left out of the article, for the extractors that read them: furniture cut
 * from inside the content, plus share bars, related rails, comments and navigation
 * elsewhere on the page. Regions never overlap and never contain the content.
 */
export function removedRegions(
  body: HtmlElement,
  roots: readonly HtmlElement[],
  inside: ReadonlyMap<HtmlElement, FurnitureKind>,
  stats: Map<HtmlElement, Stats>,
  urls: UrlResolver,
): RemovedRegion[] {
  const found = new Map<HtmlElement, FurnitureKind>(inside);
  const containsContent = new Set<HtmlElement>();
  for (const root of roots) for (let p: HtmlElement | null = root; p; p = p.parent) containsContent.add(p);
  const rootSet = new Set(roots);
  // Outside the content: walk the page, stopping at the content roots and at each region found.
  const stack = [...body.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element' || NEVER_CONTENT.has(node.name) || rootSet.has(node) || found.has(node)) continue;
    const kind = containsContent.has(node) ? null : outsideKind(node, stats);
    if (kind) {
      found.set(node, kind);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  const regions: RemovedRegion[] = [];
  for (const [element, kind] of found) {
    if (regions.length >= MAX_REGIONS) break;
    regions.push(describe(element, kind, urls));
  }
  return regions.sort((a, b) => a.start - b.start);
}

/** What an element outside the content is, when it is worth reporting. */
function outsideKind(element: HtmlElement, stats: Map<HtmlElement, Stats>): FurnitureKind | null {
  const s = stats.get(element);
  if (!s || s.text + s.links === 0) return null;
  const hints = classAndId(element);
  if (hints !== '' && SHARE_HINT.test(hints) && s.paragraphText < 200) return 'share';
  if (s.shareLinks >= 2 && s.paragraphText < 200) return 'share';
  if (hints !== '' && RELATED_HINT.test(hints) && s.links >= 2) return 'related';
  if (hints !== '' && COMMENTS_HINT.test(hints)) return 'comments';
  if (element.name === 'nav' || attr(element, 'role') === 'navigation') return 'navigation';
  if (element.name === 'aside' && s.links >= 3 && linkDensity(s) > 0.5) return 'related';
  return null;
}

function describe(element: HtmlElement, kind: FurnitureKind, urls: UrlResolver): RemovedRegion {
  const labels: string[] = [];
  const links: RemovedRegion['links'] = [];
  let seen = 0;
  for (const node of descendants(element)) {
    if (++seen > 5000 || (labels.length >= MAX_ITEMS && links.length >= MAX_ITEMS)) break;
    if (node.type !== 'element') continue;
    if (node.name === 'a' || node.name === 'button') {
      const text = collapse(textContent(node, 300));
      const label = text || attr(node, 'aria-label') || attr(node, 'title') || '';
      if (label && label.length <= 200 && labels.length < MAX_ITEMS) labels.push(label);
      const href = node.name === 'a' ? attr(node, 'href') : undefined;
      if (href && !/^\s*(?:javascript:|#)/i.test(href) && links.length < MAX_ITEMS) {
        links.push({ title: text || attr(node, 'title') || '', url: urls.resolve(href) });
      }
    }
  }
  return { kind, start: element.start, end: element.end, labels, links };
}
