import { isAsciiDigit, isAsciiLetter, isGeneralPunctuation, stickyEnd } from '../../analysis/chars.js';

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/uy;
const WORD_CHAR = /[\p{L}\p{N}]/uy;

/**
 * Counts words: runs of letters and digits joined by single apostrophes or hyphens
 * (`don't`, `well-known`), and each Han, kana or Hangul character of unspaced scripts.
 * A scan by character code, several times faster than the equivalent regular expression
 * `[Han Hiragana Katakana Hangul]|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`.
 */
export function countWords(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const unspaced = code >= 128 && !isGeneralPunctuation(code) ? stickyEnd(UNSPACED, text, i) : -1;
    if (unspaced >= 0) {
      count++;
      i = unspaced;
      continue;
    }
    let end = wordCharEnd(text, i);
    if (end < 0) {
      i++;
      continue;
    }
    count++;
    for (;;) {
      i = end;
      while ((end = wordCharEnd(text, i)) >= 0) i = end;
      const c = text.charCodeAt(i);
      // ' ’ - join two runs into one word.
      if ((c === 39 || c === 0x2019 || c === 45) && (end = wordCharEnd(text, i + 1)) >= 0) continue;
      break;
    }
  }
  return count;
}

/** Where the letter or digit at `i` ends, or -1. */
function wordCharEnd(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiLetter(code) || isAsciiDigit(code) ? i + 1 : -1;
  return i >= text.length || isGeneralPunctuation(code) ? -1 : stickyEnd(WORD_CHAR, text, i);
}
