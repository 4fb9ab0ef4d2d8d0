import { isBylineText } from '../lead.js';
import { isProse, type LineShape, pageFunctionWordShare, type PageLine } from './features.js';

/** How far above the article's first body line the title is looked for. */
export const TITLE_WINDOW = 40;
/** How many of the article's first lines may be its title (the body model may take it in). */
const TITLE_INSIDE = 3;

/** The names of the title features, in the order {@link titleFeatures} writes them. */
export const TITLE_FEATURES = [
  'log-distance',
  'inside',
  'adjacent',
  'within-3',
  'words-2-4',
  'words-5-9',
  'words-10-15',
  'ends-sentence',
  'ends-colon',
  'capitalised-ratio',
  'upper-ratio',
  'digit-ratio',
  'symbol-ratio',
  'lead-overlap',
  'repeats',
  'byline-after',
  'separator',
  'glued',
  'body-probability',
  'bullet',
  'clock-time',
  'year',
  'byline',
  'function-words',
  'title-shaped-before',
  'title-shaped-after',
  'best-lead-overlap',
] as const;

const CONTENT_WORD = /[\p{L}\p{N}]{4,}/gu;
const CLOCK_TIME = /\d:[0-5]\d/;
const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;

/** A line shaped like a headline: a few words that are not a sentence of prose. */
function titleShaped(s: LineShape | undefined): boolean {
  return s !== undefined && s.words >= 3 && s.words <= 25 && !s.endsSentence && !isProse(s);
}

/** The lines that may hold the title of an article starting at `start`: short enough, with letters. */
export function titleCandidates(shapes: readonly LineShape[], start: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, start - TITLE_WINDOW); i < Math.min(shapes.length, start + TITLE_INSIDE); i++) {
    const s = shapes[i]!;
    if (s.words >= 2 && s.words <= 40 && s.chars <= 300 && s.letters > 0) out.push(i);
  }
  return out;
}

/**
 * The features of each candidate title line (`TITLE_FEATURES.length` per candidate): how far
 * above the article it sits, its shape, how many of its words the article's first lines use,
 * whether the page repeats it, whether a byline follows it, and the body model's score of it.
 */
export function titleFeatures(
  lines: readonly PageLine[],
  shapes: readonly LineShape[],
  probabilities: ArrayLike<number>,
  keep: readonly boolean[],
  start: number,
  candidates: readonly number[],
): Float64Array {
  const width = TITLE_FEATURES.length;
  const out = new Float64Array(candidates.length * width);
  // The words of the article's first three body lines: a headline's words recur in its lead.
  const lead = new Set<string>();
  for (let i = start, taken = 0; i < lines.length && taken < 3; i++) {
    if (!keep[i]) continue;
    taken++;
    for (const word of lines[i]!.text.toLowerCase().slice(0, 2000).match(CONTENT_WORD) ?? []) lead.add(word);
  }
  const counts = new Map<string, number>();
  for (const s of shapes) if (s.key !== '') counts.set(s.key, (counts.get(s.key) ?? 0) + 1);
  const functionShare = pageFunctionWordShare(lines, shapes);
  // How many of each candidate's words the lead uses: the best-matching candidate is marked.
  const overlap = candidates.map((i) => {
    const words = lines[i]!.text.toLowerCase().match(CONTENT_WORD) ?? [];
    return words.length ? words.filter((w) => lead.has(w)).length / words.length : 0;
  });
  const bestOverlap = overlap.reduce((max, x) => Math.max(max, x), 0);
  candidates.forEach((i, row) => {
    const s = shapes[i]!;
    const text = lines[i]!.text;
    let bylineAfter = 0;
    for (let j = i + 1; j <= i + 3 && j < lines.length; j++) if (isBylineText(lines[j]!.text)) bylineAfter = 1;
    const distance = Math.abs(start - i);
    const lw = Math.max(1, s.letterWords);
    let at = row * width;
    out[at++] = Math.log1p(distance);
    out[at++] = i >= start ? 1 : 0;
    out[at++] = distance === 1 ? 1 : 0;
    out[at++] = distance <= 3 ? 1 : 0;
    out[at++] = s.words >= 2 && s.words <= 4 ? 1 : 0;
    out[at++] = s.words >= 5 && s.words <= 9 ? 1 : 0;
    out[at++] = s.words >= 10 && s.words <= 15 ? 1 : 0;
    out[at++] = s.endsSentence ? 1 : 0;
    out[at++] = s.endsColon ? 1 : 0;
    out[at++] = s.capitalised / lw;
    out[at++] = s.letters ? s.upper / s.letters : 0;
    out[at++] = s.chars ? s.digits / s.chars : 0;
    out[at++] = s.chars ? s.symbols / s.chars : 0;
    out[at++] = overlap[row]!;
    out[at++] = s.key !== '' && (counts.get(s.key) ?? 0) > 1 ? 1 : 0;
    out[at++] = bylineAfter;
    out[at++] = / [|–—-] /.test(text) ? 1 : 0;
    out[at++] = Math.min(3, s.glued) / 3;
    out[at++] = probabilities[i]!;
    out[at++] = s.bullet ? 1 : 0;
    out[at++] = CLOCK_TIME.test(text) ? 1 : 0;
    out[at++] = YEAR.test(text) ? 1 : 0;
    out[at++] = isBylineText(text) ? 1 : 0;
    out[at++] = functionShare[i]!;
    out[at++] = titleShaped(shapes[i - 1]) ? 1 : 0;
    out[at++] = titleShaped(shapes[i + 1]) ? 1 : 0;
    out[at++] = bestOverlap > 0 && overlap[row] === bestOverlap ? 1 : 0;
  });
  return out;
}
