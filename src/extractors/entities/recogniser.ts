import type { EntityType } from '../../model/article.js';
import { findQuantities } from './quantities.js';
import { recogniseNames, splitRanges, type TextRange } from './recognise.js';

/** One typed mention, as a recogniser returns it: offsets into the text it was given. */
export interface RecognisedMention {
  /** The mention as written (a possessive included: `Putin’s`). */
  text: string;
  start: number;
  end: number;
  type: EntityType;
  /** The name without possessive or title (default: `text`). */
  name?: string;
  /** A role or honorific written with the name (`Russian President`) (optional). */
  title?: string | null;
  /** For dates: the ISO 8601 value (optional). */
  value?: string | null;
}

/** What a recogniser is told besides the text. */
export interface RecogniserContext {
  /** The date relative expressions (`Tuesday`) resolve against (optional). */
  referenceDate?: Date;
  /**
   * The sentences of the ranges, in reading order, each inside one range, when the caller has
   * split them already (optional; default: the recogniser splits the ranges itself).
   */
  sentences?: readonly TextRange[];
  /**
   * The document's language as an ISO 639-1 code, when known (optional). The built-in
   * recogniser's model reads English: for another language it finds no names.
   */
  language?: string | null;
}

/**
 * A recogniser: text and the ranges of it to read, in reading order, in; typed mentions out.
 * Pure and synchronous. Pass your own to `createEntitiesExtractor` to swap the engine.
 */
export type Recogniser = (text: string, ranges: readonly TextRange[], context: RecogniserContext) => readonly RecognisedMention[];

/**
 * The built-in recogniser: people, organisations and places by {@link recogniseNames} (for
 * English text, or text of unknown language); dates, sums of money and percentages by
 * {@link findQuantities}.
 *
 * @param text The document text.
 * @param ranges The parts of it to read, in reading order.
 * @param context The reference date for relative dates (optional).
 */
export const recogniseEntities: Recogniser = (text, ranges, context = {}) => {
  // One sentence split serves both readers.
  const sentences = context.sentences ?? splitRanges(text, ranges);
  const names: RecognisedMention[] = readsNames(context.language) ? recogniseNames(text, ranges, sentences) : [];
  const quantities = withoutOverlaps(findQuantities(text, ranges, context.referenceDate, sentences), names);
  return [...names, ...quantities].sort((a, b) => a.start - b.start);
};

/** Whether the name model reads a document in `language`: trained on English news, it would invent names in German, whose nouns are capitalised. */
export function readsNames(language: string | null | undefined): boolean {
  return !language || language === 'en' || language.startsWith('en-');
}

/** The mentions of `from` that overlap none of `taken`; both sorted by start. One sweep. */
function withoutOverlaps<T extends TextRange>(from: readonly T[], taken: readonly TextRange[]): T[] {
  const out: T[] = [];
  let j = 0;
  for (const m of from) {
    while (j < taken.length && taken[j]!.end <= m.start) j++;
    const next = taken[j];
    if (!next || next.start >= m.end) out.push(m);
  }
  return out;
}

export type { TextRange };
