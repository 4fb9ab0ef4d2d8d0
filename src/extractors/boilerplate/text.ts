import { splitSentences } from '../../analysis/sentences.js';
import { RELATED_LABELS, RELATED_MARKERS } from './labels/index.js';

/** Lines longer than this are never a label, header or credit: only sentence and row checks read them. */
export const SHORT_LINE = 300;

const EDGE = new Set([' ', '\t', '\n', '\r', '\u00a0', ':', '：', '.', '…', '!', '|', '>', '»', '›', '-', '–', '—', '•', '·', '*', '#', '_']);
const LEAD_EDGE = new Set([' ', '\t', '\n', '\r', '\u00a0', '>', '»', '›', '-', '–', '—', '•', '·', '*', '#', '|', '_']);

/**
 * How labels are compared: NFKC, lower case, straight apostrophes, one space between
 * words, leading list or quote markers and trailing punctuation dropped. Trims with loops,
 * not regexes, so a line of 10k colons costs one pass.
 */
export function labelKey(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && LEAD_EDGE.has(text[start]!)) start++;
  while (end > start && EDGE.has(text[end - 1]!)) end--;
  let key = text.slice(start, end);
  // NFKC and the apostrophe map only matter beyond ASCII; most lines never pay for them.
  if (NON_ASCII.test(key)) key = key.normalize('NFKC').replace(/[‘’ʼ′`]/g, "'");
  key = key.toLowerCase();
  return SPACE_RUN.test(key) ? key.replace(/\s+/g, ' ') : key;
}

const NON_ASCII = /[^\x00-\x7f]/;
// Anything but a lone space between words.
const SPACE_RUN = /\s\s|[\t\n\r\f\v\u00a0]/;

/** The number of white-space separated words. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32 || text[i] === '\u00a0';
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether the line ends in a colon with nothing after it (`Share post:`). */
export function endsWithColon(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(':') || trimmed.endsWith('：');
}

const OPENS_TITLE = /^[\p{Lu}\p{N}"“‘'«(¿¡]/u;
const CLOSES_SENTENCE = /[^.]\.["”’']?$/;

/**
 * A headline's shape: one sentence of 2–30 words that opens with a capital, a digit or a
 * quote and does not close with a full stop.
 */
export function isHeadlineShaped(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 8 || trimmed.length > 250 || trimmed.includes('\n')) return false;
  const words = countWords(trimmed);
  if (words < 2 || words > 30) return false;
  if (!OPENS_TITLE.test(trimmed) || CLOSES_SENTENCE.test(trimmed)) return false;
  return splitSentences(trimmed).length === 1;
}

/** A label that introduces a title on the same line, split from it. */
export interface LabelledTitle {
  /** The label as written (`Read Also`), or the marker (`>>`). */
  label: string;
  /** What follows the label. */
  title: string;
  /** Offset of the title in the line. */
  offset: number;
}

const RELATED = new Set(RELATED_LABELS);
const UPPER_START = /^\p{Lu}{2,}\s/u;
// A label of 1–40 characters, then a separator: a colon, a pipe, `>>`/`»`, or a spaced dash.
const LABEL_THEN_TITLE = /^([^:：|>»►▶→\n]{1,40}?)\s{0,3}(?::|：|\||>>|»|►|▶|→|\s[-–—]\s)\s{0,3}(?=\S)/u;
// `>> SENATOR SMITH: …` opens a speaker turn in a transcript, not a related headline.
const SPEAKER_TURN = /^\p{Lu}[\p{Lu} .'’-]{1,40}:/u;

/**
 * Splits `Read Also: Title`, `READ MORE Title`, `>>Title` and `» Title` lines into label and
 * title; null when the line does not open with a related label or marker.
 */
export function splitRelatedLabel(line: string): LabelledTitle | null {
  const text = line.trim();
  if (text.length > SHORT_LINE) return null;
  for (const marker of RELATED_MARKERS) {
    if (text.startsWith(marker)) {
      const rest = text.slice(marker.length);
      const offset = marker.length + (rest.length - rest.trimStart().length);
      const title = rest.trim();
      // A bare marker carries no words, so the line must look like a headline on its own.
      return isHeadlineShaped(title) && !SPEAKER_TURN.test(title) ? { label: marker, title, offset } : null;
    }
  }
  const match = LABEL_THEN_TITLE.exec(text);
  if (match && RELATED.has(labelKey(match[1]!))) {
    return { label: match[1]!.trim(), title: text.slice(match[0].length).trim(), offset: match[0].length };
  }
  // `READ MORE Title`: a label set in capitals needs no separator.
  if (!UPPER_START.test(text)) return null;
  for (const label of RELATED_LABELS) {
    if (countWords(label) < 2) continue;
    const upper = label.toUpperCase();
    if (text.startsWith(upper + ' ') && /\p{Lu}/u.test(text[upper.length + 1] ?? '')) {
      return { label: text.slice(0, upper.length), title: text.slice(upper.length + 1).trim(), offset: upper.length + 1 };
    }
  }
  return null;
}

const BRACKETED = /^\[([^[\]\n]{8,250})\]$/;
// Bracketed asides that belong to the text: editorial notes and transcript cues.
const EDITORIAL =
  /^(?:editor'?s'? note|ed\.? note|note|update|updated|correction|clarification|disclosure|sic|photo|image|video|audio|the following|this (?:story|article|interview|transcript|post)|transcript|laughter|applause|crosstalk|inaudible|music|translation|translated)\b/i;

/** The headline inside a line that is only a bracketed headline (`[Title]`), else null. */
export function bracketedTitle(line: string): string | null {
  const match = BRACKETED.exec(line.trim());
  if (!match) return null;
  const inner = match[1]!.trim();
  return !EDITORIAL.test(inner.replace(/[‘’]/g, "'")) && isHeadlineShaped(inner) ? inner : null;
}

// `Title | Analysis`: a section tag of one to three capitalised words after a pipe.
const SECTION_SUFFIX = /\s\|\s{0,3}\p{Lu}[\p{L}'’]{0,20}(?:\s\p{Lu}[\p{L}'’]{0,20}){0,2}$/u;

/** A related title without brackets, markers, surrounding quotes or a trailing `| Section` tag. */
export function cleanTitle(title: string): string {
  let text = title.trim();
  if (text.length > 2 && text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1).trim();
  for (const marker of RELATED_MARKERS) if (text.startsWith(marker)) text = text.slice(marker.length).trim();
  if (text.length <= SHORT_LINE && text.includes('|')) text = text.replace(SECTION_SUFFIX, '');
  return text.trim();
}
