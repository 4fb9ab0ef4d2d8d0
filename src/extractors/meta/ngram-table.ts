import { BroadsheetError } from '../../errors.js';
import { checksum, type Encoded, openEncoded, toBase64 } from '../../learn/codec.js';

// eld's n-gram table as typed arrays: its ~50,000 keys (up to six byte-characters each) packed as
// numbers and sorted, each with its run of (language, score) entries. As eld ships it, the table is
// an object of 50,000 small objects: about 18 MB of heap in every thread that detects a language;
// this is under 1 MB, and looking a key up is a binary search.
//
//   "BSNG" · version u8 · alphabet u8 · languages u8 · 0 u8 · keys u32 · entries u32
//   · alphabet (char codes, one byte each) · key gaps (LEB128) · entries per key u8
//   · languages u8 · scores u8 · checksum u32 (of all before it)
//
// A key packs its characters' places in the alphabet (1 to 127), first character highest, so keys
// sort as their text does and no two texts share a number (at most 6 × 7 bits, exact in a double).

const MAGIC = 0x474e5342; // "BSNG" read little-endian
const VERSION = 1;
const HEADER = 16;
const MAX_KEY_LENGTH = 6;

/** One n-gram: its text and its score for each language that has it (language index, 0 to 255). */
export interface NgramEntry {
  key: string;
  scores: readonly (readonly [language: number, score: number])[];
}

/** A read-only map from n-grams to their per-language scores. */
export class NgramTable {
  readonly languages: number;
  readonly #places: Uint8Array;
  readonly #keys: Float64Array;
  /** Entries of key i are `starts[i]` to `starts[i + 1]`. */
  readonly #starts: Uint32Array;
  readonly #entryLanguages: Uint8Array;
  readonly #entryScores: Uint8Array;

  private constructor(languages: number, alphabet: Uint8Array, keys: Float64Array, starts: Uint32Array, entryLanguages: Uint8Array, entryScores: Uint8Array) {
    this.languages = languages;
    this.#places = new Uint8Array(256);
    alphabet.forEach((code, i) => (this.#places[code] = i + 1));
    this.#keys = keys;
    this.#starts = starts;
    this.#entryLanguages = entryLanguages;
    this.#entryScores = entryScores;
  }

  get size(): number {
    return this.#keys.length;
  }

  /** The index of `key`, or -1 when the table does not hold it. */
  find(key: string): number {
    const packed = this.#pack(key);
    if (packed < 0) return -1;
    const keys = this.#keys;
    let low = 0;
    let high = keys.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = keys[middle]!;
      if (at < packed) low = middle + 1;
      else if (at > packed) high = middle - 1;
      else return middle;
    }
    return -1;
  }

  /** Adds the scores of the key at `index` (from {@link find}), each plus `base`, to `totals` by language. */
  addScores(index: number, base: number, totals: number[]): void {
    for (let e = this.#starts[index]!, end = this.#starts[index + 1]!; e < end; e++) totals[this.#entryLanguages[e]!]! += this.#entryScores[e]! + base;
  }

  /** Builds a table; keys are texts of 1 to 6 characters with codes below 256, scores 0 to 255. */
  static of(languages: number, entries: readonly NgramEntry[]): NgramTable {
    const codes = new Set<number>();
    for (const { key } of entries) for (let i = 0; i < key.length; i++) codes.add(key.charCodeAt(i));
    const alphabet = Uint8Array.from([...codes].sort((a, b) => a - b));
    if (alphabet.length > 127 || [...codes].some((c) => c > 255)) throw invalid('Expected at most 127 key characters, each below U+0100');
    const builder = new NgramTable(languages, alphabet, new Float64Array(0), new Uint32Array(1), new Uint8Array(0), new Uint8Array(0));
    const sorted = entries.map((entry) => ({ packed: builder.#pack(entry.key), entry })).sort((a, b) => a.packed - b.packed);
    const keys = new Float64Array(sorted.length);
    const starts = new Uint32Array(sorted.length + 1);
    const entryLanguages: number[] = [];
    const entryScores: number[] = [];
    sorted.forEach(({ packed, entry }, i) => {
      if (packed < 0 || (i > 0 && packed === keys[i - 1])) throw invalid(`Expected distinct keys of 1 to ${MAX_KEY_LENGTH} characters: ${JSON.stringify(entry.key)}`);
      keys[i] = packed;
      for (const [language, score] of entry.scores) {
        if (!(language >= 0 && language < languages && score >= 0 && score <= 255 && Number.isInteger(score))) throw invalid(`Expected a language below ${languages} and a score from 0 to 255 for ${JSON.stringify(entry.key)}`);
        entryLanguages.push(language);
        entryScores.push(score);
      }
      if (entry.scores.length > 255) throw invalid(`Expected at most 255 languages for ${JSON.stringify(entry.key)}`);
      starts[i + 1] = entryLanguages.length;
    });
    return new NgramTable(languages, alphabet, keys, starts, Uint8Array.from(entryLanguages), Uint8Array.from(entryScores));
  }

  /** Encodes the table as base64 (the same entries give the same text). */
  encode(): string {
    const keys = this.#keys.length;
    const entries = this.#entryLanguages.length;
    const alphabet: number[] = [];
    this.#places.forEach((place, code) => place !== 0 && (alphabet[place - 1] = code));
    const gaps: number[] = [];
    let previous = 0;
    for (const key of this.#keys) {
      // LEB128 of the gap; the gaps stay below 2^42, so plain arithmetic, not 32-bit operators.
      for (let gap = key - previous; ; ) {
        const low = gap % 128;
        gap = (gap - low) / 128;
        gaps.push(gap > 0 ? low | 128 : low);
        if (gap === 0) break;
      }
      previous = key;
    }
    const end = HEADER + alphabet.length + gaps.length + keys + entries * 2;
    const bytes = new Uint8Array(end + 4);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint8(4, VERSION);
    view.setUint8(5, alphabet.length);
    view.setUint8(6, this.languages);
    view.setUint32(8, keys, true);
    view.setUint32(12, entries, true);
    let at = HEADER;
    bytes.set(alphabet, at);
    bytes.set(gaps, (at += alphabet.length));
    at += gaps.length;
    for (let i = 0; i < keys; i++) bytes[at++] = this.#starts[i + 1]! - this.#starts[i]!;
    bytes.set(this.#entryLanguages, at);
    bytes.set(this.#entryScores, at + entries);
    view.setUint32(end, checksum(bytes, end), true);
    return toBase64(bytes);
  }

  /**
   * Decodes what {@link NgramTable.encode} wrote.
   *
   * @throws BroadsheetError `INVALID_MODEL` when the text is not a whole, uncorrupted table.
   */
  static decode(encoded: Encoded): NgramTable {
    const { bytes, view, fail } = openEncoded(encoded, 'n-gram table', MAGIC, VERSION, HEADER);
    const alphabetLength = view.getUint8(5);
    const languages = view.getUint8(6);
    const count = view.getUint32(8, true);
    const entries = view.getUint32(12, true);
    const end = bytes.length - 4;
    if (alphabetLength > 127 || HEADER + alphabetLength + count * 2 + entries * 2 > end) fail(`the sizes do not add up (${bytes.length} bytes)`);
    if (view.getUint32(end, true) !== checksum(bytes, end)) fail('the checksum does not match (corrupt data)');
    let at = HEADER;
    const alphabet = new Uint8Array(bytes.subarray(at, (at += alphabetLength)));
    const keys = new Float64Array(count);
    let key = 0;
    for (let i = 0; i < count; i++) {
      let gap = 0;
      for (let scale = 1; ; scale *= 128) {
        if (at >= end) fail('the keys run past the end');
        const byte = bytes[at++]!;
        gap += (byte & 127) * scale;
        if (byte < 128) break;
      }
      keys[i] = key += gap;
    }
    if (at + count + entries * 2 !== end) fail(`the sizes do not add up (${bytes.length} bytes)`);
    const starts = new Uint32Array(count + 1);
    for (let i = 0; i < count; i++) starts[i + 1] = starts[i]! + bytes[at++]!;
    if (starts[count] !== entries) fail('the entry counts do not add up');
    // Copies (a Buffer's slice would be a view holding the whole decoded text).
    const entryLanguages = new Uint8Array(bytes.subarray(at, at + entries));
    for (const language of entryLanguages) if (language >= languages) fail(`language ${language} is past the ${languages} languages`);
    return new NgramTable(languages, alphabet, keys, starts, entryLanguages, new Uint8Array(bytes.subarray(at + entries, end)));
  }

  /** The key as its number, or -1 when it is too long or holds a character outside the alphabet. */
  #pack(key: string): number {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) return -1;
    let packed = 0;
    for (let i = 0; i < MAX_KEY_LENGTH; i++) {
      let place = 0;
      if (i < key.length) {
        const code = key.charCodeAt(i);
        place = code < 256 ? this.#places[code]! : 0;
        if (place === 0) return -1;
      }
      packed = packed * 128 + place;
    }
    return packed;
  }
}

function invalid(message: string): BroadsheetError {
  return new BroadsheetError('INVALID_OPTIONS', message);
}
