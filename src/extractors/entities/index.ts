import type { Analysis } from '../../analysis/context.js';
import { isAsciiLetter, isSpace } from '../../analysis/chars.js';
import { splitSentences } from '../../analysis/sentences.js';
import { type Entity, EntitySchema } from '../../model/article.js';
import { defineExtractor, type ExtractorContext } from '../../pipeline/extractor.js';
import { isCueVerb } from '../quotes/cues.js';
import { mergeMentions } from './merge.js';
import { type RecognisedMention, type Recogniser, readsNames, recogniseEntities, type TextRange } from './recogniser.js';
import { z } from 'zod';

/** The options of {@link createEntitiesExtractor}. */
export interface EntitiesExtractorOptions {
  /** Finds typed mentions in text (default: {@link recogniseEntities}). */
  recognise?: Recogniser;
}

/** A piece of the text the recogniser reads: part of one block, placed in the joined text. */
interface Piece {
  block: number;
  /** Offsets into the block's text. */
  from: number;
  to: number;
  /** Where the piece starts in the joined text. */
  at: number;
  role: 'headline' | 'lead' | 'body';
}

const HEADLINE_WEIGHT = 3;
const LEAD_WEIGHT = 1;
const QUOTED_WEIGHT = 1;

/**
 * Creates an `entities` extractor around a recogniser: it reads the headline and the body
 * (boilerplate is not read, so an entity named only in a `Read also` line does not count),
 * merges the mentions into entities and scores their salience from mention count, position
 * (headline, lead paragraph) and being quoted (a mention next to a verb of saying).
 *
 * @param options The recogniser to use (optional; default: the built-in one).
 */
export function createEntitiesExtractor(options: EntitiesExtractorOptions = {}) {
  const recognise = options.recognise ?? recogniseEntities;
  return defineExtractor({
    name: 'entities',
    dependsOn: ['body'],
    after: ['headline', 'publishedAt', 'meta'],
    schema: z.array(EntitySchema),
    fallback: [],
    extract(ctx) {
      return findEntities(ctx, recognise);
    },
  });
}

/** The default `entities` extractor, with the built-in recogniser. */
export const entitiesExtractor = createEntitiesExtractor();

function findEntities(ctx: ExtractorContext, recognise: Recogniser): Entity[] {
  const { analysis } = ctx;
  const pieces = readPieces(analysis, ctx.get('body')?.paragraphs ?? []);
  if (pieces.length === 0) return [];
  const text = pieces.map((p) => analysis.blocks[p.block]!.text.slice(p.from, p.to)).join('\n');
  const ranges = pieces.map((p) => ({ start: p.at, end: p.at + p.to - p.from, heading: isHeading(analysis, p) }));
  const language = ctx.get('meta')?.language ?? null;
  if (recognise === recogniseEntities && !readsNames(language)) {
    ctx.report({ code: 'entities-language', message: `Names are recognised in English text only; this text reads as \`${language}\`, so only dates, sums and percentages were looked for.`, severity: 'info' });
  }
  const found = recognise(text, ranges, { referenceDate: referenceDate(ctx), sentences: sentencesOf(analysis, pieces), language });

  const mentions: RecognisedMention[] = [];
  const weights = new Map<RecognisedMention, number>();
  let cursor = 0;
  for (const m of [...found].sort((a, b) => a.start - b.start)) {
    if (!(m.start >= 0 && m.end > m.start && m.end <= text.length)) continue;
    while (cursor < pieces.length - 1 && pieces[cursor + 1]!.at <= m.start) cursor++;
    const piece = pieces[cursor]!;
    if (m.end > piece.at + piece.to - piece.from) continue;
    const block = analysis.blocks[piece.block]!;
    const mapped: RecognisedMention = {
      ...m,
      start: block.toSource(piece.from + m.start - piece.at),
      end: block.toSource(piece.from + m.end - piece.at, 'end'),
    };
    if (mapped.end <= mapped.start) continue;
    mentions.push(mapped);
    weights.set(mapped, 1 + (piece.role === 'headline' ? HEADLINE_WEIGHT : piece.role === 'lead' ? LEAD_WEIGHT : 0) + (isQuoted(text, m) ? QUOTED_WEIGHT : 0));
  }
  return mergeMentions(mentions, { weigh: (m) => weights.get(m) ?? 1 });
}

/** The headline block and the body paragraphs, as pieces of blocks in reading order. */
function readPieces(analysis: Analysis, paragraphs: readonly { start: number; end: number }[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  const push = (block: number, from: number, to: number, role: Piece['role']): void => {
    if (to <= from) return;
    pieces.push({ block, from, to, at, role });
    at += to - from + 1;
  };
  const headline = analysis.lead.headline;
  if (headline && headline.start < analysis.readEnd) push(headline.index, 0, headline.end > analysis.readEnd ? headline.toText(analysis.readEnd) : headline.text.length, 'headline');
  let b = 0;
  let first = true;
  for (const paragraph of paragraphs) {
    // Past the analysis's read limit the text is not read (a megabyte dump would take seconds).
    if (paragraph.start >= analysis.readEnd) break;
    while (b < analysis.blocks.length && analysis.blocks[b]!.end <= paragraph.start) b++;
    const block = analysis.blocks[b];
    if (!block || block === headline || block.start > paragraph.start) continue;
    push(block.index, block.toText(paragraph.start), block.toText(Math.min(paragraph.end, analysis.readEnd)), first ? 'lead' : 'body');
    first = false;
  }
  return pieces;
}

/**
 * The sentences of the pieces, as ranges of the joined text: the analysis has split whole blocks
 * already (and the quotes extractor reads the same split), so only a piece cut out of a block is
 * split here.
 */
function sentencesOf(analysis: Analysis, pieces: readonly Piece[]): TextRange[] {
  const out: TextRange[] = [];
  for (const piece of pieces) {
    const block = analysis.blocks[piece.block]!;
    const heading = isHeading(analysis, piece);
    const whole = piece.from === 0 && piece.to === block.text.length && block.type !== 'code' && block.type !== 'html';
    const split = whole ? analysis.sentencesOf(block.index).map((s) => ({ start: s.textStart, end: s.textEnd })) : splitSentences(block.text.slice(piece.from, piece.to));
    for (const s of split) out.push(heading ? { start: piece.at + s.start, end: piece.at + s.end, heading } : { start: piece.at + s.start, end: piece.at + s.end });
  }
  return out;
}


/** The headline and the body's headings, whose capitals may be style rather than names. */
function isHeading(analysis: Analysis, piece: Piece): boolean {
  return piece.role === 'headline' || analysis.blocks[piece.block]!.type === 'heading';
}

/** A mention right before or after a verb of saying (`Putin said`, `said Putin`). */
function isQuoted(text: string, m: RecognisedMention): boolean {
  return isCueVerbAt(text, m.end, 1, Math.min(text.length, m.end + QUOTE_REACH)) || isCueVerbAt(text, m.start, -1, Math.max(0, m.start - QUOTE_REACH));
}

// How far from a mention its cue verb may be read, in characters.
const QUOTE_REACH = 40;

/**
 * Whether the word one to three spaces or commas away from `at`, read in `direction` and not past
 * `limit`, is a verb of saying. Verbs of saying are ASCII words, so a letter outside ASCII ends the
 * look-up; a scan over character codes, as this runs for every mention.
 */
function isCueVerbAt(text: string, at: number, direction: 1 | -1, limit: number): boolean {
  const step = direction === 1 ? 0 : -1;
  let i = at;
  let gap = 0;
  while (i !== limit && gap < 4 && isGap(text.charCodeAt(i + step))) {
    i += direction;
    gap++;
  }
  if (gap === 0 || gap > 3) return false;
  const from = i;
  while (i !== limit && isAsciiLetter(text.charCodeAt(i + step))) i += direction;
  if (i === from || (i !== limit && !isWordEnd(text, i + step))) return false;
  return isCueVerb(direction === 1 ? text.slice(from, i) : text.slice(i, from));
}

/** A comma or white space between a name and its verb. */
function isGap(c: number): boolean {
  return c === 44 || isSpace(c);
}

/** A word read up to `i` ends there when the character at `i` is no letter. */
function isWordEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 || !LETTER.test(text.slice(i, i + 2));
}

const LETTER = /^\p{L}/u;

function referenceDate(ctx: ExtractorContext): Date | undefined {
  if (ctx.options.referenceDate) return ctx.options.referenceDate;
  const published = ctx.get('publishedAt');
  if (typeof published !== 'string') return undefined;
  const date = new Date(published);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
