import type { HtmlElement } from './dom.js';
import { descendants } from './dom.js';
import { linkDensity, type Stats } from './stats.js';
import { attr, classAndId, collapse, textContent } from './text.js';
import {
  BYLINE_HINT,
  COMMENTS_HINT,
  FURNITURE_TAGS,
  MEDIA_HINT,
  META_HINT,
  NEGATIVE_HINT,
  NEVER_CONTENT,
  POINTER_LABEL,
  POSITIVE_HINT,
  RELATED_HINT,
  SHARE_HINT,
} from './vocabulary.js';

/** How the main content was found. */
export type ContentMethod = 'json-ld' | 'itemprop' | 'article' | 'main' | 'scoring' | 'body';

/** The article's content: the subtrees to convert, in document order, and what to leave out of them. */
export interface Content {
  roots: HtmlElement[];
  method: ContentMethod;
  /** Elements inside the roots that are page furniture, with what they are. */
  removed: Map<HtmlElement, FurnitureKind>;
}

export type FurnitureKind = 'share' | 'related' | 'navigation' | 'comments' | 'other';

// Rows and cells carry data classes (`player-42`, `photo-count`), not furniture ones.
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'li']);
/** Semantic containers must hold at least this much paragraph text to be trusted. */
const MIN_ARTICLE_TEXT = 250;
/** A choice must keep this much text after furniture removal (or half of what it holds) to stand. */
const MIN_KEPT_TEXT = 200;
/** Labels that stand alone between paragraphs: ad slots and their kin. */
const AD_LABEL = /^(?:advertisement|advertisements|advert|sponsored|sponsored content|anzeige|werbung|publicité|publicidad|pubblicità|reklama|реклама|广告|continue reading(?: below)?|story continues below(?: advertisement)?|article continues below(?: this ad)?)$/i;

/**
 * Chooses the article's content before any conversion: the element holding the JSON-LD
 * `articleBody`, else `[itemprop=articleBody]`, `<article>` or `<main>` when they hold the
 * bulk of the page's paragraphs, else the best-scoring container (text, commas and link
 * density, with class and id hints).
 */
export function findContent(
  body: HtmlElement,
  stats: Map<HtmlElement, Stats>,
  articleBody: string | undefined,
): Content {
  const paragraphs: HtmlElement[] = [];
  const itemprop: HtmlElement[] = [];
  const articles: HtmlElement[] = [];
  const mains: HtmlElement[] = [];
  // Containers holding text of their own between <br>s (old pages' paragraphs): they vote for themselves.
  const loose: HtmlElement[] = [];
  for (const node of descendants(body)) {
    if (node.type !== 'element') continue;
    if (node.name === 'p' || node.name === 'pre' || node.name === 'td' || isTextDiv(node, stats)) paragraphs.push(node);
    else if (LOOSE_TEXT_HOLDERS.has(node.name) && looseText(node) >= MIN_LOOSE_TEXT) loose.push(node);
    if (/\barticlebody\b/i.test(node.attrs.itemprop ?? '')) itemprop.push(node);
    if (node.name === 'article') articles.push(node);
    if (node.name === 'main' || node.attrs.role === 'main') mains.push(node);
  }
  const pageText = stats.get(body)?.paragraphText ?? 0;

  // Each way of finding the content in order of trust; the first whose furniture removal leaves text wins.
  const attempts: Array<() => Pick<Content, 'roots' | 'method'> | null> = [
    () => {
      const fromJsonLd = articleBody ? elementHolding(articleBody, paragraphs, stats) : null;
      return fromJsonLd ? { roots: [fromJsonLd], method: 'json-ld' } : null;
    },
    () => {
      const propped = outermost(itemprop).filter((e) => (stats.get(e)?.text ?? 0) > 0);
      return propped.reduce((sum, e) => sum + (stats.get(e)?.text ?? 0), 0) >= MIN_ARTICLE_TEXT ? { roots: propped, method: 'itemprop' } : null;
    },
    () => {
      const article = dominant(articles, stats, pageText);
      return article ? { roots: [article], method: 'article' } : null;
    },
    () => {
      const main = dominant(mains, stats, pageText);
      return main ? { roots: [narrow(main, paragraphs, stats)], method: 'main' } : null;
    },
    () => {
      const scored = bestByScore(paragraphs, stats, loose);
      return scored ? { roots: scored, method: 'scoring' } : null;
    },
  ];
  let fallback: Content | null = null;
  for (const attempt of attempts) {
    const chosen = attempt();
    if (!chosen) continue;
    const removed = new Map<HtmlElement, FurnitureKind>();
    for (const root of chosen.roots) markFurniture(root, stats, removed, false);
    if (keepsText(chosen.roots, removed, stats)) return { ...chosen, removed };
    fallback ??= { ...chosen, removed };
  }
  // Every choice lost its text to furniture rules (a page that is mostly links, an <article> holding only
  // comments): read the best choice, or the body, with only the rules that name furniture outright.
  const last = fallback ?? { roots: [body], method: 'body' as const, removed: new Map<HtmlElement, FurnitureKind>() };
  const removed = new Map<HtmlElement, FurnitureKind>();
  for (const root of last.roots) markFurniture(root, stats, removed, true);
  return { ...last, removed: keepsText(last.roots, removed, stats) ? removed : new Map() };
}

/** Whether the roots keep a real share of their text once the furniture inside them is removed. */
function keepsText(roots: readonly HtmlElement[], removed: Map<HtmlElement, FurnitureKind>, stats: Map<HtmlElement, Stats>): boolean {
  let total = 0;
  for (const root of roots) total += stats.get(root)?.text ?? 0;
  let lost = 0;
  for (const element of removed.keys()) lost += stats.get(element)?.text ?? 0;
  const kept = total - lost;
  return kept >= Math.min(MIN_KEPT_TEXT, total * 0.5) && kept > 0;
}

const LOOSE_TEXT_HOLDERS = new Set(['div', 'td', 'section', 'article', 'span', 'font', 'center', 'blockquote', 'form', 'main']);
/** Characters of an element's own text runs that make it vote as a paragraph. */
const MIN_LOOSE_TEXT = 100;

/** The length of the text runs directly inside an element (not inside its child elements). */
function looseText(element: HtmlElement): number {
  let length = 0;
  for (const child of element.children) if (child.type === 'text') length += child.value.trim().length;
  return length;
}

/** Measures of an element's own text runs, as a paragraph's. */
function looseStats(element: HtmlElement): Pick<Stats, 'text' | 'linkText' | 'commas'> {
  let text = 0;
  let commas = 0;
  for (const child of element.children) {
    if (child.type !== 'text') continue;
    text += child.value.trim().length;
    commas += child.value.match(/[,،、，]/g)?.length ?? 0;
  }
  return { text, linkText: 0, commas };
}

/** A `div` (or kin) holding only inline content: old pages' paragraphs. */
function isTextDiv(element: HtmlElement, stats: Map<HtmlElement, Stats>): boolean {
  if (element.name !== 'div' && element.name !== 'section') return false;
  const s = stats.get(element);
  return !!s && !s.hasBlock && s.text >= 25;
}

/** Elements none of which is inside another of them. */
function outermost(elements: HtmlElement[]): HtmlElement[] {
  const set = new Set(elements);
  return elements.filter((e) => {
    for (let p = e.parent; p; p = p.parent) if (set.has(p)) return false;
    return true;
  });
}

/** The candidate holding most paragraph text, when it holds enough of the page's. */
function dominant(candidates: HtmlElement[], stats: Map<HtmlElement, Stats>, pageText: number): HtmlElement | null {
  let best: HtmlElement | null = null;
  let bestText = 0;
  for (const candidate of candidates) {
    const text = stats.get(candidate)?.paragraphText ?? 0;
    if (text > bestText) {
      best = candidate;
      bestText = text;
    }
  }
  return best && bestText >= MIN_ARTICLE_TEXT && bestText >= pageText * 0.5 ? best : null;
}

/**
 * The element that holds the JSON-LD `articleBody`: the deepest ancestor of the paragraphs
 * found verbatim in it that holds most of their text. Null when the page's markup does not
 * carry the body (then the markup fallbacks decide).
 */
function elementHolding(articleBody: string, paragraphs: HtmlElement[], stats: Map<HtmlElement, Stats>): HtmlElement | null {
  // The opening 200k characters decide; a longer body only costs memory.
  const words = fold(articleBody.slice(0, 200_000)).split(' ');
  if (words.join(' ').length < MIN_ARTICLE_TEXT) return null;
  // Runs of words of the body, so each paragraph is looked up in O(1) rather than searched for.
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(' '));
  const weight = new Map<HtmlElement, number>();
  let matched = 0;
  for (const paragraph of paragraphs) {
    const s = stats.get(paragraph);
    if (!s || s.text < 40) continue;
    const own = fold(textContent(paragraph, 4000)).split(' ');
    if (own.length < RUN || !runs.has(own.slice(0, RUN).join(' ')) || !runs.has(own.slice(-RUN).join(' '))) continue;
    matched += s.text;
    for (let p = paragraph.parent; p; p = p.parent) weight.set(p, (weight.get(p) ?? 0) + s.text);
  }
  // Most of the body must be on the page, or the markup is a teaser and the other fallbacks do better.
  if (matched < Math.min(articleBody.length, 20000) * 0.3) return null;
  let best: HtmlElement | null = null;
  let bestDepth = -1;
  for (const [element, w] of weight) {
    if (w < matched * 0.85) continue;
    const depth = depthOf(element);
    if (depth > bestDepth) {
      best = element;
      bestDepth = depth;
    }
  }
  return best;
}

/** Words per run when matching paragraphs against the JSON-LD body. */
const RUN = 6;

function fold(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

function depthOf(element: HtmlElement): number {
  let depth = 0;
  for (let p = element.parent; p; p = p.parent) depth++;
  return depth;
}

/** Within a `<main>`, the best-scoring container when it holds nearly all of main's paragraphs. */
function narrow(main: HtmlElement, paragraphs: HtmlElement[], stats: Map<HtmlElement, Stats>): HtmlElement {
  const set = new Set(paragraphs);
  const inside: HtmlElement[] = [];
  for (const node of descendants(main)) if (node.type === 'element' && set.has(node)) inside.push(node);
  const scored = bestByScore(inside, stats);
  const total = stats.get(main)?.paragraphText ?? 0;
  if (scored?.length === 1 && (stats.get(scored[0]!)?.paragraphText ?? 0) >= total * 0.8) return scored[0]!;
  return main;
}

/** Class and id weight, as Readability gives it: hints of content up, of furniture down. */
function classWeight(element: HtmlElement): number {
  const hints = classAndId(element);
  if (hints === '') return 0;
  let weight = 0;
  if (NEGATIVE_HINT.test(hints)) weight -= 25;
  if (POSITIVE_HINT.test(hints)) weight += 25;
  return weight;
}

function tagWeight(element: HtmlElement): number {
  switch (element.name) {
    case 'div':
    case 'article':
    case 'section':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

/** Whether an element is page furniture by tag or hint, or sits in such; memoised, as paragraphs share ancestors. */
function inFurniture(element: HtmlElement | null, memo: Map<HtmlElement, boolean>): boolean {
  // The page's own classes (`body.single menu-open`) say nothing about one container.
  // Up the ancestors to the first one decided, then the answer down the path: a loop, not recursion.
  const path: HtmlElement[] = [];
  let result = false;
  for (let at = element; at && at.name !== 'body' && at.name !== 'html'; at = at.parent) {
    const known = memo.get(at);
    if (known !== undefined) {
      result = known;
      break;
    }
    const hints = classAndId(at);
    if ((FURNITURE_TAGS.has(at.name) && at.name !== 'header') || (hints !== '' && NEGATIVE_HINT.test(hints) && !POSITIVE_HINT.test(hints))) {
      result = true;
      path.push(at);
      break;
    }
    path.push(at);
  }
  // Every element on the path up to a furniture ancestor is inside furniture; none is otherwise.
  for (const at of path) memo.set(at, result);
  return result;
}

/**
 * Content scoring: each paragraph votes for its parent (fully), grandparent (half) and
 * further ancestors (less), by its length and commas; a container's score is scaled down
 * by its link density. Returns the best container plus siblings that score nearly as well.
 */
function bestByScore(paragraphs: HtmlElement[], stats: Map<HtmlElement, Stats>, loose: HtmlElement[] = []): HtmlElement[] | null {
  const scores = new Map<HtmlElement, number>();
  const furniture = new Map<HtmlElement, boolean>();
  const voters = [...paragraphs.map((p) => [p, p.parent] as const), ...loose.map((e) => [e, e] as const)];
  for (const [paragraph, first] of voters) {
    const s = paragraph === first ? looseStats(paragraph) : stats.get(paragraph);
    if (!s || s.text - s.linkText < 25 || inFurniture(first, furniture)) continue;
    const vote = 1 + s.commas + Math.min(3, Math.floor(s.text / 100));
    let level = 0;
    for (let p = first; p && level < 5; p = p.parent, level++) {
      if (p.name === '#root' || p.name === 'html') break;
      if (!scores.has(p)) scores.set(p, tagWeight(p) + classWeight(p));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(p, scores.get(p)! + vote / divider);
    }
  }
  let top: HtmlElement | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  const final = new Map<HtmlElement, number>();
  for (const [element, score] of scores) {
    const value = score * (1 - linkDensity(stats.get(element)));
    final.set(element, value);
    if (value > topScore) {
      top = element;
      topScore = value;
    }
  }
  if (!top) return null;
  const best = climb(top, stats, furniture);
  if (stats.get(best)?.paragraphText !== stats.get(top)?.paragraphText) topScore = final.get(best) ?? topScore;
  return withSiblings(best, topScore, final, stats);
}

/**
 * A body split into sections (between figures, ads, pull quotes) sits in an ancestor
 * holding much more of the same kind of text: climb to it, a few levels at most.
 */
function climb(top: HtmlElement, stats: Map<HtmlElement, Stats>, furniture: Map<HtmlElement, boolean>): HtmlElement {
  let best = top;
  for (let level = 0; level < 4; level++) {
    const parent = best.parent;
    const here = stats.get(best);
    const there = parent ? stats.get(parent) : undefined;
    if (!parent || !here || !there || ['body', 'html', '#root'].includes(parent.name)) break;
    // A wrapper adding no paragraphs is passed through; an ancestor must add a quarter more text to be taken.
    const wrapper = there.paragraphText === here.paragraphText && there.text - there.linkText <= (here.text - here.linkText) * 1.1;
    if (there.paragraphText === here.paragraphText && !wrapper) break;
    if (!wrapper && (there.paragraphText < here.paragraphText * 1.25 || linkDensity(there) > 0.3 || inFurniture(parent, furniture))) break;
    best = parent;
  }
  return best;
}

/** The best container plus siblings that score nearly as well or are plain paragraphs. */
function withSiblings(top: HtmlElement, topScore: number, final: Map<HtmlElement, number>, stats: Map<HtmlElement, Stats>): HtmlElement[] {
  const parent = top.parent;
  if (!parent || parent.name === 'body' || parent.name === '#root' || parent.name === 'html') return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const hints = classAndId(top);
  const kept = parent.children.filter((sibling): sibling is HtmlElement => {
    if (sibling.type !== 'element') return false;
    if (sibling === top) return true;
    const score = final.get(sibling) ?? 0;
    const bonus = hints !== '' && classAndId(sibling) === hints ? topScore * 0.2 : 0;
    if (score + bonus >= threshold) return true;
    const s = stats.get(sibling);
    if (sibling.name === 'p' && s) return (s.text >= 80 && linkDensity(s) < 0.25) || (s.text > 0 && linkDensity(s) === 0 && /[.!?]\s*$/.test(textContent(sibling, 400)));
    return false;
  });
  return kept;
}

/**
 * Marks the furniture inside a chosen root: navigation and asides, share bars, related
 * rails, comments, bylines, ad labels, and containers that are mostly links.
 */
function markFurniture(root: HtmlElement, stats: Map<HtmlElement, Stats>, removed: Map<HtmlElement, FurnitureKind>, lenient: boolean): void {
  const stack = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element' || NEVER_CONTENT.has(node.name)) continue;
    const kind = furnitureKind(node, stats, lenient);
    if (kind) {
      removed.set(node, kind);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** What kind of furniture an element inside the content is, or null when it is content. */
function furnitureKind(element: HtmlElement, stats: Map<HtmlElement, Stats>, lenient: boolean): FurnitureKind | null {
  const s = stats.get(element);
  if (!s) return null;
  const hints = classAndId(element);
  const role = attr(element, 'role');
  if (element.name === 'nav' || role === 'navigation' || role === 'menubar') return 'navigation';
  if (hints !== '') {
    const positive = POSITIVE_HINT.test(hints);
    if (SHARE_HINT.test(hints) && s.paragraphText < 200) return 'share';
    if (RELATED_HINT.test(hints) && s.paragraphText < 400) return 'related';
    if (COMMENTS_HINT.test(hints) && !positive) return 'comments';
    if ((BYLINE_HINT.test(hints) || META_HINT.test(hints)) && s.text < 200 && s.paragraphs <= 1) return 'other';
    if (NEGATIVE_HINT.test(hints) && !positive && s.paragraphText < 200 && (linkDensity(s) > 0.2 || s.text < 200)) return 'other';
  }
  if (element.name === 'figcaption') return 'other';
  if (element.name === 'figure' && s.paragraphText < 300) return 'other';
  if (hints !== '' && !TABLE_PARTS.has(element.name) && MEDIA_HINT.test(hints) && s.paragraphText < 200 && s.text - s.linkText < 300 && !POSITIVE_HINT.test(hints)) return 'other';
  if (element.name === 'p' && linkDensity(s) > 0.5 && isPointer(textContent(element, 300))) return 'related';
  if (element.name === 'aside' || role === 'complementary') return s.links >= 3 && linkDensity(s) > 0.5 ? 'related' : 'other';
  if (element.name === 'footer' && s.paragraphText < 200) return 'other';
  if (element.name === 'header' && s.paragraphText < 200) return 'other';
  if (s.text > 0 && s.text <= 40 && !s.hasBlock && AD_LABEL.test(collapse(textContent(element, 80)))) return 'other';
  if (!lenient && isListOfLinks(element, s)) return s.links >= 3 ? 'related' : 'navigation';
  return null;
}

/** A paragraph pointing to another story: `READ MORE: …`, or a headline-style link in capitals. */
function isPointer(text: string): boolean {
  if (POINTER_LABEL.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A container that is mostly links and has no real paragraph: a rail or a menu. */
function isListOfLinks(element: HtmlElement, s: Stats): boolean {
  if (!['div', 'section', 'ul', 'ol', 'table', 'form', 'dl', 'span'].includes(element.name)) return false;
  if (s.links < 2 || s.text === 0) return false;
  const density = linkDensity(s);
  if (s.paragraphs >= 3 && density < 0.5) return false;
  return density > 0.5 || (s.paragraphText < 50 && density > 0.33 && s.links > 4);
}
