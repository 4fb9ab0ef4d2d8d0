import { ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations.js';
import { isAsciiDigit, isAsciiLetter, isSpace } from './chars.js';

/** A sentence as offsets into the text it was split from. */
export interface SentenceRange {
  start: number;
  end: number;
}

const FULL_STOP = 46;
const NEWLINE = 10;
// Where a sentence can end: a terminal mark, or a blank line.
const CANDIDATE = /[.!?…]|\n\n/g;

/**
 * Splits text into sentences in one pass. A break is a terminal mark (. ! ? …) with any
 * closing quotes or brackets after it, then white space, then something that can open a
 * sentence. Abbreviations, initials (`J. K.`), dotted acronyms before a lower-case or
 * name-like word, and decimals do not break.
 */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    // A native regex scan to the next candidate: several times faster than a loop over characters.
    CANDIDATE.lastIndex = i;
    if (!CANDIDATE.test(text)) break;
    i = CANDIDATE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      // A blank line: the match is `\n\n`, ending here.
      pushRange(ranges, text, start, i - 1);
      start = skipSpace(text, i);
      i = start;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (isTerminal(text.charCodeAt(end)) || isCloser(text.charCodeAt(end)))) end++;
    const next = skipSpace(text, end);
    if (next === end || next >= text.length) {
      i = end;
      continue;
    }
    if (c === FULL_STOP && !breaksAfterStop(text, i, next)) {
      i = end;
      continue;
    }
    if (!opensSentence(text, next)) {
      i = end;
      continue;
    }
    pushRange(ranges, text, start, end);
    start = next;
    i = next;
  }
  pushRange(ranges, text, start, text.length);
  return ranges;
}

/** . ! ? … */
function isTerminal(code: number): boolean {
  return code === FULL_STOP || code === 33 || code === 63 || code === 0x2026;
}

/** Closing quotes and brackets, and Markdown emphasis: " ” ’ ' ) ] » * _ */
function isCloser(code: number): boolean {
  return (
    code === 34 || code === 0x201d || code === 0x2019 || code === 39 || code === 41 || code === 93 || code === 0xbb || code === 42 || code === 95
  );
}

function pushRange(ranges: SentenceRange[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > start) ranges.push({ start, end: e });
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function opensSentence(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // ASCII: a capital, a digit, " ' ( [ or -.
  if (code < 128) {
    return (code >= 65 && code <= 90) || isAsciiDigit(code) || code === 34 || code === 39 || code === 40 || code === 91 || code === 45;
  }
  const c = text[at]!;
  if (/[\p{Lu}\p{Lt}\p{N}"“‘'«(\[¿¡—–-]/u.test(c)) return true;
  // Scripts without case (CJK, Arabic, Hebrew …) open a sentence with any letter.
  return /\p{L}/u.test(c) && !/[\p{Ll}]/u.test(c);
}

/** The word before a full stop decides whether it ends the sentence. */
function breaksAfterStop(text: string, stop: number, next: number): boolean {
  let w = stop;
  while (w > 0 && isWordOrStop(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, stop);
  if (word === '') return true;
  const bare = word.replace(/^\.+/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  // A single initial: `J. K. Rowling`, `George W. Bush`.
  if (/^\p{Lu}$/u.test(word)) return false;
  // A dotted acronym (U.S., U.K., a.m.) ends a sentence only before a word that usually opens one.
  if (word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const following = /^[\p{L}]+/u.exec(text.slice(next, next + 30))?.[0]?.toLowerCase() ?? '';
    return SENTENCE_STARTERS.has(following);
  }
  return true;
}

const WORD_OR_STOP = /[\p{L}\p{N}.]/u;

/** A letter, digit or full stop, as a single UTF-16 unit; ASCII without a regular expression. */
function isWordOrStop(code: number): boolean {
  if (code < 128) return code === FULL_STOP || isAsciiDigit(code) || isAsciiLetter(code);
  return WORD_OR_STOP.test(String.fromCharCode(code));
}
