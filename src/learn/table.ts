import { BroadsheetError } from '../errors.js';
import { checksum, type Encoded, openEncoded, toBase64 } from './codec.js';

// A table from 32-bit hashes to small non-zero values (word lists keyed by the hash of a word or
// phrase): an open-addressing table in two typed arrays, stored for a generated module as base64
// of those arrays as they are, so that loading it copies bytes and splits or hashes nothing.
//
//   "BSHT" · version u8 · slot bits u8 · 0 u16 · size u32 · 2^bits keys u32 · 2^bits values u16 · checksum u32

const MAGIC = 0x54485342; // "BSHT" read little-endian
const VERSION = 1;
const HEADER = 12;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A read-only map from 32-bit keys to non-zero 16-bit values; absent keys read 0. */
export class HashTable {
  readonly size: number;
  readonly #keys: Uint32Array;
  readonly #values: Uint16Array;
  readonly #shift: number;
  readonly #mask: number;

  /**
   * A table of `entries`: keys (unsigned 32-bit) and their values (1 to 65535; a value of 0 is
   * left out), at most three quarters full: linear probing stays short (about three probes for an absent key at 0.56 full, the gazetteer's load). Entries go in by key, so the same entries give the same slots.
   */
  static of(entries: Iterable<readonly [number, number]>): HashTable {
    const list = [...entries].filter(([, value]) => value !== 0).sort((a, b) => (a[0] >>> 0) - (b[0] >>> 0));
    let bits = 4;
    while ((1 << bits) * 3 < list.length * 4) bits++;
    const table = new HashTable(new Uint32Array(1 << bits), new Uint16Array(1 << bits), list.length);
    for (const [key, value] of list) table.#set(key >>> 0, value);
    return table;
  }

  private constructor(keys: Uint32Array, values: Uint16Array, size: number) {
    this.#keys = keys;
    this.#values = values;
    this.#shift = 32 - Math.log2(keys.length);
    this.#mask = keys.length - 1;
    this.size = size;
  }

  /** The value of `key`, or 0. */
  get(key: number): number {
    const keys = this.#keys;
    const values = this.#values;
    const k = key >>> 0;
    for (let i = Math.imul(k, 0x9e3779b1) >>> this.#shift; ; i = (i + 1) & this.#mask) {
      const value = values[i]!;
      if (value === 0 || keys[i] === k) return value;
    }
  }

  /** The entries, sorted by key. */
  entries(): [number, number][] {
    const out: [number, number][] = [];
    for (let i = 0; i < this.#values.length; i++) if (this.#values[i] !== 0) out.push([this.#keys[i]!, this.#values[i]!]);
    return out.sort((a, b) => a[0] - b[0]);
  }

  #set(key: number, value: number): void {
    if (!(Number.isInteger(value) && value > 0 && value <= 0xffff)) throw new BroadsheetError('INVALID_OPTIONS', `Expected a table value from 1 to 65535, not ${value}`);
    for (let i = Math.imul(key, 0x9e3779b1) >>> this.#shift; ; i = (i + 1) & this.#mask) {
      if (this.#values[i] === 0 || this.#keys[i] === key) {
        this.#keys[i] = key;
        this.#values[i] = value;
        return;
      }
    }
  }

  /** Encodes the table as base64 (the same entries give the same text). */
  encode(): string {
    const slots = this.#keys.length;
    const end = HEADER + slots * 6;
    const bytes = new Uint8Array(end + 4);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint8(4, VERSION);
    view.setUint8(5, Math.log2(slots));
    view.setUint32(8, this.size, true);
    for (let i = 0; i < slots; i++) {
      view.setUint32(HEADER + i * 4, this.#keys[i]!, true);
      view.setUint16(HEADER + slots * 4 + i * 2, this.#values[i]!, true);
    }
    view.setUint32(end, checksum(bytes, end), true);
    return toBase64(bytes);
  }

  /**
   * Decodes what {@link HashTable.encode} wrote.
   *
   * @throws BroadsheetError `INVALID_MODEL` when the text is not a whole, uncorrupted table.
   */
  static decode(encoded: Encoded): HashTable {
    const { bytes, view, fail } = openEncoded(encoded, 'table', MAGIC, VERSION, HEADER);
    const bits = view.getUint8(5);
    const size = view.getUint32(8, true);
    const slots = 2 ** bits;
    const end = HEADER + slots * 6;
    if (bits < 4 || bits > 30 || size * 4 > slots * 3 || end + 4 !== bytes.length) fail(`the sizes do not add up (${bytes.length} bytes)`);
    if (view.getUint32(end, true) !== checksum(bytes, end)) fail('the checksum does not match (corrupt data)');
    // Copied out of the decoded bytes, so the typed arrays are aligned.
    const keys = new Uint32Array(slots);
    const values = new Uint16Array(slots);
    if (LITTLE_ENDIAN) {
      new Uint8Array(keys.buffer).set(bytes.subarray(HEADER, HEADER + slots * 4));
      new Uint8Array(values.buffer).set(bytes.subarray(HEADER + slots * 4, end));
    } else {
      for (let i = 0; i < slots; i++) keys[i] = view.getUint32(HEADER + i * 4, true);
      for (let i = 0; i < slots; i++) values[i] = view.getUint16(HEADER + slots * 4 + i * 2, true);
    }
    return new HashTable(keys, values, size);
  }
}
