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

/** Finds the opening blocks; `isDate` says whether a short line is a date (the caller brings a date parser). */
export function findLead(blocks: readonly Block[], isDate: (text: string) => boolean): Lead {
  const window = blocks.slice(0, LEAD_WINDOW);
  const heading = window.find((b) => b.type === 'heading' && b.depth === 1) ?? null;
  const first = blocks.find((b) => b.type !== 'html' && b.text.trim() !== '') ?? null;
  const headline = heading ?? (first && looksLikeHeadline(first, blocks.length) ? first : null);
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
