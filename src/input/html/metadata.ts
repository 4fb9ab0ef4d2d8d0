import type { PageMetadata } from '../document.js';
import { descendants, type HtmlElement, type HtmlNode } from './dom.js';
import type { JsonLdArticle } from './jsonld.js';
import { classAndId, collapse, textContent } from './text.js';
import { fold } from './page-tree.js';
import { MODIFIED_KEYS, readPublished } from './dates.js';
import { COPYRIGHT, readAuthors } from './bylines.js';
import { chooseHeadline, headingText } from './headlines.js';

export { stripSiteName } from './headlines.js';
import type { UrlResolver } from './urls.js';
import { AUTHOR_HREF, CREDIT_HINT } from './vocabulary.js';

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
    // Made once for both hints below: it joins and trims two attributes.
    const hints = classAndId(node);
    if (sources.bylines.length < MAX_MARKED && (mailto || person || /\b(?:author|creator)\b/i.test(itemprop) || /\bauthor\b/i.test(attrs.rel ?? '') || CREDIT_HINT.test(hints))) {
      sources.bylines.push(node);
    }
    if (name === 'a' && sources.authorLinks.length < MAX_MARKED && AUTHOR_HREF.test(attrs.href ?? '')) sources.authorLinks.push(node);
    if (sources.dateElements.length < MAX_MARKED && (/\bdatePublished\b/.test(itemprop) || (name !== 'time' && DATE_HINT.test(hints)))) {
      sources.dateElements.push(node);
    }
  }
  return sources;
}

/** What the readers of a page's metadata share: its gathered sources, its JSON-LD article, meta tags, title, site name, language and content. */
export interface PageContext {
  sources: MetaSources;
  jsonLd: JsonLdArticle | null;
  /** The first non-empty meta value under any of the keys, white space collapsed. */
  get: Getter;
  title: string | undefined;
  siteName: string | undefined;
  language: string | undefined;
  /** The roots of the article's content. */
  content: readonly HtmlElement[];
  urls: UrlResolver;
  /** The address the page was fetched from, when the caller gave it. */
  pageUrl: string | undefined;
}

/** Reads the page-wide facts every metadata reader starts from. */
export function pageContext(
  sources: MetaSources,
  jsonLd: JsonLdArticle | null,
  urls: UrlResolver,
  content: readonly HtmlElement[],
  pageUrl?: string,
): PageContext {
  const get: Getter = (...keys) => {
    for (const key of keys) {
      const value = sources.meta.get(key)?.[0];
      if (value) return collapse(value);
    }
    return undefined;
  };
  const title = sources.title ? textContent(sources.title, 2000) : undefined;
  // An app name that repeats the page's title (set per page by some CMSs) names the page, not the site.
  const appName = get('application-name', 'al:ios:app_name', 'twitter:app:name:iphone');
  const siteName = cleanSiteName(get('og:site_name') ?? jsonLd?.publisher ?? (appName && appName !== title && appName !== get('og:title') ? appName : undefined));
  return { sources, jsonLd, get, title, siteName, language: readLanguage(sources, jsonLd, get), content, urls, pageUrl };
}

/**
 * What the page states about itself. The headline, authors and publication date are each chosen among the
 * candidates the page states by a learned ranker; the other fields take the first source that has them, in the
 * order structured data, meta tags, markup.
 */
export function readMetadata(
  sources: MetaSources,
  jsonLd: JsonLdArticle | null,
  urls: UrlResolver,
  content: readonly HtmlElement[],
  pageUrl?: string,
): PageMetadata {
  const context = pageContext(sources, jsonLd, urls, content, pageUrl);
  const { links } = sources;
  const { get } = context;
  const page: PageMetadata = {};
  const assign = <K extends keyof PageMetadata>(key: K, value: PageMetadata[K] | undefined) => {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) page[key] = value;
  };
  assign('title', context.title);
  assign('siteName', context.siteName);
  assign('headline', chooseHeadline(context));
  const heading = headingOf(sources, page.headline);
  assign('authors', readAuthors(context, heading));
  assign('language', context.language);
  assign('publishedAt', readPublished(context, heading));
  assign('modifiedAt', jsonLd?.dateModified ?? get(...MODIFIED_KEYS));
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

export type Getter = (...keys: string[]) => string | undefined;

/**
 * The heading that carries the headline (an h1, an h2 or an element marked as the title), else the one that says
 * most of it (a meta title worded a little differently), else the first h1.
 */
export function headingOf(sources: MetaSources, headline: string | undefined): HtmlElement | undefined {
  const key = headline ? fold(headline) : '';
  const headings = [...sources.headings, ...sources.titled];
  if (key !== '') {
    const exact = headings.find((h) => fold(headingText(h)) === key);
    if (exact) return exact;
    const words = new Set(key.split(' '));
    let best: HtmlElement | undefined;
    let bestShare = 0.6;
    for (const h of headings) {
      const own = fold(headingText(h)).split(' ').filter(Boolean);
      if (own.length === 0) continue;
      const shared = own.filter((w) => words.has(w)).length;
      const share = Math.min(shared / own.length, shared / words.size);
      if (share > bestShare) [best, bestShare] = [h, share];
    }
    if (best) return best;
  }
  return sources.headings.find((h) => h.name === 'h1');
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
