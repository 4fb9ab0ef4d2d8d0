import { trimmedLength } from '../../analysis/chars.js';
import type { HtmlElement } from './dom.js';
import { BLOCK_ELEMENTS, NEVER_CONTENT, SHARE_HOSTS } from './vocabulary.js';

/** Text measures of one element, computed bottom-up once per page. */
export interface Stats {
  /** Visible characters (each text run trimmed). */
  text: number;
  /** Visible characters inside links. */
  linkText: number;
  /** Characters inside `<p>` elements of at least a sentence's length. */
  paragraphText: number;
  paragraphs: number;
  links: number;
  /** Links to a network's share endpoint (`facebook.com/sharer`, `twitter.com/intent/tweet`, `mailto:?`). */
  shareLinks: number;
  commas: number;
  /** Whether a block-level element sits anywhere inside. */
  hasBlock: boolean;
}

const EMPTY: Stats = { text: 0, linkText: 0, paragraphText: 0, paragraphs: 0, links: 0, shareLinks: 0, commas: 0, hasBlock: false };
const HOST = /^(?:https?:)?\/\/([^/?#:]{1,253})/i;
const COMMAS = /[,،、，]/g;
/** A `<p>` shorter than this is a label, not a paragraph. */
const MIN_PARAGRAPH = 25;

/** Measures every element under `root`, bottom-up with an explicit stack (no recursion over the tree's depth). */
export function measure(root: HtmlElement): Map<HtmlElement, Stats> {
  const stats = new Map<HtmlElement, Stats>();
  // Each element is visited twice: on the way down (children pushed), and on the way up, once they are measured.
  const stack: Array<{ element: HtmlElement; inLink: boolean; up: boolean }> = [{ element: root, inLink: false, up: false }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { element, inLink } = entry;
    const link = inLink || element.name === 'a';
    if (!entry.up) {
      entry.up = true;
      stack.push(entry);
      for (const child of element.children) {
        if (child.type !== 'text' && !NEVER_CONTENT.has(child.name)) stack.push({ element: child, inLink: link, up: false });
      }
      continue;
    }
    const own: Stats = { ...EMPTY };
    for (const child of element.children) {
      if (child.type === 'text') {
        const length = trimmedLength(child.value);
        own.text += length;
        if (link) own.linkText += length;
        if (length > 0) own.commas += child.value.match(COMMAS)?.length ?? 0;
        continue;
      }
      if (NEVER_CONTENT.has(child.name)) continue;
      const sub = stats.get(child)!;
      own.text += sub.text;
      own.linkText += sub.linkText;
      own.paragraphText += sub.paragraphText;
      own.paragraphs += sub.paragraphs;
      own.links += sub.links;
      own.shareLinks += sub.shareLinks;
      own.commas += sub.commas;
      if (sub.hasBlock || BLOCK_ELEMENTS.has(child.name)) own.hasBlock = true;
    }
    if (element.name === 'a') {
      own.links++;
      if (isShareUrl(element.attrs.href ?? '')) own.shareLinks++;
    }
    if (element.name === 'p' && own.text >= MIN_PARAGRAPH && own.paragraphs === 0) {
      own.paragraphs = 1;
      own.paragraphText = own.text - own.linkText;
    }
    stats.set(element, own);
  }
  return stats;
}

/** The share of an element's text inside links. */
export function linkDensity(stats: Stats | undefined): number {
  return stats && stats.text > 0 ? stats.linkText / stats.text : 0;
}

/** Whether a link goes to a network's share endpoint, or opens an e-mail with no recipient. */
function isShareUrl(href: string): boolean {
  const trimmed = href.trim();
  if (/^mailto:\?/i.test(trimmed)) return true;
  const host = HOST.exec(trimmed)?.[1];
  return !!host && SHARE_HOSTS.test(host) && /share|intent|sharer|submit|send|pin\/create/i.test(trimmed.slice(0, 300));
}
