import type { HtmlElement } from './dom.js';
import type { PageContext } from './metadata.js';
import { fold, inTeaser, isInside } from './page-tree.js';
import { bestCandidate } from '../../learn/index.js';
import { HTML_RANKERS } from './rankers.generated.js';
import { collapse, textContent } from './text.js';
import { KICKER_HINT, SCREEN_READER_HINT } from './vocabulary.js';

/** The article's headline, chosen among the titles the page states. */

// Separators between a title and the site's name: `Title | Site`, `Title - Site`, `Title_Channel_Site`.
export const TITLE_SEPARATOR = /\s+[|–—·•»«›‹~⋆∙●◆►▸]\s+|\s+-\s+|\s*_\s*|\s*\|\s*|\s+::\s+/;
// `Site: Title`, only cut when the part before the colon is the site's stated name.
const SITE_PREFIX = /^([^:]{1,60}):\s+(\S.*)$/;

/**
 * Removes the site's name from a title: the segment that names the site, else (with `guess`) short trailing
 * segments, which may be a section or a site name.
 */
export function stripSiteName(title: string, siteName: string | undefined, guess = true): string {
  const site = siteName ? fold(siteName) : '';
  const isSite = (part: string) => {
    const folded = fold(part);
    return site !== '' && folded !== '' && (folded === site || site.includes(folded) || folded.includes(site));
  };
  const prefix = SITE_PREFIX.exec(title.trim());
  if (prefix && isSite(prefix[1]!)) return prefix[2]!.trim();
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const kept = parts.filter((p) => !isSite(p));
  if (kept.length > 0 && kept.length < parts.length) {
    // Only the site's name was cut: rejoin what is left as written.
    return kept.length === 1 ? kept[0]! : longest(kept);
  }
  if (!guess) return title.trim();
  // No stated site name matched: the longest segment is the title when the rest are short (sections, site names).
  const best = longest(parts);
  const rest = parts.filter((p) => p !== best);
  return rest.every((p) => p.split(/\s+/).length <= 4 && p.length < best.length) ? best : title.trim();
}

// The separators of titleEnds: those of TITLE_SEPARATOR and a colon (`Blog name: Post title`).
const SEPARATORS = new RegExp(`${TITLE_SEPARATOR.source}|(?<=\\S):\\s+`, 'g');

/**
 * A title without its last segment and without its first (`A - B | Site` → `A - B` and `B | Site`), as written: one
 * end of a title often names the site, while separators inside the rest belong to the headline. The ranker weighs
 * each cut against the other wordings.
 */
export function titleEnds(title: string): { head?: string; tail?: string } {
  const found = [...title.matchAll(SEPARATORS)].filter((m) => m.index > 0 && m.index + m[0].length < title.length);
  if (found.length === 0) return {};
  const first = found[0]!;
  const last = found.at(-1)!;
  return { head: title.slice(0, last.index).trim(), tail: title.slice(first.index + first[0].length).trim() };
}

function longest(parts: string[]): string {
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The kinds of source a headline candidate comes from, each a feature of the ranker. */
export const HEADLINE_KINDS = [
  'json-ld', 'h1-content', 'h1', 'titled', 'og-title', 'og-title-whole', 'twitter-title', 'meta-title', 'title-cut', 'title-whole',
  'title-head', 'title-tail', 'h2',
] as const;
type HeadlineKind = (typeof HEADLINE_KINDS)[number];

/** Kinds that restate one source (a title whole and cut, a social title and its twin) count once as agreement. */
const FAMILY: Record<HeadlineKind, string> = {
  'json-ld': 'json-ld', 'h1-content': 'heading', h1: 'heading', titled: 'heading', h2: 'heading', 'og-title': 'social',
  'og-title-whole': 'social', 'twitter-title': 'social', 'meta-title': 'meta', 'title-cut': 'title', 'title-whole': 'title',
  'title-head': 'title', 'title-tail': 'title',
};

/** What the ranker knows of a headline candidate. */
export const HEADLINE_FEATURES = [
  ...HEADLINE_KINDS.map((kind) => `kind-${kind}`),
  'log-candidates', 'kinds-agreeing', 'families-agreeing', 'unconfirmed', 'only-h1', 'many-h1', 'words-1', 'words-2-3', 'words-4-15', 'words-16+', 'site-name-inside',
  'is-site-name', 'separator-inside', 'inside-title', 'title-first-segment', 'title-last-segment', 'best-overlap', 'ellipsis', 'upper-case',
  'in-content', 'in-teaser', 'links-home',
] as const;

/** One wording of the headline the page states, with the features the ranker scores it by. */
export interface HeadlineCandidate {
  text: string;
  kinds: HeadlineKind[];
  features: number[];
}

/**
 * The headline: the page's stated titles (JSON-LD `headline`, its h1s, elements marked as the title, `og:title` and
 * `twitter:title` whole and with the site's name cut, meta titles, the `<title>` whole and cut, h2s) merge by their
 * words, and a learned ranker (trained by `scripts/train-html-rankers.ts`) picks one.
 */
export function chooseHeadline(context: PageContext): string | undefined {
  return bestCandidate(headlineCandidates(context), HTML_RANKERS.headline.model)?.text;
}

/** Every wording of the headline the page states, merged by words, with features. */
export function headlineCandidates(context: PageContext): HeadlineCandidate[] {
  const { sources, jsonLd, get, title, siteName, content } = context;
  const raw: RawCandidate[] = [];
  const add = (text: string | undefined, kind: HeadlineKind, element?: HtmlElement) => {
    const cleaned = text ? collapse(decodeLeftoverReferences(text)) : '';
    if (cleaned !== '' && cleaned.length <= 400) raw.push({ text: cleaned, kind, element });
  };
  const inContent = (element: HtmlElement) => content.some((root) => isInside(element, root));
  add(jsonLd?.headline, 'json-ld');
  const h1s = sources.headings.filter((h) => h.name === 'h1').map((h) => ({ h, text: collapse(headingText(h)) }));
  for (const { h, text } of h1s) add(text, inContent(h) ? 'h1-content' : 'h1', h);
  const onPage = new Set(h1s.map(({ text }) => fold(text)));
  for (const element of sources.titled) {
    if (element.name === 'h1') continue;
    const text = headingText(element);
    onPage.add(fold(text));
    add(text, 'titled', element);
  }
  // A title is cut at its separators unless the page shows it whole in a heading: then the segments are its own.
  const cut = (text: string | undefined, guess: boolean) => (text && onPage.has(fold(text)) ? text : text ? stripSiteName(text, siteName, guess) : undefined);
  const og = get('og:title');
  add(cut(og, siteName === undefined), 'og-title');
  add(og, 'og-title-whole');
  add(cut(get('twitter:title'), siteName === undefined), 'twitter-title');
  add(get('headline', 'title', 'sailthru.title', 'parsely-title', 'dc.title'), 'meta-title');
  add(cut(title, true), 'title-cut');
  add(title, 'title-whole');
  for (const whole of [title, og]) {
    const ends = whole ? titleEnds(whole) : {};
    add(ends.head, 'title-head');
    add(ends.tail, 'title-tail');
  }
  for (const h of sources.headings) if (h.name === 'h2') add(headingText(h), 'h2', h);
  // A source cut short (`Title of the…`, or at a quote mark an attribute could not hold) stands for the full text.
  for (const candidate of raw) {
    const full = raw.find((other) => other !== candidate && completes(candidate.text, other.text));
    if (full) candidate.text = full.text;
  }
  const groups = new Map<string, RawCandidate[]>();
  for (const candidate of raw) {
    const key = fold(candidate.text);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(candidate);
    else groups.set(key, [candidate]);
  }
  // An h2 alone is a section's title: it only stands when another source says the same.
  for (const [key, group] of groups) if (group.every((c) => c.kind === 'h2')) groups.delete(key);
  const site = siteName ? fold(siteName) : '';
  const isSite = (key: string) => site !== '' && (key === site || site.includes(key));
  // A heading that only repeats the site's stated name is its logo, not the headline, while anything else is stated.
  const logo = groups.get(site);
  if (logo && groups.size > 1 && logo.every((c) => c.element !== undefined)) groups.delete(site);
  const titleKey = title ? fold(title) : '';
  const titleSegments = title ? title.split(TITLE_SEPARATOR).map(fold).filter(Boolean) : [];
  const teaserMemo = new Map<HtmlElement, boolean>();
  const home = homeAddress(context);
  const keys = [...groups.keys()];
  return [...groups].map(([key, group]) => {
    const kinds = [...new Set(group.map((c) => c.kind))];
    const bestOverlap = Math.max(0, ...keys.filter((other) => other !== key).map((other) => overlap(key, other)));
    const words = key.split(' ').length;
    // The page's own heading shows the headline as written (dashes, quotes), where meta tags often simplify it.
    const text = group.find((c) => c.kind === 'h1' || c.kind === 'h1-content')?.text ?? group[0]!.text;
    const features = new Array<number>(HEADLINE_FEATURES.length).fill(0);
    const set = (name: (typeof HEADLINE_FEATURES)[number], value: number) => {
      features[HEADLINE_FEATURES.indexOf(name)] = value;
    };
    for (const kind of kinds) set(`kind-${kind}`, 1);
    set('log-candidates', Math.log(groups.size));
    set('kinds-agreeing', kinds.length - 1);
    set('families-agreeing', new Set(kinds.map((kind) => FAMILY[kind])).size - 1);
    // Said by one source only and unlike every other wording: a section's or a live page's label (`Live updates`).
    set('unconfirmed', kinds.length === 1 && bestOverlap < 0.5 ? 1 : 0);
    set('only-h1', h1s.length === 1 && fold(h1s[0]!.text) === key ? 1 : 0);
    set('many-h1', h1s.length > 1 ? 1 : 0);
    set(words === 1 ? 'words-1' : words <= 3 ? 'words-2-3' : words <= 15 ? 'words-4-15' : 'words-16+', 1);
    set('site-name-inside', site !== '' && key !== site && key.includes(site) ? 1 : 0);
    set('is-site-name', isSite(key) ? 1 : 0);
    set('separator-inside', TITLE_SEPARATOR.test(text) ? 1 : 0);
    set('inside-title', titleKey !== key && titleKey.includes(key) ? 1 : 0);
    // Of `Site: Title` or `Title | Site`, one end names the site, the other the page.
    set('title-first-segment', titleSegments.length > 1 && titleSegments[0] === key ? 1 : 0);
    set('title-last-segment', titleSegments.length > 1 && titleSegments.at(-1) === key ? 1 : 0);
    const elements = group.flatMap((c) => (c.element ? [c.element] : []));
    set('in-content', elements.some(inContent) ? 1 : 0);
    set('in-teaser', elements.length > 0 && elements.every((e) => inTeaser(e, teaserMemo)) ? 1 : 0);
    // A heading that links to the site's front page is the site's logo or name.
    set('links-home', elements.some((e) => linksHome(e, home)) ? 1 : 0);
    set('best-overlap', bestOverlap);
    set('ellipsis', /(?:\.\.\.|…)$/.test(text) ? 1 : 0);
    set('upper-case', /\p{Lu}{4}/u.test(text) && !/\p{Ll}/u.test(text) ? 1 : 0);
    return { text, kinds, features };
  });
}

interface RawCandidate {
  text: string;
  kind: HeadlineKind;
  /** The element that shows it, for headings and title-marked elements. */
  element?: HtmlElement;
}

// A relative link to a site's front page: `/`, `./`, `index.html`, `/home`.
const HOME_PATH = /^(?:\.?\/|(?:\.?\/)?(?:index\.\w{2,5}|home\/?))?$/i;

/** The page's front page as `host/`, when the page's address is known. */
function homeAddress(context: PageContext): string | undefined {
  const resolved = context.urls.resolve('/');
  return /^https?:\/\//i.test(resolved) ? resolved : undefined;
}

/** Whether the element, or a link around it, points to the site's front page. */
function linksHome(element: HtmlElement, home: string | undefined): boolean {
  const isHome = (href: string | undefined) => {
    if (href === undefined) return false;
    const trimmed = href.trim();
    if (HOME_PATH.test(trimmed)) return trimmed !== '';
    if (!home || !/^https?:\/\//i.test(trimmed)) return false;
    const path = trimmed.replace(/[?#].*$/, '');
    return path === home || `${path}/` === home || (path.startsWith(home.slice(0, -1)) && HOME_PATH.test(path.slice(home.length - 1)));
  };
  let parent = element.parent;
  for (let depth = 0; parent && depth < 2; depth++, parent = parent.parent) if (parent.name === 'a' && isHome(parent.attrs.href)) return true;
  const stack: HtmlElement[] = [element];
  for (let visited = 0; stack.length > 0 && visited < 50; visited++) {
    const at = stack.pop()!;
    if (at.name === 'a' && isHome(at.attrs.href)) return true;
    for (const child of at.children) if (child.type === 'element') stack.push(child);
  }
  return false;
}

const LEFTOVER_REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi;
const NAMED_REFERENCES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

/** Character references left in text already decoded: escaped twice by the page (`&amp;#039;` in a meta tag). */
function decodeLeftoverReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(LEFTOVER_REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name) return NAMED_REFERENCES[name.toLowerCase()]!;
    const code = decimal ? Number(decimal) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : reference;
  });
}

/** Whether `full` is the text `cut` was cut from: `cut` ends in an ellipsis or `full` goes on with a quote mark. */
function completes(cut: string, full: string): boolean {
  const ellipsis = /(?:\.\.\.|…)$/.exec(cut);
  const stem = ellipsis ? cut.slice(0, ellipsis.index).trimEnd() : cut;
  if (stem.length < 12 || full.length <= stem.length || !full.startsWith(stem)) return false;
  return ellipsis !== null || /^\s?["“„«']/.test(full.slice(stem.length));
}

/** A heading's text without what is not the headline: a `<small>` kicker or date, screen-reader labels, kicker spans. */
export function headingText(heading: HtmlElement): string {
  return textContent(heading, 500, false, (e) => e.name === 'small' || (e.attrs.class !== undefined && (KICKER_HINT.test(e.attrs.class) || SCREEN_READER_HINT.test(e.attrs.class))));
}

/** The smaller share of either text's words found in the other: 1 when they say the same, 0 when nothing. */
function overlap(a: string, b: string): number {
  const wordsA = new Set(a.split(' '));
  const wordsB = new Set(b.split(' '));
  if (wordsA.size === 0 || wordsB.size === 0 || a === b) return a === b ? 1 : 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return Math.min(shared / wordsA.size, shared / wordsB.size);
}

