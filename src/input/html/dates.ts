import { isBlank } from '../../analysis/chars.js';
import { isDateLine, normaliseDate } from '../../analysis/dates.js';
import { bestCandidate } from '../../learn/index.js';
import { descendants, type HtmlElement, type HtmlNode } from './dom.js';
import { TITLE_SEPARATOR } from './headlines.js';
import type { PageContext } from './metadata.js';
import { printedDates, readsDayFirst } from './page-dates.js';
import { following, inTeaser, isInside } from './page-tree.js';
import { HTML_RANKERS } from './rankers.generated.js';
import { attr, classAndId, textContent } from './text.js';
import { NEVER_CONTENT } from './vocabulary.js';

/**
 * The day the page was first published: every date the page states (structured data, meta tags, `<time>` and
 * date-marked elements, dates printed by the headline, the URL path, the `<title>`, dates printed in the content
 * and anywhere on the page) is a candidate, candidates on the same calendar day merge, and a learned ranker
 * (trained by `scripts/train-html-rankers.ts`) picks one. The day is the one the page states: a stamp keeps its
 * offset, and is returned as written when it falls on the chosen day.
 */
export function readPublished(context: PageContext, heading: HtmlElement | undefined): string | undefined {
  const best = bestCandidate(dateCandidates(context, heading), HTML_RANKERS.date.model);
  return best ? (best.stamp ?? best.day) : undefined;
}

/** The kinds of source a date comes from, each a feature of the ranker. */
export const DATE_KINDS = [
  'json-ld-published', 'json-ld-created', 'json-ld-modified', 'meta-published', 'meta-modified', 'meta-loose', 'marked', 'time',
  'date-element', 'in-heading', 'above-heading', 'below-heading', 'url', 'title', 'content', 'labelled', 'page-earliest',
] as const;
type DateKind = (typeof DATE_KINDS)[number];

/** Kinds that state the publication in the same way, whose days are compared with one another. */
const FAMILY: Record<DateKind, string> = {
  'json-ld-published': 'stated', 'meta-published': 'stated', marked: 'stated', 'json-ld-created': 'stated', 'json-ld-modified': 'modified',
  'meta-modified': 'modified', 'meta-loose': 'loose', time: 'markup', 'date-element': 'markup', 'in-heading': 'printed', 'above-heading': 'printed',
  'below-heading': 'printed', url: 'url', title: 'title', content: 'printed', labelled: 'printed', 'page-earliest': 'page',
};

/** What the ranker knows of a calendar day the page states. */
export const DATE_FEATURES = [
  ...DATE_KINDS.map((kind) => `kind-${kind}`),
  'log-candidates', 'only-candidate', 'kinds-agreeing', 'log-statements', 'stamped', 'timed', 'utc-only', 'local-day-of-utc', 'utc-before-local',
  'earliest', 'latest', 'earliest-of-family', 'log-days-after-earliest', 'log-days-before-latest', 'updated-label', 'only-updated', 'published-label', 'in-teaser', 'no-element',
  'in-content', 'first-marked', 'nearest-heading', 'after-heading', 'log-distance', 'log-printed', 'url-month', 'url-other-day',
] as const;

/** One calendar day the page states, with the features the ranker scores it by. */
export interface DateCandidate {
  /** `YYYY-MM-DD`, the day as the page states it. */
  day: string;
  /** The most trusted stamp stating this day with its time and offset (`2020-10-14T05:50+08:00`), if any. */
  stamp?: string;
  kinds: DateKind[];
  features: number[];
}

/** One statement of a date somewhere on the page. */
interface Statement {
  day: string;
  kind: DateKind;
  stamp?: string;
  utc?: boolean;
  element?: HtmlElement;
  updated?: boolean;
  published?: boolean;
  /** The first of its kind outside teasers and comments. */
  first?: boolean;
  /** The nearest of the dates printed around the headline. */
  nearest?: boolean;
}

export const PUBLISHED_KEYS = [
  'article:published_time', 'article:published', 'og:published_time', 'published_time', 'published_at', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
  // Scholarly, news-wire and CMS keys htmldate also reads.
  'og:article:published_time', 'article:published_date', 'article.published', 'publish_date', 'publication_date', 'date_published',
  'dc.date.published', 'dcterms.issued', 'citation_publication_date', 'citation_online_date', 'citation_date', 'prism.publicationdate',
  'originalpublicationdate', 'rnews:datepublished', 'bt:pubdate', 'release_date',
];
export const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];
const LOOSE_KEYS = ['date', 'dc.date', 'dcterms.date', 'dc.date.created'];
// Elements of one kind read per page: the article's own come first, teasers' further down.
const MAX_ELEMENTS = 12;
const ISO_DAY = /^((?:19|20)\d{2})-(\d{2})-(\d{2})/;
const UTC_STAMP = /T[\d:.]+(?:Z|[+-]00:?00)$/i;
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/;
const URL_MONTH = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])(?:[/-]|$)/;
const DAY = 86_400_000;

/** Every day the page states, merged by day, with features. */
export function dateCandidates(context: PageContext, heading: HtmlElement | undefined): DateCandidate[] {
  const { sources, jsonLd, get } = context;
  const dayFirst = readsDayFirst(context.language);
  const statements: Statement[] = [];
  const stated = (value: string | undefined, kind: DateKind, rest: Omit<Statement, 'day' | 'kind'> = {}) => {
    const day = value ? dayOf(value, dayFirst) : undefined;
    if (!day) return;
    const trimmed = value!.trim();
    const stamp = ISO_DAY.test(trimmed) ? trimmed : undefined;
    statements.push({ day, kind, stamp, utc: stamp !== undefined && UTC_STAMP.test(stamp), ...rest });
  };
  stated(jsonLd?.datePublished, 'json-ld-published');
  stated(jsonLd?.dateCreated, 'json-ld-created');
  stated(jsonLd?.dateModified, 'json-ld-modified');
  for (const key of PUBLISHED_KEYS) stated(firstStory(sources.meta.get(key)), 'meta-published');
  for (const key of MODIFIED_KEYS) stated(get(key), 'meta-modified');
  for (const key of LOOSE_KEYS) stated(get(key), 'meta-loose');
  const teaser = new Map<HtmlElement, boolean>();
  // Markup marks teasers' dates the same way as the article's: each element says whether it is the first outside them.
  const elements = (list: readonly HtmlElement[], kind: DateKind, read: (element: HtmlElement) => void) => {
    let own = 0;
    for (const element of list.slice(0, MAX_ELEMENTS)) {
      const before = statements.length;
      read(element);
      const outside = !inTeaser(element, teaser);
      for (const s of statements.slice(before)) {
        s.kind = kind;
        s.element = element;
        s.first = outside && own === 0;
      }
      if (outside && statements.length > before) own++;
    }
  };
  const markedPublished = [
    ...sources.dateElements.filter((e) => /\bdatePublished\b/.test(e.attrs.itemprop ?? '')),
    ...sources.times.filter((t) => attr(t, 'pubdate') !== undefined || /publish/i.test(`${t.attrs.itemprop ?? ''} ${classAndId(t)}`)),
  ].sort((a, b) => a.start - b.start);
  const statedIn = (element: HtmlElement, kind: DateKind) => {
    const value = attr(element, 'datetime') ?? attr(element, 'content');
    if (value && dayOf(value, dayFirst)) return stated(value, kind);
    const printed = printedDates(textContent(element, 200), dayFirst);
    const day = printed.find((d) => !d.updated) ?? printed[0];
    if (day) statements.push({ day: day.day, kind, updated: day.updated, published: day.published });
  };
  elements(markedPublished, 'marked', (e) => statedIn(e, 'marked'));
  elements(sources.times, 'time', (e) => statedIn(e, 'time'));
  elements(sources.dateElements, 'date-element', (e) => statedIn(e, 'date-element'));
  if (heading) headingDates(heading, dayFirst, teaser, statements);
  const canonical = sources.links.get('canonical') ?? get('og:url');
  const address = `${context.pageUrl ?? ''} ${canonical ? context.urls.resolve(canonical) : ''}`;
  const inUrl = URL_DATE.exec(address);
  if (inUrl) statements.push({ day: isoDay(inUrl[1]!, inUrl[2]!, inUrl[3]!), kind: 'url' });
  const inTitle = dateInTitle(context.title);
  if (inTitle) statements.push({ day: inTitle, kind: 'title' });
  for (const root of context.content) {
    const first = printedAfter(root, dayFirst, teaser, true);
    if (first) {
      statements.push({ day: first.day, kind: 'content', element: root, updated: first.updated, published: first.published });
      break;
    }
  }
  const { printed, labelled } = printedOnPage(sources.html, dayFirst, teaser);
  if (labelled) statements.push({ ...labelled, kind: 'labelled', published: true });
  const earliest = [...printed.keys()].sort()[0];
  if (earliest) statements.push({ day: earliest, kind: 'page-earliest' });
  const urlMonth = URL_MONTH.exec(address);
  return describe(statements, context.content, heading, printed, urlMonth ? `${urlMonth[1]}-${urlMonth[2]}` : undefined, inUrl ? statements.find((s) => s.kind === 'url')!.day : undefined);
}

/** Groups statements by day and measures each day. */
function describe(
  statements: Statement[],
  content: readonly HtmlElement[],
  heading: HtmlElement | undefined,
  printed: ReadonlyMap<string, number>,
  urlMonth: string | undefined,
  urlDay: string | undefined,
): DateCandidate[] {
  const groups = new Map<string, Statement[]>();
  for (const statement of statements) {
    const group = groups.get(statement.day);
    if (group) group.push(statement);
    else groups.set(statement.day, [statement]);
  }
  const days = [...groups.keys()].sort();
  const first = Date.parse(days[0] ?? '');
  const last = Date.parse(days.at(-1) ?? '');
  const utcOnly = (group: Statement[]) => group.every((s) => s.utc);
  const firstOfKind = new Map<string, string>();
  for (const s of statements) if (!firstOfKind.has(FAMILY[s.kind]) || s.day < firstOfKind.get(FAMILY[s.kind])!) firstOfKind.set(FAMILY[s.kind], s.day);
  const teaser = new Map<HtmlElement, boolean>();
  return [...groups].map(([day, group]) => {
    const time = Date.parse(day);
    const kinds = [...new Set(group.map((s) => s.kind))];
    const elements = group.map((s) => s.element).filter((e): e is HtmlElement => e !== undefined);
    const features = new Array<number>(DATE_FEATURES.length).fill(0);
    const set = (name: (typeof DATE_FEATURES)[number], value: number) => {
      features[DATE_FEATURES.indexOf(name)] = value;
    };
    const neighbour = (offset: number) => groups.get(new Date(time + offset * DAY).toISOString().slice(0, 10));
    for (const kind of kinds) set(`kind-${kind}`, 1);
    set('log-candidates', Math.log(groups.size));
    set('only-candidate', groups.size === 1 ? 1 : 0);
    set('kinds-agreeing', kinds.length - 1);
    set('log-statements', Math.log(group.length));
    set('stamped', group.some((s) => s.stamp !== undefined) ? 1 : 0);
    set('timed', group.some((s) => s.stamp !== undefined && s.stamp.length > 10) ? 1 : 0);
    set('utc-only', utcOnly(group) ? 1 : 0);
    // A UTC stamp falls a day before the publisher's local day east of Greenwich (or after it, west).
    const before = neighbour(-1);
    const after = neighbour(1);
    set('local-day-of-utc', (before && utcOnly(before)) || (after && utcOnly(after)) ? 1 : 0);
    set('utc-before-local', utcOnly(group) && (before !== undefined || after !== undefined) ? 1 : 0);
    set('earliest', day === days[0] ? 1 : 0);
    set('latest', day === days.at(-1) ? 1 : 0);
    // Among the days one family of sources states, the earliest: pages restate later days for updates and embedded videos.
    const families = new Set(kinds.map((kind) => FAMILY[kind]));
    set('earliest-of-family', [...families].some((family) => firstOfKind.get(family) === day && statements.some((s) => FAMILY[s.kind] === family && s.day !== day)) ? 1 : 0);
    set('log-days-after-earliest', Math.log1p((time - first) / DAY));
    set('log-days-before-latest', Math.log1p((last - time) / DAY));
    set('updated-label', group.some((s) => s.updated) ? 1 : 0);
    set('published-label', group.some((s) => s.published) ? 1 : 0);
    set('only-updated', group.every((s) => s.updated || s.kind === 'meta-modified' || s.kind === 'json-ld-modified') ? 1 : 0);
    set('in-teaser', elements.length > 0 && elements.every((e) => inTeaser(e, teaser)) ? 1 : 0);
    set('no-element', elements.length === 0 ? 1 : 0);
    set('in-content', elements.some((e) => content.some((root) => isInside(e, root))) ? 1 : 0);
    set('first-marked', group.some((s) => s.first) ? 1 : 0);
    set('nearest-heading', group.some((s) => s.nearest) ? 1 : 0);
    if (heading && elements.length > 0) {
      set('after-heading', elements.some((e) => e.start > heading.start) ? 1 : 0);
      set('log-distance', Math.log1p(Math.min(...elements.map((e) => Math.abs(e.start - heading.start))) / 1000));
    }
    set('log-printed', Math.log1p(printed.get(day) ?? 0));
    set('url-month', urlMonth !== undefined && day.startsWith(urlMonth) ? 1 : 0);
    set('url-other-day', urlDay !== undefined && urlDay !== day ? 1 : 0);
    const stamp = group.find((s) => s.stamp !== undefined && s.stamp.startsWith(day))?.stamp;
    return { day, stamp, kinds, features };
  });
}


/**
 * The calendar day a stated value names, as the page means it: an ISO stamp's own day (never shifted by its
 * offset), else the first day printed in it, read in the page's language (`05/10/2022` on a Spanish page is 5
 * October), else an RFC 2822 date's.
 */
function dayOf(value: string, dayFirst: boolean | undefined): string | undefined {
  const trimmed = value.trim();
  const iso = ISO_DAY.exec(trimmed);
  if (iso) return validDay(iso[1]!, iso[2]!, iso[3]!);
  const printed = printedDates(trimmed.slice(0, 200), dayFirst)[0]?.day;
  if (printed) return printed;
  const normalised = normaliseDate(trimmed.slice(0, 200));
  return normalised && ISO_DAY.test(normalised) ? normalised.slice(0, 10) : undefined;
}

function validDay(year: string, month: string, day: string): string | undefined {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day) ? isoDay(year, month, day) : undefined;
}

function isoDay(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

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
  let best = first;
  let bestTime = anchor;
  for (const value of values) {
    const time = parseTime(value);
    if (Math.abs(time - anchor) <= 2 * DAY && time < bestTime) {
      best = value;
      bestTime = time;
    }
  }
  return best;
}

function parseTime(value: string): number {
  return Date.parse(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** A `<title>` segment that is only a date (`Headline - 07.12.2017 - Site`); dotted dates read day first. */
function dateInTitle(title: string | undefined): string | undefined {
  for (const part of (title ?? '').split(TITLE_SEPARATOR)) {
    const text = part.trim();
    const dotted = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$/.exec(text);
    if (dotted) return validDay(dotted[3]!, dotted[2]!, dotted[1]!);
    if (text.length >= 6 && text.length <= 40 && isDateLine(text)) {
      const normalised = normaliseDate(text);
      if (normalised && ISO_DAY.test(normalised)) return normalised.slice(0, 10);
    }
  }
  return undefined;
}

// Text lines above a headline that may carry its date (a kicker, a date line); further up are the page's header and menus.
const BEFORE_HEADING_LINES = 3;

/**
 * The days printed by the headline: inside its heading (`<h1>Title<small>02.02.2022</small></h1>`), in the few
 * text lines just above it (a date line over the title), and the first after it; the nearest of them is marked.
 */
function headingDates(heading: HtmlElement, dayFirst: boolean | undefined, teaser: Map<HtmlElement, boolean>, out: Statement[]): void {
  const inside = printedAfter(heading, dayFirst, teaser, true);
  if (inside) {
    out.push({ day: inside.day, kind: 'in-heading', element: heading, updated: inside.updated, published: inside.published, nearest: true });
  }
  let above: { day: string; distance: number; element: HtmlElement } | undefined;
  let distance = 0;
  for (const node of preceding(heading)) {
    if (node.type !== 'text' || isBlank(node.value)) continue;
    if (++distance > BEFORE_HEADING_LINES) break;
    if (!/\d/.test(node.value) || inTeaser(node.parent, teaser)) continue;
    const day = printedDates(node.value, dayFirst).filter((d) => !d.updated).at(-1);
    if (day) {
      above = { day: day.day, distance, element: node.parent };
      break;
    }
  }
  const below = printedAfter(heading, dayFirst, teaser, false);
  const aboveNearer = above !== undefined && (!below || above.distance < below.distance);
  if (above) out.push({ day: above.day, kind: 'above-heading', element: above.element, nearest: !inside && aboveNearer });
  if (below) {
    out.push({ day: below.day, kind: 'below-heading', element: below.element, updated: below.updated, published: below.published, nearest: !inside && !aboveNearer });
  }
}

interface Printed {
  day: string;
  /** Text runs from where the search started. */
  distance: number;
  element: HtmlElement;
  updated: boolean;
  published: boolean;
}

/**
 * The first day printed after `from` (or inside it, with `within`), outside teasers and comments, with how many
 * text runs lie between; a date labelled as an update is taken only when no other date is printed near.
 */
function printedAfter(
  from: HtmlElement,
  dayFirst: boolean | undefined,
  teaser: Map<HtmlElement, boolean>,
  within: boolean,
): Printed | undefined {
  let seen = 0;
  let scanned = 0;
  let distance = 0;
  let previous = '';
  let updated: Printed | undefined;
  for (const node of within ? descendants(from) : following(from)) {
    if (++seen > 1500 || scanned > 60) break;
    if (node.type !== 'text' || isBlank(node.value)) continue;
    distance++;
    const before = previous;
    previous = node.value;
    if (!/\d/.test(node.value) || inTeaser(node.parent, teaser)) continue;
    scanned++;
    for (const date of printedDates(node.value, dayFirst, before)) {
      const found = { day: date.day, distance, element: node.parent, updated: date.updated, published: date.published };
      if (!date.updated) return found;
      updated ??= found;
    }
  }
  return updated;
}

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

const MAX_SCANNED_NODES = 20_000;

/**
 * How often each day is printed anywhere on the page (text, `<abbr title>`, `datetime`): the page's own day
 * recurs, and its earliest printed day is htmldate's last resort (a footer's `© 19.12.2019`, the oldest post).
 * Also the first day a label calls the publication (`Veröffentlicht am 3. Mai 2021`) outside teasers and comments.
 */
function printedOnPage(
  root: HtmlElement | undefined,
  dayFirst: boolean | undefined,
  teaser: Map<HtmlElement, boolean>,
): { printed: Map<string, number>; labelled?: { day: string; element: HtmlElement } } {
  const printed = new Map<string, number>();
  let labelled: { day: string; element: HtmlElement } | undefined;
  const count = (day: string) => printed.set(day, (printed.get(day) ?? 0) + 1);
  let seen = 0;
  let previous = '';
  for (const node of root ? descendants(root) : []) {
    if (++seen > MAX_SCANNED_NODES) break;
    if (node.type === 'text') {
      if (NEVER_CONTENT.has(node.parent.name) || isBlank(node.value)) continue;
      const before = previous;
      previous = node.value;
      if (!/\d/.test(node.value)) continue;
      for (const date of printedDates(node.value.slice(0, 500), dayFirst, before)) {
        count(date.day);
        if (!labelled && date.published && !date.updated && !inTeaser(node.parent, teaser)) labelled = { day: date.day, element: node.parent };
      }
    } else if (node.name === 'abbr' && node.attrs.title) {
      for (const date of printedDates(node.attrs.title, dayFirst)) count(date.day);
    } else if (node.attrs.datetime) {
      const day = ISO_DAY.exec(node.attrs.datetime.trim());
      if (day) count(`${day[1]}-${day[2]}-${day[3]}`);
    }
  }
  return { printed, labelled };
}
