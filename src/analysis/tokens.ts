import { isAsciiDigit, isAsciiLetter, isGeneralPunctuation, isSpace, stickyEnd } from './chars.js';

/** A token as offsets into the text it was read from. */
export interface TokenRange {
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;
const DIGIT = /\p{N}/uy;

/**
 * Splits text into word, number, punctuation and symbol tokens in one pass: what the pattern
 * `[\p{L}\p{M}]+(?:['’\-.][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\p{P}|\S` matches, found by
 * a scan by character code, several times faster than that regular expression. Words keep
 * inner apostrophes, hyphens and dots (`don't`, `Un-Putin`, `U.S`); numbers inner dots,
 * commas and colons (`3.5`, `1,000`, `10:30`).
 */
export function tokenize(text: string, from = 0, to = text.length): TokenRange[] {
  const tokens: TokenRange[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  let i = 0;
  while (i < slice.length) {
    const code = slice.charCodeAt(i);
    let end = letterEnd(slice, i);
    if (end >= 0) end = wordEnd(slice, end);
    else if ((end = digitEnd(slice, i)) >= 0) end = numberEnd(slice, end);
    else if (isSpace(code)) {
      i++;
      continue;
    } else end = i + (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(slice.charCodeAt(i + 1)) ? 2 : 1);
    tokens.push({ start: from + i, end: from + end, kind: code < 128 ? ASCII_KINDS[code]! : unicodeKind(slice.slice(i, end)) });
    i = end;
  }
  return tokens;
}

/** The end of a word from `end` on: letters and marks, single ' ’ - . between them. */
function wordEnd(text: string, end: number): number {
  for (;;) {
    let next: number;
    while ((next = letterEnd(text, end)) >= 0) end = next;
    const code = text.charCodeAt(end);
    if (!(code === 39 || code === 0x2019 || code === 45 || code === 46) || (next = letterEnd(text, end + 1)) < 0) return end;
    end = next;
  }
}

/** The end of a number from `end` on: digits, single . , : between them. */
function numberEnd(text: string, end: number): number {
  for (;;) {
    let next: number;
    while ((next = digitEnd(text, end)) >= 0) end = next;
    const code = text.charCodeAt(end);
    if (!(code === 46 || code === 44 || code === 58) || (next = digitEnd(text, end + 1)) < 0) return end;
    end = next;
  }
}

/** Where the letter or mark at `i` ends, or -1. */
function letterEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code) ? i + 1 : -1;
  return i >= text.length || isGeneralPunctuation(code) ? -1 : stickyEnd(LETTER_OR_MARK, text, i);
}

/** Where the digit at `i` ends, or -1. */
function digitEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiDigit(code) ? i + 1 : -1;
  return i >= text.length || isGeneralPunctuation(code) ? -1 : stickyEnd(DIGIT, text, i);
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function unicodeKind(value: string): TokenRange['kind'] {
  const first = value.codePointAt(0) ?? 0;
  return /\p{L}/u.test(String.fromCodePoint(first))
    ? 'word'
    : /\p{N}/u.test(value[0]!)
      ? 'number'
      : /\p{P}/u.test(value)
        ? 'punct'
        : 'symbol';
}

/** The kind of a token by its first character when that is ASCII: computed once, by the same rule. */
const ASCII_KINDS = Array.from({ length: 128 }, (_, code) => unicodeKind(String.fromCharCode(code)));
