// Character tests by UTF-16 code, for scanners that run on every character: ASCII is
// decided without a regular expression, the rest by a sticky one that reads the text in place.

/** White space as `\s` has it. */
export function isSpace(code: number): boolean {
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

/**
 * A character of Unicode's General Punctuation block (U+2000–U+206F: spaces, dashes, curly
 * quotes, ellipsis, bullets), none of which is a letter, a mark or a digit. Asked before a
 * `\p{…}` class, it spares text whose only non-ASCII characters are typographic punctuation
 * from compiling one: on a first parse the compile costs far more than the test (docs/batch.md).
 */
export function isGeneralPunctuation(code: number): boolean {
  return code >= 0x2000 && code <= 0x206f;
}

/** An ASCII letter. */
export function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/** A lower-case ASCII letter. */
export function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** An ASCII digit. */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `text.trim().length`, without the trimmed copy: `isSpace` holds the characters `trim` removes. */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** `text.trim() === ''`, without the trimmed copy. */
export function isBlank(text: string): boolean {
  return !NOT_SPACE.test(text);
}
const NOT_SPACE = /\S/;

// White space that `replace(/\s+/g, ' ')` changes: a run of two or more, or one that is not a plain space.
const SPACES_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** `text.replace(/\s+/g, ' ')`, without matching (and so copying the text for) every single space between words. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACES_TO_COLLAPSE, ' ');
}

/**
 * Where the character at `i` ends when `sticky` (a one-character `/…/uy` class) matches it,
 * else -1 (also past the end). Reads a surrogate pair as one character.
 */
export function stickyEnd(sticky: RegExp, text: string, i: number): number {
  sticky.lastIndex = i;
  return sticky.test(text) ? sticky.lastIndex : -1;
}

/**
 * `word` in lower case, without calling `toLowerCase` for the common shapes: a word already in
 * lower case is returned as it is, and an ASCII word with only its first letter capitalised
 * (`Kremlin`) gets that letter lowered.
 */
export function lowerCase(word: string): string {
  const first = word.charCodeAt(0);
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return word.toLowerCase();
  }
  if (first >= 65 && first <= 90) return String.fromCharCode(first + 32) + word.slice(1);
  return first > 127 ? word.toLowerCase() : word;
}
