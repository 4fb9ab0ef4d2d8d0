import type { InputProblem, SourceDocument } from '../document.js';
import { findContent } from './content.js';
import { type HtmlElement, parseHtml } from './dom.js';
import { fromJsonLdBody } from './jsonld-body.js';
import { readJsonLd } from './jsonld.js';
import { gatherSources, readMetadata } from './metadata.js';
import { removedRegions } from './regions.js';
import { measure } from './stats.js';
import { PointIndex, toMdast } from './to-mdast.js';
import { urlResolver } from './urls.js';

/** Options of {@link htmlToDocument}. */
export interface HtmlOptions {
  /** The page's URL, for resolving relative links when the page has no valid `<base href>` (optional). */
  url?: string;
  /** The encoding the page's bytes were decoded from, when the caller gave bytes: its declared charset is then already honoured. */
  encoding?: string;
}

const CHARSET = /<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

/**
 * An HTML page to a document: parses it (never running scripts or fetching anything),
 * chooses the article's content, converts only that to mdast with offsets into `source`,
 * and reads what the page states about itself.
 *
 * @param source The page as a string.
 * @param problems Receives what looks wrong with the page (they become diagnostics).
 * @param options The page URL (optional).
 */
export function htmlToDocument(source: string, problems: InputProblem[], options: HtmlOptions = {}): SourceDocument {
  if (options.encoding === undefined) checkCharset(source, problems);
  const dom = parseHtml(source, problems);
  const stats = measure(dom.root);
  const sources = gatherSources(dom.root);
  const urls = urlResolver(sources.base, options.url, problems, sources.links.get('canonical') ?? sources.meta.get('og:url')?.[0]);
  const jsonLd = readJsonLd(dom.jsonLd, problems);
  const body = findBody(dom.root);
  const content = findContent(body, stats, jsonLd?.articleBody);
  const points = new PointIndex(source);
  let tree = toMdast(content.roots, { skip: new Set(content.removed.keys()), stats, urls, points });
  const page = readMetadata(sources, jsonLd, urls, content.roots, options.url);
  // A page that renders its body with scripts carries it only in JSON-LD: use that when the markup has far less.
  if (jsonLd?.articleBody && content.method !== 'json-ld') {
    const fromJson = fromJsonLdBody(jsonLd.articleBody, dom.jsonLd, points);
    const markupText = stats.get(content.roots[0]!)?.text ?? 0;
    if (fromJson && markupText < jsonLd.articleBody.length * 0.5) tree = fromJson;
  }
  if ((stats.get(body)?.text ?? 0) === 0) {
    problems.push({ code: 'html-no-text', message: 'The page has no visible text (only scripts, styles or markup).', severity: 'warning' });
  } else if (tree.children.length === 0) {
    problems.push({ code: 'html-no-content', message: 'No article content was found in the page.', severity: 'warning' });
  }
  return { source, format: 'html', tree, page, removed: removedRegions(body, content.roots, content.removed, stats, urls) };
}

/** The `<body>`, a child of `<html>` on any page a parser built; the whole page when there is none. */
export function findBody(root: HtmlElement): HtmlElement {
  for (const top of root.children) {
    if (top.type !== 'element') continue;
    if (top.name === 'body') return top;
    if (top.name === 'html') for (const child of top.children) if (child.type === 'element' && child.name === 'body') return child;
  }
  return root;
}

/** A string arrives decoded by the caller; a declared charset other than UTF-8 may mean it was decoded wrongly. */
function checkCharset(source: string, problems: InputProblem[]): void {
  const match = CHARSET.exec(source.slice(0, 4096));
  const charset = match?.[1]?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8') return;
  const mojibake = /Ã[\u0080-\u00bf]|â€/.test(source.slice(0, 65536));
  problems.push({
    code: 'html-charset',
    message: mojibake
      ? `The page declares charset \`${charset}\` and its text looks mis-decoded; decode the bytes with the right charset before parsing.`
      : `The page declares charset \`${charset}\`; it was read as the string given, without re-decoding.`,
    severity: mojibake ? 'warning' : 'info',
    start: match!.index,
    end: match!.index + match![0].length,
  });
}
