import { ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations.js';

/** A sentence as offsets into the text it was split from. */
export interface SentenceRange {
  start: number;
  end: number;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '*', '_']);
const TERMINALS = new Set(['.', '!', '?', '…']);

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
    const c = text[i]!;
    if (c === '\n' && text[i + 1] === '\n') {
      pushRange(ranges, text, start, i);
      start = skipSpace(text, i);
      i = start;
      continue;
    }
    if (!TERMINALS.has(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (TERMINALS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    const next = skipSpace(text, end);
    if (next === end || next >= text.length) {
      i = end;
      continue;
    }
    if (c === '.' && !breaksAfterStop(text, i, next)) {
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

/** White space as `\s` has it, without a regex per character. */
function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function opensSentence(text: string, at: number): boolean {
  const c = text[at]!;
  if (/[\p{Lu}\p{Lt}\p{N}"“‘'«(\[¿¡—–-]/u.test(c)) return true;
  // Scripts without case (CJK, Arabic, Hebrew …) open a sentence with any letter.
  return /\p{L}/u.test(c) && !/[\p{Ll}]/u.test(c);
}

/** The word before a full stop decides whether it ends the sentence. */
function breaksAfterStop(text: string, stop: number, next: number): boolean {
  let w = stop;
  while (w > 0 && /[\p{L}\p{N}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, stop);
  if (word === '') return true;
  const bare = word.replace(/^\.+/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  // A single initial: `J. K. Rowling`, `George W. Bush`.
  if (/^\p{Lu}$/u.test(word)) return false;
  // A dotted acronym (U.S., U.K., a.m.) ends a sentence only before a word that usually opens one.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    const following = /^[\p{L}]+/u.exec(text.slice(next, next + 30))?.[0]?.toLowerCase() ?? '';
    return SENTENCE_STARTERS.has(following);
  }
  return true;
}
