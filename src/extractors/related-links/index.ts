import { z } from 'zod';
import type { Block } from '../../analysis/blocks.js';
import type { Analysis } from '../../analysis/context.js';
import { type Boilerplate, type RelatedLink, RelatedLinkSchema } from '../../model/article.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { RECOMMENDATION_HEADERS, RELATED_HEADERS } from '../boilerplate/labels/index.js';
import { bracketedTitle, cleanTitle, countWords, labelKey, splitRelatedLabel } from '../boilerplate/text.js';

const HEADERS = new Set([...RECOMMENDATION_HEADERS, ...RELATED_HEADERS]);
const LINKING = new Set<Boilerplate['kind']>(['related', 'recommendations']);
// A bare URL: scheme, then anything but white space and the brackets or quotes around it, bounded.
const BARE_URL = /\bhttps?:\/\/[^\s<>()[\]"'`]{1,2000}/;

/**
 * Links to other articles: the title of each `Read Also:` / `>>` / bracketed line, the items
 * under a `More like this` or `Related` header, and the links of related rails an HTML
 * adapter cut out. Titles are clean (no label, brackets, `>>` or `| Section` tag); the URL
 * comes from a Markdown link or a bare URL, and is null in plain text.
 */
export const relatedLinksExtractor = defineExtractor({
  name: 'relatedLinks',
  dependsOn: ['boilerplate'],
  schema: z.array(RelatedLinkSchema),
  fallback: [],
  extract(ctx) {
    const links = fromBoilerplate(ctx.analysis, ctx.get('boilerplate') ?? []);
    for (const region of ctx.analysis.removed) {
      if (region.kind !== 'related') continue;
      for (const link of region.links) {
        const title = cleanTitle(link.title);
        if (isArticleLink(title, link.url)) {
          links.push({ title, url: link.url, label: region.labels[0]?.trim() ?? '', start: region.start, end: region.end });
        }
      }
    }
    return links.sort((a, b) => a.start - b.start);
  },
});

/**
 * Whether a rail link reads as an article: a title of 3–40 words and a web URL (or none).
 * Rails also hold section names (`Home`, `Odds`) and share buttons (`whatsapp://…`).
 */
function isArticleLink(title: string, url: string | null): boolean {
  const words = countWords(title);
  return words >= 3 && words <= 40 && (url === null || /^(?:https?:)?\/\//i.test(url) || url.startsWith('/'));
}

function fromBoilerplate(analysis: Analysis, litter: readonly Boilerplate[]): RelatedLink[] {
  const links: RelatedLink[] = [];
  const { blocks } = analysis;
  let header: string | null = null;
  let cursor = 0;
  for (const item of [...litter].sort((a, b) => a.start - b.start)) {
    if (!LINKING.has(item.kind)) {
      header = null;
      continue;
    }
    // Spans come in source order, so one cursor finds each span's block in linear time overall.
    while (cursor < blocks.length && blocks[cursor]!.end < item.end) cursor++;
    const block = blocks[cursor];
    const { text, url } = plainText(block && block.start <= item.start ? block : undefined, item);
    if (HEADERS.has(labelKey(text))) {
      header = text.trim().replace(/[\s:：]+$/, '');
      continue;
    }
    const labelled = splitRelatedLabel(text);
    const label = labelled?.label ?? (bracketedTitle(text) !== null ? '[]' : header ?? '');
    const raw = labelled?.title ?? text;
    const title = cleanTitle(url?.bare ? raw.replace(url.bare, ' ').replace(/\s+/g, ' ') : raw);
    if (title !== '') links.push({ title, url: url?.href ?? null, label, start: item.start, end: item.end });
  }
  return links;
}

/** The span's text without markup, and its URL: the first link inside it, else a bare URL. */
function plainText(block: Block | undefined, item: Boilerplate): { text: string; url: { href: string; bare: string | null } | null } {
  if (block && block.type !== 'html' && block.type !== 'code') {
    const from = block.toText(item.start);
    const to = block.toText(item.end);
    const text = block.text.slice(from, to);
    const link = block.links.find((l) => l.start >= item.start && l.end <= item.end);
    // An autolinked URL (`https://…` in GFM) is the URL, not part of the title.
    if (link) return { text, url: { href: link.url, bare: /^(?:https?:\/\/|www\.)/i.test(link.text) ? link.text : null } };
    const bare = BARE_URL.exec(text)?.[0] ?? null;
    return { text, url: bare ? { href: bare, bare } : null };
  }
  const bare = BARE_URL.exec(item.text)?.[0] ?? null;
  return { text: item.text, url: bare ? { href: bare, bare } : null };
}

