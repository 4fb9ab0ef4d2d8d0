// Integer hashes for hashed features: FNV-1a over UTF-16 code units, read in place from the text
// so that a feature costs no string. Every function returns an unsigned 32-bit integer.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** The hash of nothing: start a running hash here. */
export const HASH_START = OFFSET;

/** Adds one integer (any 32-bit value) to a running hash. */
export function mix(hash: number, value: number): number {
  let h = hash;
  h = Math.imul(h ^ (value & 0xff), PRIME);
  h = Math.imul(h ^ ((value >>> 8) & 0xff), PRIME);
  h = Math.imul(h ^ ((value >>> 16) & 0xff), PRIME);
  h = Math.imul(h ^ (value >>> 24), PRIME);
  return h >>> 0;
}

/** Adds one UTF-16 code unit to a running hash. */
export function mixChar(hash: number, code: number): number {
  return Math.imul(hash ^ code, PRIME) >>> 0;
}

/**
 * The hash of `text[start, end)`. With `fold`, ASCII capitals count as lower case and the
 * typographic apostrophe (U+2019) as the straight one, so `Putin’s` and `PUTIN'S` hash alike.
 */
export function hashRange(text: string, start: number, end: number, fold = false, hash = OFFSET): number {
  let h = hash;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (fold) c = foldCode(c);
    h = Math.imul(h ^ c, PRIME);
  }
  return h >>> 0;
}

/** The hash of a whole string (see {@link hashRange}). */
export function hashString(text: string, fold = false, hash = OFFSET): number {
  return hashRange(text, 0, text.length, fold, hash);
}

/** A code unit as {@link hashRange} reads it when folding: ASCII lower case, one apostrophe. */
export function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x2019) return 39;
  return c;
}

/** Mixes the bits of a 32-bit hash so that its low bits depend on all of it (murmur3's finaliser). */
export function finish(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
