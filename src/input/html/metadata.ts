import type { PageMetadata } from '../document.js';
import { cleanAuthorList, opensWithBy } from './authors.js';
import { descendants, type HtmlElement, type HtmlNode } from './dom.js';
import type { JsonLdArticle } from './jsonld.js';
import { attr, classAndId, collapse, textContent } from './text.js';
import { isDateLine, normaliseDate } from '../../analysis/dates.js';
import type { UrlResolver } from './urls.js';
import { BYLINE_HINT, NEVER_CONTENT } from './vocabulary.js';

/** The elements metadata is read from, gathered in one walk of the page. */
export interface MetaSources {
  html: HtmlElement | undefined;
  base: HtmlElement | undefined;
  title: HtmlElement | undefined;
  /** `<meta>` contents by lower-cased `name`, `property`, `itemprop` or `http-equiv`, in page order. */
  meta: Map<string, string[]>;
  /** `<link rel>` hrefs by lower-cased rel word (first wins). */
  links: Map<string, string>;
  headings: HtmlElement[];
  times: HtmlElement[];
  /** Elements marked as authors: `itemprop=author`, `rel=author`, byline classes. */
  bylines: HtmlElement[];
  /** Elements marked as the publication date by itemprop or class. */
  dateElements: HtmlElement[];
  /** Short texts that may credit an editor (`责任编辑：…`, `Editor: …`). */
  editorTexts: string[];
}

const MAX_HEADINGS = 200;
const MAX_MARKED = 50;
const DATE_HINT = /(?:^|[\s_-])(?:date|dateline|time|timestamp|published|pubdate|posted|post-date|publish-date|article-date|meta-date|datetime)(?=$|[\s_-])/i;

/** Walks the page once and keeps what metadata reads. */
export function gatherSources(root: HtmlElement): MetaSources {
  const sources: MetaSources = {
    html: undefined,
    base: undefined,
    title: undefined,
    meta: new Map(),
    links: new Map(),
    headings: [],
    times: [],
    bylines: [],
    dateElements: [],
    editorTexts: [],
  };
  for (const node of descendants(root)) {
    if (node.type !== 'element') continue;
    const { name, attrs } = node;
    if (name === 'html') sources.html ??= node;
    else if (name === 'base') sources.base ??= node;
    else if (name === 'title') sources.title ??= node;
    else if (name === 'meta') {
      const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'])?.trim().toLowerCase();
      const content = attrs.content ?? attrs.datetime;
      if (key && content?.trim()) {
        const values = sources.meta.get(key);
        if (!values) sources.meta.set(key, [content.trim()]);
        else if (values.length < MAX_MARKED) values.push(content.trim());
      }
    } else if (name === 'link') {
      for (const rel of (attrs.rel ?? '').toLowerCase().split(/\s+/)) {
        if (rel && attrs.href && !sources.links.has(rel)) sources.links.set(rel, attrs.href);
      }
    } else if ((name === 'h1' || name === 'h2') && sources.headings.length < MAX_HEADINGS) sources.headings.push(node);
    else if (name === 'time' && sources.times.length < MAX_MARKED) sources.times.push(node);
    if (name === 'meta' || name === 'link') continue;
    if (sources.editorTexts.length < MAX_MARKED && node.children.length === 1 && node.children[0]!.type === 'text') {
      const text = (node.children[0] as HtmlNode & { type: 'text' }).value;
      if (text.length < 80 && /编辑|編輯|editor|redakt|rédact|redac/i.test(text)) sources.editorTexts.push(text);
    }
    const mailto = name === 'a' && /^mailto:[^?]/i.test(attrs.href ?? '') && attrs.title !== undefined;
    const itemprop = attrs.itemprop ?? '';
    if (sources.bylines.length < MAX_MARKED && (mailto || /\b(?:author|creator)\b/i.test(itemprop) || /\bauthor\b/i.test(attrs.rel ?? '') || BYLINE_HINT.test(classAndId(node)))) {
      sources.bylines.push(node);
    }
    if (sources.dateElements.length < MAX_MARKED && (/\bdatePublished\b/.test(itemprop) || (name !== 'time' && DATE_HINT.test(classAndId(node))))) {
      sources.dateElements.push(node);
    }
  }
  return sources;
}

/**
 * What the page states about itself. Each field takes the first source that has it, in the
 * order structured data, meta tags, markup; the headline is voted on, as pages disagree.
 */
export function readMetadata(
  sources: MetaSources,
  jsonLd: JsonLdArticle | null,
  urls: UrlResolver,
  content: readonly HtmlElement[],
): PageMetadata {
  const { meta, links } = sources;
  const get = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key)?.[0];
      if (value) return collapse(value);
    }
    return undefined;
  };
  const page: PageMetadata = {};
  const assign = <K extends keyof PageMetadata>(key: K, value: PageMetadata[K] | undefined) => {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) page[key] = value;
  };
  const title = sources.title ? textContent(sources.title, 2000) : undefined;
  const siteName = cleanSiteName(get('og:site_name') ?? jsonLd?.publisher ?? get('application-name', 'al:ios:app_name', 'twitter:app:name:iphone'));
  assign('title', title);
  assign('siteName', siteName);
  assign('headline', chooseHeadline(sources, jsonLd, get, title, siteName, content));
  assign('authors', readAuthors(sources, jsonLd, get, content));
  assign('publishedAt', readPublished(sources, jsonLd, get, urls) ?? dateNearHeadline(sources, page.headline) ?? dateInTitle(title));
  assign('modifiedAt', jsonLd?.dateModified ?? get('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'));
  assign('language', readLanguage(sources, jsonLd, get));
  const canonical = links.get('canonical') ?? get('og:url') ?? jsonLd?.url;
  assign('canonicalUrl', canonical ? urls.resolve(canonical) : undefined);
  const image = get('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? jsonLd?.image ?? links.get('image_src');
  assign('image', image ? urls.resolve(image) : undefined);
  assign('description', get('og:description', 'description', 'twitter:description') ?? jsonLd?.description);
  const keywords = get('keywords', 'news_keywords', 'article:tag');
  assign('keywords', keywords ? splitKeywords(keywords) : jsonLd?.keywords.slice(0, 50));
  return page;
}

/** `Site - Tagline` → `Site`; a bare address → its name; a legal form dropped. */
function cleanSiteName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const trimmed = collapse(name);
  // A bare address (`http://www.tmz.com`, `TMZ.COM`) names the site by its host's first label.
  const host = /^(?:https?:\/\/|www\.)(?:www\.)?([\p{L}\p{N}-]+)\.[a-z]{2,6}\/?$/iu.exec(trimmed) ?? /^([A-Z\d-]+)\.[A-Z]{2,6}$/u.exec(trimmed);
  if (host) return host[1];
  const [first = trimmed] = trimmed.split(/\s+[|–—-]\s+/);
  // The publisher's legal form is not the publication's name: `The Daily Example Company` → `The Daily Example`.
  return first.replace(/,?\s+(?:company|co\.|inc\.?|llc|ltd\.?|limited|gmbh|ag|s\.a\.|plc)$/i, '').trim() || undefined;
}

type Getter = (...keys: string[]) => string | undefined;

// Separators between a title and the site's name: `Title | Site`, `Title - Site`, `Title_Channel_Site`.
const TITLE_SEPARATOR = /\s+[|–—·•»]\s+|\s+-\s+|\s*_\s*|\s*\|\s*|\s+::\s+/;
// `Site: Title`, only cut when the part before the colon is the site's stated name.
const SITE_PREFIX = /^([^:]{1,60}):\s+(\S.*)$/;

/** The words of a string, for comparing titles: letters and digits, lower case, single spaces. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Removes the site's name from a title: the segment that names the site, else short trailing segments. */
export function stripSiteName(title: string, siteName: string | undefined): string {
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
  // No stated site name matched: the longest segment is the title when the rest are short (sections, site names).
  const best = longest(parts);
  const rest = parts.filter((p) => p !== best);
  return rest.every((p) => p.split(/\s+/).length <= 4 && p.length < best.length) ? best : title.trim();
}

function longest(parts: string[]): string {
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * The headline by agreement: JSON-LD `headline`, `og:title`, `twitter:title`, the page's
 * h1s and the `<title>` (site name removed) each vote; the text most sources agree on
 * wins, ties going to the more reliable source.
 */
function chooseHeadline(
  sources: MetaSources,
  jsonLd: JsonLdArticle | null,
  get: Getter,
  title: string | undefined,
  siteName: string | undefined,
  content: readonly HtmlElement[],
): string | undefined {
  const candidates: Array<{ text: string; weight: number }> = [];
  const add = (text: string | undefined, weight: number) => {
    const cleaned = text ? collapse(text) : '';
    if (cleaned !== '' && cleaned.length <= 400) candidates.push({ text: cleaned, weight });
  };
  const inContent = (h: HtmlElement) => content.some((root) => isInside(h, root));
  add(jsonLd?.headline, 6);
  const h1s = sources.headings.filter((h) => h.name === 'h1').map((h) => ({ h, text: textContent(h, 500) }));
  for (const { h, text } of h1s) add(text, inContent(h) ? 5 : 2);
  add(stripSiteName(get('og:title') ?? '', siteName), 4);
  add(stripSiteName(get('twitter:title') ?? '', siteName), 3);
  add(get('headline', 'title', 'sailthru.title', 'parsely-title', 'dc.title'), 2);
  add(title ? stripSiteName(title, siteName) : undefined, 1);
  // An h2 only counts when another source says the same.
  for (const h of sources.headings) if (h.name === 'h2') add(textContent(h, 500), 0);
  const votes = new Map<string, { text: string; count: number; weight: number }>();
  for (const candidate of candidates) {
    const key = fold(candidate.text);
    if (key === '') continue;
    const entry = votes.get(key);
    if (entry) {
      if (candidate.weight > 0) entry.count++;
      entry.weight = Math.max(entry.weight, candidate.weight);
    } else votes.set(key, { text: candidate.text, count: candidate.weight > 0 ? 1 : 0, weight: candidate.weight });
  }
  // An h2 matching something else counts once it agrees.
  for (const candidate of candidates) if (candidate.weight === 0) {
    const entry = votes.get(fold(candidate.text));
    if (entry && entry.count > 0) entry.count++;
  }
  let best: { text: string; count: number; weight: number } | undefined;
  for (const entry of votes.values()) {
    if (entry.count === 0) continue;
    if (!best || entry.count > best.count || (entry.count === best.count && entry.weight > best.weight)) best = entry;
  }
  return best?.text;
}

function isInside(element: HtmlElement, ancestor: HtmlElement): boolean {
  for (let p: HtmlElement | null = element; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

const URLISH = /^(?:https?:)?\/\//i;

function readAuthors(sources: MetaSources, jsonLd: JsonLdArticle | null, get: Getter, content: readonly HtmlElement[]): string[] | undefined {
  const fromJsonLd = cleanAuthorList((jsonLd?.authors ?? []).filter((a) => !URLISH.test(a)));
  if (fromJsonLd.length > 0) return fromJsonLd;
  const stated = [get('author'), get('article:author'), get('og:article:author'), get('byl'), get('parsely-author'), get('sailthru.author'), get('dc.creator')]
    .filter((a): a is string => a !== undefined && !URLISH.test(a));
  const fromMeta = cleanAuthorList(stated.slice(0, 1));
  if (fromMeta.length > 0 && !creditedAsEditor(fromMeta, sources)) return fromMeta;
  return fromMarkup(sources, content);
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
 * Authors from byline markup: every `By …` byline inside the content (a digest credits
 * several), else the first byline element in page order that yields a name (an
 * `itemprop=name` inside it, its text, or a mailto link's title), else a `By …` inside a
 * date line (`May 5, 2020 BY JANE DOE`).
 */
function fromMarkup(sources: MetaSources, content: readonly HtmlElement[]): string[] | undefined {
  const valueOf = (element: HtmlElement): string | undefined => {
    const named = element.attrs.itemprop !== undefined ? namedWithin(element) : undefined;
    if (named) return attr(named, 'content') ?? textContent(named, 200);
    if (/^mailto:/i.test(element.attrs.href ?? '')) return attr(element, 'title');
    return attr(element, 'content') ?? textContent(element, 300, true);
  };
  const inContent = sources.bylines.filter((b) => content.some((root) => isInside(b, root)));
  const byLines = inContent.map(valueOf).filter((v): v is string => v !== undefined && opensWithBy(v));
  const union = cleanAuthorList(byLines);
  if (union.length > 0) return union;
  for (const element of sources.bylines) {
    const value = valueOf(element);
    const names = value ? cleanAuthorList([value]) : [];
    if (names.length > 0) return names;
  }
  for (const element of sources.dateElements) {
    const by = /\bby\s+(\S.{0,150})$/i.exec(textContent(element, 300));
    const names = by ? cleanAuthorList([by[1]!]) : [];
    if (names.length > 0) return names;
  }
  return undefined;
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

const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/;
const ISO_DAY = /\b((?:19|20)\d{2})[-/.年](0?[1-9]|1[0-2])[-/.月](0?[1-9]|[12]\d|3[01])(?!\d)/;

function readPublished(sources: MetaSources, jsonLd: JsonLdArticle | null, get: Getter, urls: UrlResolver): string | undefined {
  // Pages state several "published" dates (re-promotions, embedded videos, updates): the earliest is the first publication.
  const stated = [
    jsonLd?.datePublished,
    ...PUBLISHED_KEYS.flatMap((key) => sources.meta.get(key) ?? []),
    ...sources.dateElements.map((e) => attr(e, 'datetime') ?? attr(e, 'content')),
    ...sources.times.filter((t) => attr(t, 'pubdate') !== undefined || /publish/i.test(`${t.attrs.itemprop ?? ''} ${classAndId(t)}`)).map((t) => attr(t, 'datetime')),
  ];
  const earliest = earliestDate(stated);
  if (earliest) return earliest;
  const firstTime = sources.times[0];
  const loose = get('date', 'dc.date') ?? (firstTime && attr(firstTime, 'datetime'));
  if (loose) return loose;
  // Visible dates in date-marked elements: `2017-03-10 09:58`, `May 20, 2019`.
  for (const element of sources.dateElements) {
    const text = textContent(element, 200);
    if (!/\d/.test(text)) continue;
    const day = ISO_DAY.exec(text);
    if (day) return isoDay(day);
    const prose = text.length >= 6 ? normaliseDate(text.replace(DATE_LABEL, '')) : null;
    if (prose) return prose;
  }
  const canonical = sources.links.get('canonical') ?? get('og:url');
  const url = URL_DATE.exec(canonical ? urls.resolve(canonical) : '');
  return url ? isoDay(url) : undefined;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'article:published', 'og:published_time', 'published_time', 'published_at', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
];
const DATE_LABEL = /^\s*(?:published|posted|updated|last updated|date|first published|veröffentlicht|publié le|publicado)\b[\s:]*/i;

/** The earliest of the values that parse as dates, as written. */
function earliestDate(values: ReadonlyArray<string | undefined>): string | undefined {
  let best: string | undefined;
  let bestTime = Number.POSITIVE_INFINITY;
  for (const value of values) {
    if (!value) continue;
    const time = Date.parse(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (Number.isNaN(time)) continue;
    if (time < bestTime) {
      best = value.trim();
      bestTime = time;
    }
  }
  return best;
}

// A news dateline opening the first paragraph: `April 17, 2015 -- Text…`.
const DATELINE = /^(.{6,40}?)\s+(?:--|—|–)\s/;

/**
 * A date printed close after the headline's heading, on its own (`May 20, 2019`) or as the
 * dateline opening the first paragraph, for pages that state none.
 */
function dateNearHeadline(sources: MetaSources, headline: string | undefined): string | undefined {
  const key = headline ? fold(headline) : '';
  const heading = sources.headings.find((h) => key !== '' && fold(textContent(h, 500)) === key) ?? sources.headings.find((h) => h.name === 'h1');
  if (!heading) return undefined;
  let seen = 0;
  let parsed = 0;
  for (const node of following(heading)) {
    if (++seen > 400 || parsed > 20) break;
    // Dates carry digits; the date parser is slow, so only those are asked.
    if (node.type !== 'text' || !/\d/.test(node.value)) continue;
    parsed++;
    const text = collapse(node.value).replace(DATE_LABEL, '');
    const candidate = DATELINE.exec(text)?.[1] ?? (text.length <= 60 ? text : undefined);
    const iso = candidate && candidate.length >= 6 && isDateLine(candidate) ? normaliseDate(candidate) : null;
    if (iso) return iso;
  }
  return undefined;
}

/** A `<title>` segment that is only a date (`Headline - 07.12.2017 - Site`); dotted dates read day first. */
function dateInTitle(title: string | undefined): string | undefined {
  for (const part of (title ?? '').split(TITLE_SEPARATOR)) {
    const text = part.trim();
    const dotted = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$/.exec(text);
    if (dotted) return `${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
    if (text.length >= 6 && text.length <= 40 && isDateLine(text)) return normaliseDate(text) ?? undefined;
  }
  return undefined;
}

/** The nodes after an element in document order, its own subtree excluded. */
function* following(element: HtmlElement): Generator<HtmlNode> {
  for (let at: HtmlElement | null = element; at?.parent; at = at.parent) {
    const siblings = at.parent.children;
    for (let i = siblings.indexOf(at) + 1; i < siblings.length; i++) {
      const sibling = siblings[i]!;
      yield sibling;
      if (sibling.type === 'element' && !NEVER_CONTENT.has(sibling.name)) yield* descendants(sibling);
    }
  }
}

function isoDay(match: RegExpExecArray): string {
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

function readLanguage(sources: MetaSources, jsonLd: JsonLdArticle | null, get: Getter): string | undefined {
  const lang = sources.html?.attrs.lang ?? sources.html?.attrs['xml:lang'];
  const stated = lang?.trim() || get('content-language', 'language', 'dc.language') || jsonLd?.language;
  if (stated) return stated.split(/[\s,;]/)[0];
  const locale = get('og:locale');
  return locale ? locale.replace('_', '-') : undefined;
}

function splitKeywords(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((k) => k.trim())
    .filter(Boolean)
    .slice(0, 50);
}
