import type { Analysis } from '../../analysis/context.js';
import { splitSentences } from '../../analysis/sentences.js';
import { type Boilerplate, type Share, ShareSchema } from '../../model/article.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { SHARE_HEADS, SHARE_LABELS } from '../boilerplate/labels/index.js';
import { labelKey } from '../boilerplate/text.js';
import { hashtagsFrom } from './hashtags.js';
import { shareTargets } from './targets.js';

/** The longest description, in UTF-16 code units. */
export const DESCRIPTION_MAX = 200;

const SHARE_WORDS = new Set(SHARE_LABELS);
const SHARE_HEAD = new Set(SHARE_HEADS);
// A share label closing a longer litter span (`… social networks. Share this:`), bounded.
const EMBEDDED_LABEL = new RegExp(String.raw`(?:^|[\s.!?])((?:${SHARE_HEADS.join('|')})(?:\s\p{L}{1,12}){0,2}\s?:)\s{0,20}$`, 'iu');
// Related titles may open with `Share …:`; only other litter can carry a widget label.
const TITLES = new Set<Boilerplate['kind']>(['related', 'recommendations']);

/** Share data when nothing is known: what the field holds without this extractor, or when it fails. */
export const EMPTY_SHARE: Share = Object.freeze({
  title: null,
  description: null,
  url: null,
  image: null,
  hashtags: [],
  targets: [],
  widget: { present: false, labels: [] },
});

/**
 * What a reader needs to share the article: the share widget the page carried (and its
 * labels), the title, a lead-based description, the URL, the image, hashtags from the most
 * salient entities (or the page's keywords), and share-intent URLs per network.
 */
export const shareExtractor = defineExtractor({
  name: 'share',
  dependsOn: ['boilerplate', 'headline', 'body'],
  after: ['entities', 'dateline'],
  schema: ShareSchema,
  fallback: EMPTY_SHARE,
  extract(ctx): Share {
    const { page } = ctx.analysis;
    const title = ctx.get('headline') ?? page.title ?? null;
    const description = lead(ctx.get('body')?.paragraphs ?? [], ctx.get('dateline') ?? null) ?? trimToWord(page.description ?? '') ?? null;
    const url = httpUrl(ctx.options.url) ?? httpUrl(page.canonicalUrl);
    const hashtags = hashtagsFrom(ctx.get('entities'), page.keywords);
    return {
      title,
      description,
      url,
      image: httpUrl(page.image),
      hashtags,
      targets: url ? shareTargets({ url, title, description, hashtags }) : [],
      widget: widget(ctx.analysis, ctx.get('boilerplate') ?? []),
    };
  },
});

/** The share widget: present when litter holds a share label or an adapter cut a share bar. */
function widget(analysis: Analysis, litter: readonly Boilerplate[]): Share['widget'] {
  const labels: string[] = [];
  const add = (label: string) => {
    const trimmed = label.trim();
    if (trimmed !== '' && !labels.includes(trimmed)) labels.push(trimmed);
  };
  let present = false;
  for (const item of litter) {
    if (item.kind === 'share') {
      present = true;
      add(item.text.length <= 80 ? item.text : item.text.slice(0, 80).trimEnd());
      continue;
    }
    const found = TITLES.has(item.kind) ? null : shareLabelIn(item.text);
    if (found) {
      present = true;
      add(found);
    }
  }
  for (const region of analysis.removed) {
    if (region.kind !== 'share') continue;
    present = true;
    for (const label of region.labels) add(label);
  }
  return { present, labels };
}

/** A share label inside another kind of litter (an author bio ending `Share this:`), else null. */
function shareLabelIn(text: string): string | null {
  if (text.length > 4000) text = text.slice(-4000);
  const match = EMBEDDED_LABEL.exec(text);
  if (match) return match[1]!;
  const key = labelKey(text);
  return SHARE_WORDS.has(key) || SHARE_HEAD.has(key) ? text.trim() : null;
}

/**
 * The first body sentence, or the first two when they fit, cut at a word boundary to
 * {@link DESCRIPTION_MAX}; a dateline opening the paragraph (`PARIS —`) is left out.
 */
function lead(paragraphs: ReadonlyArray<{ text: string }>, dateline: string | null): string | null {
  const first = paragraphs.find((p) => p.text.trim() !== '');
  if (!first) return null;
  let text = first.text.length > 4 * DESCRIPTION_MAX ? first.text.slice(0, 4 * DESCRIPTION_MAX) : first.text;
  if (dateline && text.startsWith(dateline)) text = text.slice(dateline.length).replace(/^[\s,:–—-]{1,8}/, '');
  if (text.trim() === '') return null;
  const sentences = splitSentences(text).map((r) => text.slice(r.start, r.end));
  const one = sentences[0] ?? text;
  const two = sentences.length > 1 ? `${one} ${sentences[1]}` : one;
  return two.length <= DESCRIPTION_MAX ? two : trimToWord(one);
}

/** The text cut at the last word boundary that keeps it (with an ellipsis) within {@link DESCRIPTION_MAX}. */
export function trimToWord(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return null;
  if (flat.length <= DESCRIPTION_MAX) return flat;
  const room = flat.slice(0, DESCRIPTION_MAX);
  const space = room.lastIndexOf(' ');
  const cut = (space > DESCRIPTION_MAX / 2 ? room.slice(0, space) : room.slice(0, DESCRIPTION_MAX - 1)).replace(/[\s,;:–—-]+$/, '');
  return `${cut}…`;
}

/** An absolute http(s) URL, or null. */
function httpUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
