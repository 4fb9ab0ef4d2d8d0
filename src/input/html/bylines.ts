import { authorHandle, cleanAuthorList, isOrganisation, opensWithBy, stripLabel } from './authors.js';
import { descendants, type HtmlElement, type HtmlNode, type HtmlText } from './dom.js';
import type { MetaSources, PageContext } from './metadata.js';
import { fold, following, inTeaser, isInside } from './page-tree.js';
import { bestCandidate } from '../../learn/index.js';
import { HTML_RANKERS } from './rankers.generated.js';
import { attr, BoundedTexts, collapse, textContent } from './text.js';
import { BLOCK_ELEMENTS } from './vocabulary.js';
import { isBlank } from '../../analysis/chars.js';
import { uniqueNames } from '../../analysis/names.js';

/** Who wrote the article, read from the page's structured data, meta tags, byline markup and credit lines. */

const URLISH = /^(?:https?:)?\/\//i;

/**
 * The page's authors: every credit the page states is a candidate, and a learned ranker (trained by
 * `scripts/train-html-rankers.ts`) picks the one most likely to be the article's byline, or none.
 */
export function readAuthors(context: PageContext, heading: HtmlElement | undefined): string[] | undefined {
  const candidates = creditCandidates(context, heading);
  return bestCandidate(candidates, HTML_RANKERS.authors.model, HTML_RANKERS.authors.config.threshold)?.names;
}

/** The kinds of source a credit comes from, each a feature of the ranker. */
export const CREDIT_KINDS = [
  'json-ld', 'meta', 'meta-label', 'byline-by', 'byline', 'date-line', 'credit-line', 'label-text', 'label-text-end', 'author-link', 'json-ld-organisation', 'copyright',
] as const;
type CreditKind = (typeof CREDIT_KINDS)[number];

/** What the ranker knows of a set of names credited somewhere on the page. */
export const CREDIT_FEATURES = [
  ...CREDIT_KINDS.map((kind) => `kind-${kind}`),
  'log-candidates', 'only-candidate', 'kinds-agreeing', 'log-occurrences', 'partial-agreement', 'covers-other', 'names-1', 'names-2', 'names-3+', 'full-name-share', 'organisation',
  'site-name', 'lower-case-handle', 'no-element', 'in-content', 'in-teaser', 'after-heading', 'before-heading', 'log-distance',
  'first-byline', 'itemprop-author', 'rel-author', 'editor', 'odd-characters', 'glued-words', 'long-name',
] as const;

/** One set of names the page credits, with the features the ranker scores it by. */
export interface CreditCandidate {
  names: string[];
  kinds: CreditKind[];
  features: number[];
}

interface Credit {
  names: string[];
  kind: CreditKind;
  element?: HtmlElement;
  /** Among the page's byline elements, this one's place. */
  order?: number;
  editor?: boolean;
}

const META_AUTHOR_KEYS = ['author', 'article:author', 'og:article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator'];

/** Every credit the page states, merged by the names they give, with features. */
export function creditCandidates(context: PageContext, heading: HtmlElement | undefined): CreditCandidate[] {
  const { sources, jsonLd, get, content, siteName } = context;
  const credits: Credit[] = [];
  const add = (names: string[], kind: CreditKind, rest: Omit<Credit, 'names' | 'kind'> = {}) => {
    if (names.length > 0) credits.push({ names, kind, ...rest });
  };
  add(cleanAuthorList((jsonLd?.authors ?? []).filter((a) => !URLISH.test(a))), 'json-ld');
  // Each key's first value, and all its values together where a key repeats once per author (`article:author`).
  const stated = new Map<string, string[]>();
  const state = (values: string[]) => stated.set(values.join('\n'), values);
  for (const key of META_AUTHOR_KEYS) {
    const values = [...new Set((sources.meta.get(key) ?? []).map(collapse).filter((a) => a !== '' && !URLISH.test(a)))];
    if (values.length > 0) state([values[0]!]);
    // More than a few is a comment thread's microdata, not a list of co-authors.
    if (values.length > 1 && values.length <= 4) state(values);
  }
  const other = otherAuthorKey(sources);
  if (other !== undefined && !URLISH.test(other)) state([other]);
  for (const values of stated.values()) {
    const names = cleanAuthorList(values);
    add(names, 'meta', { editor: names.length > 0 && creditedAsEditor(names, sources) });
  }
  for (const value of labelledMeta(get)) add(cleanAuthorList([value]), 'meta-label');
  markupCredits(sources, content, credits);
  const line = creditLine(content, heading);
  if (line) add(line.names, 'credit-line', { element: line.element });
  if (heading) for (const labelled of labelledTexts(textsAfter(heading))) add(labelled.names, 'label-text', { element: labelled.element });
  for (const labelled of labelledTexts(lastTexts(content))) add(labelled.names, 'label-text-end', { element: labelled.element });
  for (const link of sources.authorLinks) add(namesOrHandle(textContent(link, 200)), 'author-link', { element: link });
  add(cleanAuthorList(jsonLd?.organisationAuthors ?? []), 'json-ld-organisation');
  add(copyrightHolder(sources, siteName) ?? [], 'copyright');
  return describe(credits, content, siteName, heading);
}

/** Groups credits naming the same people and measures each group. */
function describe(credits: Credit[], content: readonly HtmlElement[], siteName: string | undefined, heading: HtmlElement | undefined): CreditCandidate[] {
  const groups = new Map<string, Credit[]>();
  // A one-word display name (`Jane`, a CMS login) is the person another credit names in full (`Jane Doe`).
  const shown = credits.flatMap((c) => c.names).filter((n) => /\s/.test(n));
  for (const credit of credits) {
    credit.names = uniqueNames(credit.names.map((name) => (/\s/.test(name) ? name : (shown.find((full) => full.toLowerCase().startsWith(`${name.toLowerCase()} `)) ?? name))));
  }
  for (const credit of credits) {
    const key = credit.names.map(fold).sort().join('|');
    if (key.replace(/\|/g, '') === '') continue;
    const group = groups.get(key);
    if (group) group.push(credit);
    else groups.set(key, [credit]);
  }
  const nameCounts = new Map<string, number>();
  for (const group of groups.values()) for (const name of group[0]!.names) nameCounts.set(fold(name), (nameCounts.get(fold(name)) ?? 0) + 1);
  const site = siteName ? fold(siteName) : '';
  const teaser = new Map<HtmlElement, boolean>();
  const keys = [...groups.keys()];
  return [...groups].map(([ownKey, group]) => {
    const names = group[0]!.names;
    const kinds = [...new Set(group.map((c) => c.kind))];
    const elements = group.map((c) => c.element).filter((e): e is HtmlElement => e !== undefined);
    const folded = names.map(fold);
    const features = new Array<number>(CREDIT_FEATURES.length).fill(0);
    const set = (name: (typeof CREDIT_FEATURES)[number], value: number) => {
      features[CREDIT_FEATURES.indexOf(name)] = value;
    };
    for (const kind of kinds) set(`kind-${kind}`, 1);
    set('log-candidates', Math.log(groups.size));
    set('only-candidate', groups.size === 1 ? 1 : 0);
    set('kinds-agreeing', kinds.length - 1);
    set('log-occurrences', Math.log(group.length));
    // A list of co-authors holding every name another credit gives alone (`By Jane Doe and John Roe` over `Jane Doe`).
    set('covers-other', folded.length > 1 && keys.some((key) => key !== ownKey && key.split('|').every((name) => folded.includes(name))) ? 1 : 0);
    set('partial-agreement', folded.some((name) => (nameCounts.get(name) ?? 0) > 1) ? 1 : 0);
    set(names.length === 1 ? 'names-1' : names.length === 2 ? 'names-2' : 'names-3+', 1);
    set('full-name-share', names.filter((n) => /\s/.test(n)).length / names.length);
    set('organisation', names.some(isOrganisation) ? 1 : 0);
    set('site-name', site !== '' && folded.some((n) => n === site || site.includes(n) || n.includes(site)) ? 1 : 0);
    set('lower-case-handle', names.some((n) => !/\s/.test(n) && !/\p{Lu}/u.test(n) && /\p{Ll}/u.test(n)) ? 1 : 0);
    set('no-element', elements.length === 0 ? 1 : 0);
    set('in-content', elements.some((e) => content.some((root) => isInside(e, root))) ? 1 : 0);
    set('in-teaser', elements.length > 0 && elements.every((e) => inTeaser(e, teaser)) ? 1 : 0);
    if (heading && elements.length > 0) {
      const nearest = Math.min(...elements.map((e) => Math.abs(e.start - heading.start)));
      set('after-heading', elements.some((e) => e.start > heading.start) ? 1 : 0);
      set('before-heading', elements.some((e) => e.start < heading.start) ? 1 : 0);
      set('log-distance', Math.log1p(nearest / 1000));
    }
    set('first-byline', group.some((c) => c.order === 0) ? 1 : 0);
    set('itemprop-author', elements.some((e) => /\b(?:author|creator)\b/i.test(e.attrs.itemprop ?? '')) ? 1 : 0);
    set('rel-author', elements.some((e) => /\bauthor\b/i.test(e.attrs.rel ?? '')) ? 1 : 0);
    set('editor', group.some((c) => c.editor) ? 1 : 0);
    // How much the names look like people's: letters and name marks only, no words glued together by markup
    // (`PersonAlle`), at most four words.
    set('odd-characters', names.some((n) => /[^\p{L}\p{M}\s.'’‘-]/u.test(n)) ? 1 : 0);
    set('glued-words', names.some((n) => /\p{Ll}{2}\p{Lu}\p{Ll}/u.test(n)) ? 1 : 0);
    set('long-name', names.some((n) => n.split(' ').length > 4) ? 1 : 0);
    return { names, kinds, features };
  });
}


export const COPYRIGHT = /(?:©|\(c\)|copyright)/i;
// `© 2019 Jane Doe`, `(c) Jane Doe • All rights reserved`, `Copyright 2010-2020 by Jane Doe.`
const COPYRIGHT_HOLDER = /(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?(?:by\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:$|[•|·,.;:()–—-]|\s(?:19|20)\d{2}))/u;
// A holder that names a company, an association or a publication is not a person.
const NOT_A_PERSON = /\b(?:gmbh|ag|e\.?\s?v|inc|ltd|llc|plc|corp|co|kg|verlag|verein|media|medien|news|press|presse|group|gruppe|team|redaktion|stiftung|foundation|institut|institute|university|universität|all|alle|rights|rechte|reserved|vorbehalten)\b/i;

/**
 * A personal site's copyright holder (`© 2019 Jane Doe`) as the author, taken last: only a full personal name,
 * never a company, an association or the site's own name.
 */
function copyrightHolder(sources: MetaSources, siteName: string | undefined): string[] | undefined {
  const site = siteName ? fold(siteName) : '';
  for (const notice of sources.copyrights) {
    const holder = COPYRIGHT_HOLDER.exec(notice)?.[1];
    if (!holder || NOT_A_PERSON.test(holder) || (site !== '' && (fold(holder) === site || site.includes(fold(holder))))) continue;
    const names = cleanAuthorList([holder]).filter((name) => /\s/.test(name) && !isOrganisation(name));
    if (names.length === 1) return names;
  }
  return undefined;
}

// A short line crediting the article without byline markup: `By Jane Doe`, `---- by Jane Doe`, `Eine Kolumne von
// Jane Doe`, `Veröffentlicht am 30.01.2022 von Jane Doe`, `Posted on May 5, 2020 by Jane Doe`: up to three words and
// a date, then the label, then a capitalised name.
const CREDIT_LINE =
  /^[^\p{L}\p{N}]{0,6}(?:\p{L}+\s+){0,3}?(?:[\p{L}\p{N}.,:]*\d[\p{L}\p{N}.,:]*\s+){0,4}(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i|[Aa]v|[Pp]rzez)\s+(\p{Lu}\S*(?:\s+\S+){1,5})$/u;
// `作者︱春春`, `记者：张三`: a Chinese or Japanese credit label, a separator, the name.
const CJK_CREDIT_LINE = /^[\s\u3000]*(?:作者|记者|記者|撰文|执笔|執筆|文)[\s\u3000]*[:：︱|丨/][\s\u3000]*([\u3400-\u9fff·]{2,8})[\s\u3000]*$/u;
const MAX_CREDIT_LINE = 100;
// Blocks after the headline's heading where its byline stands.
const BLOCKS_AFTER_HEADING = 12;

/**
 * Authors from the first short block that is a credit line, when no markup marks a byline: among the blocks
 * just after the headline's heading, then in the content. Headings themselves are titles, not credits.
 */
function creditLine(content: readonly HtmlElement[], heading: HtmlElement | undefined): { names: string[]; element: HtmlElement } | undefined {
  // Nested blocks share their text: each subtree is read once, however deep the nesting.
  const texts = new BoundedTexts(MAX_CREDIT_LINE + 1);
  const read = (node: HtmlNode): string[] | undefined => {
    if (node.type !== 'element' || !BLOCK_ELEMENTS.has(node.name) || /^h[1-6]$/.test(node.name)) return undefined;
    const text = texts.read(node);
    if (text.length > MAX_CREDIT_LINE) return undefined;
    const cjk = CJK_CREDIT_LINE.exec(text);
    if (cjk) return [cjk[1]!];
    const credit = CREDIT_LINE.exec(text);
    // Full names only: a single capitalised word after `by` is as often a place or a day (`By Monday`).
    const names = credit ? cleanAuthorList([credit[1]!]).filter((name) => /\s/.test(name)) : [];
    return names.length > 0 ? names : undefined;
  };
  if (heading) {
    let blocks = 0;
    for (const node of following(heading)) {
      if (node.type !== 'element' || !BLOCK_ELEMENTS.has(node.name)) continue;
      if (++blocks > BLOCKS_AFTER_HEADING) break;
      const names = read(node);
      if (names) return { names, element: node as HtmlElement };
    }
  }
  let seen = 0;
  for (const root of content) {
    for (const node of descendants(root)) {
      if (++seen > 3000) return undefined;
      const names = read(node);
      if (names) return { names, element: node as HtmlElement };
    }
  }
  return undefined;
}

// Text runs after the headline's heading searched for a labelled credit, and how many credits are taken.
const TEXTS_AFTER_HEADING = 40;
const TEXTS_AT_END = 15;
const MAX_LABELLED = 3;

/** The first text runs after the heading. */
function* textsAfter(heading: HtmlElement): Generator<HtmlText> {
  let texts = 0;
  for (const node of following(heading)) {
    if (node.type !== 'text' || collapse(node.value) === '') continue;
    if (++texts > TEXTS_AFTER_HEADING) return;
    yield node;
  }
}

/** The last text runs of the content, where a credit closes many articles (`Text: Jane Doe`, `Autor: …`). */
function lastTexts(content: readonly HtmlElement[]): HtmlText[] {
  const last: HtmlText[] = [];
  for (const node of content.length > 0 ? descendants(content.at(-1)!) : []) {
    if (node.type !== 'text' || isBlank(node.value)) continue;
    last.push(node);
    if (last.length > TEXTS_AT_END * 2) last.splice(0, TEXTS_AT_END);
  }
  return last.slice(-TEXTS_AT_END);
}

/**
 * Short text runs that open with a credit label (`Von Jane Doe`, `Par Jane Doe`, `作者：张三`), or are only a label
 * followed by the name in the next run (`<span>Von</span> <a>Jane Doe</a>`): bylines that no markup marks and no
 * block holds alone.
 */
function labelledTexts(texts: Iterable<HtmlText>): Array<{ names: string[]; element: HtmlElement }> {
  const found: Array<{ names: string[]; element: HtmlElement }> = [];
  let label: string | undefined;
  for (const node of texts) {
    const text = collapse(node.value);
    if (found.length >= MAX_LABELLED) break;
    if (text.length > MAX_CREDIT_LINE) {
      label = undefined;
      continue;
    }
    const credit = label ? `${label} ${text}` : text;
    label = undefined;
    const rest = stripLabel(credit);
    if (rest === '') label = text;
    else if (rest !== credit) {
      const names = cleanAuthorList([credit]).filter((name) => /\s/.test(name) || !/\p{Lu}|\p{Ll}/u.test(name));
      if (names.length > 0) found.push({ names, element: node.parent });
    }
  }
  return found;
}

/**
 * The values of `twitter:dataN` tags whose `twitter:labelN` is a credit label (`Written by`, `Verfasst von`): how
 * SEO plugins state the author for link previews.
 */
function labelledMeta(get: PageContext['get']): string[] {
  const values: string[] = [];
  for (let n = 1; n <= 4; n++) {
    const label = get(`twitter:label${n}`);
    const value = get(`twitter:data${n}`);
    if (label && value && !URLISH.test(value) && stripLabel(label).trim() === '') values.push(value);
  }
  return values;
}

// Meta names for the author under a vendor's prefix: `cse_author`, `article.author`, `dcterms.creator`.
const AUTHOR_KEY = /^[\w.:-]{1,30}[._:-](?:author|creator)$/;

/** The first meta tag naming the author under a key the known list lacks. */
function otherAuthorKey(sources: MetaSources): string | undefined {
  for (const [key, values] of sources.meta) if (AUTHOR_KEY.test(key) && !key.includes('twitter') && !key.includes('fb')) return collapse(values[0]!);
  return undefined;
}

// `Editor: Jane Doe` — the person who edited the page, whom some pages also put in meta author.
const EDITOR_LABEL = /(?:责任编辑|编辑|編輯|editor|redakteur(?:in)?|rédact(?:eur|rice)|redacción|redazione)\s*[:：]\s*([^\s\]]{2,40}(?: [^\s\]]{1,40}){0,3})/giu;

/** Whether every stated author is someone the page itself labels as its editor. */
function creditedAsEditor(names: string[], sources: MetaSources): boolean {
  const editors = sources.editorTexts.flatMap((text) => [...text.matchAll(EDITOR_LABEL)].map((m) => m[1]!.toLowerCase()));
  if (editors.length === 0) return false;
  return names.every((name) => editors.some((editor) => name.toLowerCase().includes(editor)));
}

/**
 * Credits from byline markup: the union of `By …` bylines inside the content (a digest credits several), each
 * byline element (an `itemprop=name` inside it, its text, or a mailto link's title), and a `By …` inside a date
 * line (`May 5, 2020 BY JANE DOE`).
 */
function markupCredits(sources: MetaSources, content: readonly HtmlElement[], credits: Credit[]): void {
  const valueOf = (element: HtmlElement): string | undefined => {
    const named = element.attrs.itemprop !== undefined || element.attrs.itemtype !== undefined ? namedWithin(element) : undefined;
    if (named) return attr(named, 'content') ?? textContent(named, 200);
    if (/^mailto:/i.test(element.attrs.href ?? '')) return attr(element, 'title');
    return attr(element, 'content') ?? textContent(element, 300, true);
  };
  const bylines = sources.bylines.filter((b) => !mentionedInProse(b));
  const inContent = bylines.filter((b) => content.some((root) => isInside(b, root)));
  // Comments and teasers open with `By …` too: their writers are not the article's co-authors.
  const teaser = new Map<HtmlElement, boolean>();
  const byLines = inContent.filter((b) => opensWithBy(valueOf(b) ?? '') && !inTeaser(b, teaser));
  const union = cleanAuthorList(byLines.map((b) => valueOf(b)!));
  if (union.length > 0) credits.push({ names: union, kind: 'byline-by', element: byLines[0] });
  let order = 0;
  for (const element of bylines) {
    const value = valueOf(element);
    const names = value ? namesOrHandle(value) : [];
    if (names.length > 0) credits.push({ names, kind: 'byline', element, order: order++ });
  }
  for (const element of sources.dateElements) {
    const by = /\bby\s+(\S.{0,150})$/i.exec(textContent(element, 300));
    const names = by ? cleanAuthorList([by[1]!]) : [];
    if (names.length > 0) credits.push({ names, kind: 'date-line', element });
  }
}

/** The names a credit gives, else the handle an author-marked element or link holds alone. */
function namesOrHandle(value: string): string[] {
  const names = cleanAuthorList([value]);
  const handle = names.length === 0 ? authorHandle(value) : undefined;
  return handle ? [handle] : names;
}

/**
 * A person marked up where the text mentions them (`… said pastor <span itemtype=Person>Jane Doe</span>.`): a
 * schema.org Person without an `itemprop` inside a long paragraph is an entity tag, not a byline.
 */
function mentionedInProse(element: HtmlElement): boolean {
  if (element.attrs.itemprop !== undefined || !/Person$/i.test(element.attrs.itemtype ?? '')) return false;
  let block: HtmlElement | null = element.parent;
  while (block && !BLOCK_ELEMENTS.has(block.name)) block = block.parent;
  return block !== null && textContent(block, 200).length > 120;
}

/** The first `itemprop=name` among an element's first few hundred descendants. */
function namedWithin(element: HtmlElement): HtmlElement | undefined {
  let seen = 0;
  for (const node of descendants(element)) {
    if (++seen > 300) return undefined;
    if (node.type === 'element' && /\bname\b/.test(node.attrs.itemprop ?? '')) return node;
  }
  return undefined;
}

