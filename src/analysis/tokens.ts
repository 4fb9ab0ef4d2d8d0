/** A token as offsets into the text it was read from. */
export interface TokenRange {
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

// Words keep inner apostrophes, hyphens and dots (`don't`, `Un-Putin`, `U.S`); each part is a
// letter run, so the pattern cannot backtrack.
const TOKEN = /[\p{L}\p{M}]+(?:['’\-.][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*|\p{P}|\S/gu;

/** Splits text into word, number, punctuation and symbol tokens in one pass. */
export function tokenize(text: string, from = 0, to = text.length): TokenRange[] {
  const tokens: TokenRange[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const value = m[0];
    const kind = asciiKind(value.charCodeAt(0)) ?? unicodeKind(value);
    tokens.push({ start: from + m.index, end: from + m.index + value.length, kind });
  }
  return tokens;
}

/** The kind of a token opening with an ASCII letter or digit, without a regular expression (the common case). */
function asciiKind(code: number): TokenRange['kind'] | null {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 'word';
  if (code >= 48 && code <= 57) return 'number';
  return null;
}

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
