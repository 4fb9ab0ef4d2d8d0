import { isAsciiDigit, isAsciiLetter, isAsciiLower, isSpace } from '../../analysis/chars.js';

/** What a token is: a word, a number, or one other character. */
export type SpanKind = 'word' | 'number' | 'other';

/**
 * Receives each token: its offsets, its kind, and whether it is a word of lower-case ASCII
 * letters and joiners only (`don't`), which needs no case folding.
 */
export type SpanSink = (start: number, end: number, kind: SpanKind, lower: boolean) => void;

const LETTER = /[\p{L}\p{M}]/u;
// Sticky: tested at a position of the text itself, so a character outside ASCII costs no string.
const LETTER_AT = /[\p{L}\p{M}]/uy;
const DIGIT_AT = /\p{Nd}/uy;

/**
 * Splits `text[from, to)` into tokens in one pass over character codes, as the analysis
 * tokenizer does (words keep inner apostrophes, hyphens and dots: `don't`, `Un-Putin`, `U.S`;
 * numbers keep inner `.,:`), without a regular expression per token, and hands each to `emit`
 * rather than allocating one object per token: the recogniser reads every character of every
 * article, so this loop is its hottest.
 */
export function scan(text: string, from: number, to: number, emit: SpanSink): void {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // ASCII first: most characters of most articles are.
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpace(c)) {
      i++;
      continue;
    }
    const width = c < 0xd800 ? 1 : charWidth(text, i, to);
    if (isAsciiLower(c)) {
      // Most words of most articles: a run of lower-case ASCII letters.
      let j = i + 1;
      while (j < to && isAsciiLower(text.charCodeAt(j))) j++;
      const end = wordEnd(text, j, to);
      emit(i, end, 'word', end === j || isLowerAsciiWord(text, j, end));
      i = end;
    } else if (c < 128 ? isAsciiLetter(c) : isLetterAt(text, i, width)) {
      const j = wordEnd(text, i + width, to);
      emit(i, j, 'word', false);
      i = j;
    } else if (c < 128 ? c >= 48 && c <= 57 : isDigitAt(text, i)) {
      let j = i + 1;
      for (;;) {
        while (j < to && isDigitAt(text, j)) j++;
        const joiner = text.charCodeAt(j);
        if (j + 1 < to && (joiner === 46 || joiner === 44 || joiner === 58) && isDigitAt(text, j + 1)) j++;
        else break;
      }
      emit(i, j, 'number', false);
      i = j;
    } else {
      emit(i, i + width, 'other', false);
      i += width;
    }
  }
}

/** Where a word that goes on at `j` ends: letters, and a joiner between two letters. */
function wordEnd(text: string, j: number, to: number): number {
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c < 128 ? isAsciiLetter(c) : isLetterAt(text, j, charWidth(text, j, to))) {
      j += c < 0xd800 ? 1 : charWidth(text, j, to);
      continue;
    }
    if (j + 1 < to && isWordJoiner(c)) {
      const d = text.charCodeAt(j + 1);
      if (d < 128 ? isAsciiLetter(d) : isLetterAt(text, j + 1, charWidth(text, j + 1, to))) {
        j++;
        continue;
      }
    }
    break;
  }
  return j;
}

/** Whether `text[from, to)`, the rest of a word, holds only lower-case ASCII letters and joiners. */
function isLowerAsciiWord(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isAsciiLower(c) && !isWordJoiner(c)) return false;
  }
  return true;
}

function charWidth(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
}

function isLetterAt(text: string, i: number, width: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  if (!isSurrogate(c)) return stickyAt(LETTER_AT, text, i);
  // A surrogate pair, or a lone half (rare): read as the two code units alone, as ever.
  return LETTER.test(text.slice(i, i + width));
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiDigit(c);
  // A code unit alone: half a surrogate pair is no digit.
  return !isSurrogate(c) && stickyAt(DIGIT_AT, text, i);
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function stickyAt(sticky: RegExp, text: string, i: number): boolean {
  sticky.lastIndex = i;
  return sticky.test(text);
}

/** `'`, `’`, `-` and `.` join two letter runs into one word. */
function isWordJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46;
}
