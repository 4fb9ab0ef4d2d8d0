import type { Block } from './blocks.js';
import { stripDateLabel } from './dates.js';

/**
 * The article's opening as the text lays it out: which block is the headline, which the
 * byline, and where a dateline opens the first paragraph. Headline, byline, dateline and
 * body all read it, so none of them re-derives the others' decisions.
 */
export interface Lead {
  /** The block holding the headline, or null. */
  headline: Block | null;
  /** The block holding a `By …` line, or null. */
  byline: Block | null;
  /** A standalone date line near the top (`Published March 3, 2024`), or null. */
  dateLine: Block | null;
}

/** How far into the document the opening lines may sit. */
export const LEAD_WINDOW = 6;
const MAX_HEADLINE_CHARS = 250;
const MAX_HEADLINE_WORDS = 35;
const BYLINE = /^(?:(?:written|posted|reported|words)\s+)?by\s+\S/i;

const STAMP_SEPARATOR = /\s[·•|]\s/;
const SENTENCE_END = /[.!]["”’)]?$/;
/** How far before a located article's first body block its headline may sit. */
const TITLE_WINDOW = 12;

/**
 * Finds the opening blocks; `isDate` says whether a short line is a date (the caller brings a
 * date parser). `articleStart`, where a page's article body was located, moves the search from
 * the top of the page to the lines just above the body; `title` is the block the page's title
 * model chose there.
 */
export function findLead(blocks: readonly Block[], isDate: (text: string) => boolean, articleStart = 0, title = -1): Lead {
  // A title the page's model chose counts even where the located article opens the text.
  if (articleStart > 0 || title >= 0) return leadBefore(blocks, isDate, articleStart, title);
  const window = blocks.slice(0, LEAD_WINDOW);
  const heading = window.find((b) => b.type === 'heading' && b.depth === 1) ?? null;
  const opening = window.filter((b) => b.type !== 'html' && b.text.trim() !== '');
  const first = opening[0] ?? null;
  let headline = heading ?? (first && looksLikeHeadline(first, blocks.length) ? first : null);
  // A section label above the headline (`World`, `U.S. news`): one or two words, then a title
  // that ends no sentence (a short headline above its first paragraph stays the headline).
  const next = opening[1];
  if (
    !heading &&
    headline === first &&
    first &&
    isSectionLabel(first.text) &&
    next &&
    looksLikeTitleLine(next, blocks.length, isDate) &&
    !SENTENCE_END.test(next.text.trim())
  ) {
    headline = next;
  }
  return withByline(headline, window, isDate);
}

/** One or two words that end no sentence: a section or kicker label, not a headline. */
function isSectionLabel(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.split(/\s+/).length <= 2 && !/[.!?:]$/.test(trimmed);
}

/**
 * The lead of an article that starts at `articleStart`: the title line found above it
 * (`title`), else the nearest title-shaped line above it.
 */
function leadBefore(blocks: readonly Block[], isDate: (text: string) => boolean, articleStart: number, title: number): Lead {
  let headline: Block | null = title >= 0 ? blocks[title]! : null;
  for (let i = articleStart - 1; i >= Math.max(0, articleStart - TITLE_WINDOW) && !headline; i--) {
    const block = blocks[i]!;
    if (looksLikeTitleLine(block, blocks.length, isDate)) {
      headline = block;
    }
  }
  const from = headline ? Math.min(headline.index + 1, articleStart) : articleStart;
  // A page's date line often carries more after a separator (`April 3, 2024 · 4 min read`).
  const isStamp = (text: string) => isDate(text) || isDate(text.split(STAMP_SEPARATOR)[0]!);
  return withByline(headline, blocks.slice(from, Math.max(articleStart, from) + 2), isStamp);
}

/** A title above a located article: headline-shaped, three words or more, not a byline, date or timestamp line. */
function looksLikeTitleLine(block: Block, blockCount: number, isDate: (text: string) => boolean): boolean {
  const text = block.text.trim();
  if (!looksLikeHeadline(block, blockCount) || text.split(/\s+/).length < 3 || isBylineText(text) || isDate(text)) return false;
  // `April 3, 2024 · 4 min read`, `Updated 10:42 GMT`: four digits or more in a short line is a stamp.
  return (text.match(/\d/g)?.length ?? 0) < 4 || text.length > 60;
}

function withByline(headline: Block | null, window: readonly Block[], isDate: (text: string) => boolean): Lead {
  const after = window.filter((b) => b !== headline);
  const byline = after.find((b) => b.type !== 'code' && isBylineText(b.text)) ?? null;
  const dateLine =
    after.find((b) => b !== byline && b.text.length <= 80 && isDate(stripDateLabel(b.text))) ?? null;
  return { headline, byline, dateLine };
}

/** A `By …` line: short, and what follows `By` is name-shaped. */
export function isBylineText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 160 || !BYLINE.test(trimmed)) return false;
  const rest = trimmed.replace(BYLINE, (m) => m.slice(-1));
  return /^\p{Lu}/u.test(rest) && !/[.!?]["”]?$/.test(rest.replace(/\b(?:\p{Lu}\.|Jr\.|Sr\.)$/u, ''));
}

function looksLikeHeadline(block: Block, blockCount: number): boolean {
  if (block.type === 'heading') return true;
  if (block.type !== 'paragraph' || block.inList || block.inBlockquote) return false;
  const text = block.text.trim();
  if (text.length > MAX_HEADLINE_CHARS || text.includes('\n')) return false;
  const words = text.split(/\s+/).length;
  if (words > MAX_HEADLINE_WORDS) return false;
  // A lone line is the whole article, not its headline.
  if (blockCount < 2) return false;
  // Headlines rarely end in a full stop; a one-sentence lead paragraph does.
  return !/[^.]\.$/.test(text) || words <= 12;
}
