import type { PageMetadata } from '../document.js';
import { descendants, type HtmlElement, type HtmlNode } from './dom.js';
import type { JsonLdArticle } from './jsonld.js';
import { attr, classAndId, collapse, textContent } from './text.js';
import { isDateLine, normaliseDate } from '../../analysis/dates.js';
import { printedDates, readsDayFirst } from './page-dates.js';
import { fold, following, inTeaser, isInside } from './page-tree.js';
import { COPYRIGHT, readAuthors } from './bylines.js';
import { chooseHeadline, headingText, TITLE_SEPARATOR } from './headlines.js';

export { stripSiteName } from './headlines.js';
import type { UrlResolver } from './urls.js';
import { AUTHOR_HREF, BYLINE_HINT, KICKER_HINT, NEVER_CONTENT, SCREEN_READER_HINT } from './vocabulary.js';

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
  /** Elements marked as the article's title by `itemprop=headline` or a title class (`entry-title`), any tag. */
  titled: HtmlElement[];
  times: HtmlElement[];
  /** Elements marked as authors: `itemprop=author`, `rel=author`, byline classes. */
  bylines: HtmlElement[];
  /** Links to an author's page (`/author/jane-doe`), whose text names the author. */
  authorLinks: HtmlElement[];
  /** Elements marked as the publication date by itemprop or class. */
  dateElements: HtmlElement[];
  /** Short texts that may credit an editor (`责任编辑：…`, `Editor: …`). */
  editorTexts: string[];
  /** Short copyright notices (`© 2019 Jane Doe`). */
  copyrights: string[];
}

const MAX_HEADINGS = 200;
// Classes CMSs give the article's title element, whatever its tag (`<h3 class="post-title entry-title">`).
const TITLE_CLASS = /(?:^|\s)(?:entry-title|post-title|article-title|story-title|article-headline|story-headline)(?=$|\s)/i;
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
    titled: [],
    times: [],
    bylines: [],
    authorLinks: [],
    dateElements: [],
    editorTexts: [],
    copyrights: [],
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
    if (sources.titled.length < MAX_MARKED && name !== 'meta' && (/\bheadline\b/.test(attrs.itemprop ?? '') || TITLE_CLASS.test(attrs.class ?? ''))) sources.titled.push(node);
    if (name === 'meta' || name === 'link') continue;
    if (sources.editorTexts.length < MAX_MARKED && node.children.length === 1 && node.children[0]!.type === 'text') {
      const text = (node.children[0] as HtmlNode & { type: 'text' }).value;
      if (text.length < 80 && /编辑|編輯|editor|redakt|rédact|redac/i.test(text)) sources.editorTexts.push(text);
      if (text.length < 120 && sources.copyrights.length < MAX_MARKED && COPYRIGHT.test(text)) sources.copyrights.push(text);
    }
    const mailto = name === 'a' && /^mailto:[^?]/i.test(attrs.href ?? '') && attrs.title !== undefined;
    const itemprop = attrs.itemprop ?? '';
    const person = itemprop === '' && /schema\.org\/Person$/i.test(attrs.itemtype ?? '');
    if (sources.bylines.length < MAX_MARKED && (mailto || person || /\b(?:author|creator)\b/i.test(itemprop) || /\bauthor\b/i.test(attrs.rel ?? '') || BYLINE_HINT.test(classAndId(node)))) {
      sources.bylines.push(node);
    }
    if (name === 'a' && sources.authorLinks.length < MAX_MARKED && AUTHOR_HREF.test(attrs.href ?? '')) sources.authorLinks.push(node);
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
  pageUrl?: string,
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
  // An app name that repeats the page's title (set per page by some CMSs) names the page, not the site.
  const appName = get('application-name', 'al:ios:app_name', 'twitter:app:name:iphone');
  const siteName = cleanSiteName(get('og:site_name') ?? jsonLd?.publisher ?? (appName && appName !== title && appName !== get('og:title') ? appName : undefined));
  assign('title', title);
  assign('siteName', siteName);
  assign('headline', chooseHeadline(sources, jsonLd, get, title, siteName, content));
  assign('authors', readAuthors(sources, jsonLd, get, content, siteName, headingOf(sources, page.headline)));
  assign('language', readLanguage(sources, jsonLd, get));
  const dayFirst = readsDayFirst(page.language);
  assign('publishedAt', asWritten(readPublished(sources, jsonLd, get, urls, pageUrl, page.headline, dayFirst, title, content), dayFirst));
  assign('modifiedAt', jsonLd?.dateModified ?? get('article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'));
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

const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/;

/**
 * The day the page was first published, from its sources in order of trust (the way htmldate orders them):
 * JSON-LD `datePublished`, the publication meta tags, `datePublished`/`pubdate` markup outside teasers and
 * comments, a full date in the URL path, a loose `date` meta tag, the first `<time>` after the headline, a date
 * printed after the headline, date-classed elements, the `<title>`, and last any date printed in the content.
 * Within one tier, the earliest wins: pages restate later dates for updates and embedded videos.
 */
function readPublished(
  sources: MetaSources,
  jsonLd: JsonLdArticle | null,
  get: Getter,
  urls: UrlResolver,
  pageUrl: string | undefined,
  headline: string | undefined,
  dayFirst: boolean | undefined,
  title: string | undefined,
  content: readonly HtmlElement[],
): string | undefined {
  const teaser = new Map<HtmlElement, boolean>();
  const ownDates = (elements: HtmlElement[]) => elements.filter((e) => !inTeaser(e, teaser));
  const stated = earliestDate([jsonLd?.datePublished, ...PUBLISHED_KEYS.map((key) => firstStory(sources.meta.get(key)))]);
  // Markup marks teasers' dates the same way as the article's: the article's own comes first.
  const marked = [
    ...ownDates(sources.dateElements).filter((e) => /\bdatePublished\b/.test(e.attrs.itemprop ?? '')),
    ...ownDates(sources.times).filter((t) => attr(t, 'pubdate') !== undefined || /publish/i.test(`${t.attrs.itemprop ?? ''} ${classAndId(t)}`)),
  ]
    .sort((a, b) => a.start - b.start)
    .map((e) => attr(e, 'datetime') ?? attr(e, 'content'))
    .find((value) => earliestDate([value]) !== undefined);
  const canonical = sources.links.get('canonical') ?? get('og:url');
  const inUrl = URL_DATE.exec(pageUrl ?? '') ?? URL_DATE.exec(canonical ? urls.resolve(canonical) : '');
  const urlDay = inUrl ? isoDay(inUrl) : undefined;
  const best = stated ?? marked ?? earliestDate([jsonLd?.dateCreated]);
  const heading = headingOf(sources, headline);
  // A time stated in UTC may fall on another day than the publisher's: a URL day, or a day printed by the
  // headline, one day off is that local day.
  if (best && /(?:Z|[+-]00:?00)$/.test(best.trim())) {
    const oneOff = (day: string | undefined) => day !== undefined && Math.abs(Date.parse(day) - Date.parse(best.trim().slice(0, 10))) === 86_400_000;
    if (urlDay && (oneOff(urlDay) || urlDay === best.trim().slice(0, 10))) return urlDay;
    const shown = heading ? printedNear(heading, dayFirst, teaser) : undefined;
    if (oneOff(shown)) return shown;
  }
  if (best) return best;
  if (urlDay) return urlDay;
  const firstTime = earliestDate(ownDates(sources.times).slice(0, 1).map((t) => attr(t, 'datetime')));
  if (firstTime) return firstTime;
  const printed = heading ? printedNear(heading, dayFirst, teaser) : undefined;
  if (printed) return printed;
  // A bare `date` meta tag is often the day the page was generated or last edited.
  const loose = earliestDate([get('date', 'dc.date', 'dcterms.date', 'dc.date.created')]);
  if (loose) return loose;
  // Visible dates in date-marked elements: `2017-03-10 09:58`, `May 20, 2019`.
  for (const element of ownDates(sources.dateElements)) {
    const stated = attr(element, 'datetime') ?? attr(element, 'content');
    if (stated && earliestDate([stated])) return stated;
    const day = printedDates(textContent(element, 200), dayFirst).find((d) => !d.updated);
    if (day) return day.day;
  }
  const inTitle = dateInTitle(title);
  if (inTitle) return inTitle;
  for (const root of content) {
    const day = printedAfter(root, dayFirst, teaser, true);
    if (day) return day;
  }
  return sources.html ? earliestPrinted(sources.html, dayFirst) : undefined;
}

const MAX_SCANNED_NODES = 20_000;

/**
 * The last resort, as htmldate's extensive search with `original_date`: the earliest day printed anywhere on the
 * page (text, `<abbr title>`, `datetime`). A page that states its date nowhere else often shows it once in a
 * footer (`© 19.12.2019`) or against each of its posts, the first post being the oldest.
 */
function earliestPrinted(root: HtmlElement, dayFirst: boolean | undefined): string | undefined {
  let earliest: string | undefined;
  let seen = 0;
  const consider = (day: string) => {
    if (earliest === undefined || day < earliest) earliest = day;
  };
  for (const node of descendants(root)) {
    if (++seen > MAX_SCANNED_NODES) break;
    if (node.type === 'text') {
      if (/\d/.test(node.value) && !NEVER_CONTENT.has(node.parent.name)) for (const date of printedDates(node.value.slice(0, 500), dayFirst)) consider(date.day);
    } else if (node.name === 'abbr' && node.attrs.title) {
      for (const date of printedDates(node.attrs.title, dayFirst)) consider(date.day);
    } else if (node.attrs.datetime) {
      const day = /^((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(node.attrs.datetime.trim());
      if (day) consider(`${day[1]}-${day[2]}-${day[3]}`);
    }
  }
  return earliest;
}

/**
 * A stated date as the page means it: ISO stamps and RFC 2822 dates as written, numeric and named dates in
 * the page's language read by {@link printedDates} (`05/10/2022` on a Spanish page is 5 October).
 */
function asWritten(value: string | undefined, dayFirst: boolean | undefined): string | undefined {
  if (!value || /^\d{4}-\d{2}-\d{2}/.test(value.trim()) || /^[A-Za-z]{3},/.test(value.trim())) return value;
  return printedDates(value, dayFirst)[0]?.day ?? value;
}

/** The heading that carries the headline, else the first h1. */
export function headingOf(sources: MetaSources, headline: string | undefined): HtmlElement | undefined {
  const key = headline ? fold(headline) : '';
  return sources.headings.find((h) => key !== '' && fold(headingText(h)) === key) ?? sources.headings.find((h) => h.name === 'h1');
}

/**
 * The first day printed after `from` (or inside it, with `within`), outside teasers and comments; a date
 * labelled as an update is taken only when no other date is printed near.
 */
function printedAfter(from: HtmlElement, dayFirst: boolean | undefined, teaser: Map<HtmlElement, boolean>, within?: boolean): string | undefined;
function printedAfter(
  from: HtmlElement,
  dayFirst: boolean | undefined,
  teaser: Map<HtmlElement, boolean>,
  within: boolean,
  measured: true,
): { day: string; distance: number } | undefined;
function printedAfter(
  from: HtmlElement,
  dayFirst: boolean | undefined,
  teaser: Map<HtmlElement, boolean>,
  within = false,
  measured = false,
): string | { day: string; distance: number } | undefined {
  let seen = 0;
  let scanned = 0;
  let distance = 0;
  let updated: { day: string; distance: number } | undefined;
  for (const node of within ? descendants(from) : following(from)) {
    if (++seen > 1500 || scanned > 60) break;
    if (node.type !== 'text' || node.value.trim() === '') continue;
    distance++;
    if (!/\d/.test(node.value) || inTeaser(node.parent, teaser)) continue;
    scanned++;
    for (const date of printedDates(node.value, dayFirst)) {
      if (!date.updated) return measured ? { day: date.day, distance } : date.day;
      updated ??= { day: date.day, distance };
    }
  }
  return measured ? updated : updated?.day;
}

const PUBLISHED_KEYS = [
  'article:published_time', 'article:published', 'og:published_time', 'published_time', 'published_at', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
];

/**
 * Of the values a page repeats under one key, the earliest of those within two days of the first: a key
 * repeated down the page (`<meta itemprop="datePublished">` in each teaser) names other stories days apart,
 * while the page's own story restates its first publication hours before an update.
 */
function firstStory(values: readonly string[] | undefined): string | undefined {
  const first = values?.[0];
  if (!first || values.length === 1) return first;
  const anchor = parseTime(first);
  if (Number.isNaN(anchor)) return first;
  return earliestDate(values.filter((value) => Math.abs(parseTime(value) - anchor) <= 2 * 86_400_000));
}

function parseTime(value: string): number {
  return Date.parse(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** The earliest of the values that parse as dates, as written. */
function earliestDate(values: ReadonlyArray<string | undefined>): string | undefined {
  let best: string | undefined;
  let bestTime = Number.POSITIVE_INFINITY;
  for (const value of values) {
    if (!value) continue;
    const time = parseTime(value);
    if (Number.isNaN(time)) continue;
    if (time < bestTime) {
      best = value.trim();
      bestTime = time;
    }
  }
  return best;
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

/**
 * The day printed nearest the headline: inside its heading (`<h1>Title<small>02.02.2022</small></h1>`), else
 * the nearer of the last date in the few text lines just before it (a date line above the title) and the first
 * date after it, counting text nodes between.
 */
function printedNear(heading: HtmlElement, dayFirst: boolean | undefined, teaser: Map<HtmlElement, boolean>): string | undefined {
  const inside = printedAfter(heading, dayFirst, teaser, true);
  if (inside) return inside;
  let before: { day: string; distance: number } | undefined;
  let distance = 0;
  for (const node of preceding(heading)) {
    if (node.type !== 'text' || node.value.trim() === '') continue;
    if (++distance > BEFORE_HEADING_LINES) break;
    if (!/\d/.test(node.value) || inTeaser(node.parent, teaser)) continue;
    const day = printedDates(node.value, dayFirst).filter((d) => !d.updated).at(-1);
    if (day) {
      before = { day: day.day, distance };
      break;
    }
  }
  const after = printedAfter(heading, dayFirst, teaser, false, true);
  if (before && (!after || before.distance < after.distance)) return before.day;
  return after?.day;
}

// Text lines above a headline that may carry its date (a kicker, a date line); further up are the page's header and menus.
const BEFORE_HEADING_LINES = 3;

/** The text nodes before an element, nearest first, never-content elements skipped. */
function* preceding(element: HtmlElement): Generator<HtmlNode> {
  let seen = 0;
  for (let at: HtmlElement | null = element; at?.parent; at = at.parent) {
    const siblings = at.parent.children;
    for (let i = siblings.indexOf(at) - 1; i >= 0; i--) {
      const stack: HtmlNode[] = [siblings[i]!];
      while (stack.length > 0) {
        if (++seen > 500) return;
        const node = stack.pop()!;
        if (node.type === 'text') yield node;
        else if (!NEVER_CONTENT.has(node.name)) stack.push(...node.children);
      }
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
