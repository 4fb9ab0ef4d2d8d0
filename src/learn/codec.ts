import { BroadsheetError } from '../errors.js';
import { HASH_START } from './hash.js';
import { LinearModel } from './model.js';

// A model as bytes, for a generated module: a header, a bitmap of the rows that hold any weight,
// those rows' weights quantised to 8 or 16 bits, and a checksum; then base64, so the module is
// plain text a bundler takes as it is and nothing is read from disk at run time.
//
//   "BSLM" · version u8 · bits u8 · 0 u16 · rows u32 · labels u32 · scale f32 · kept u32
//   · bitmap ⌈rows / 8⌉ bytes · kept × labels weights (little-endian) · checksum u32 (of all before it)

const MAGIC = 0x4d4c5342; // "BSLM" read little-endian
const VERSION = 2;
const HEADER = 24;
const PRIME = 0x01000193;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** How finely weights are stored: 8 bits is half the size, 16 keeps small weights apart. */
export type WeightBits = 8 | 16;

/**
 * Encodes a model's weights as base64, quantised to `bits` with one scale for the whole table
 * (the largest weight maps to the largest integer). Rows whose weights are all zero after
 * quantising are left out.
 */
export function encodeModel(model: LinearModel, bits: WeightBits = 16): string {
  const { rows, labels, weights } = model;
  let largest = 0;
  for (let i = 0; i < weights.length; i++) largest = Math.max(largest, Math.abs(weights[i]!));
  const top = bits === 8 ? 127 : 32767;
  const scale = largest === 0 ? 1 : largest / top;
  const quantised = new Int32Array(weights.length);
  for (let i = 0; i < weights.length; i++) quantised[i] = Math.round(weights[i]! / scale);
  const bitmap = new Uint8Array(Math.ceil(rows / 8));
  let kept = 0;
  for (let r = 0; r < rows; r++) {
    for (let l = 0; l < labels; l++) {
      if (quantised[r * labels + l] !== 0) {
        bitmap[r >> 3]! |= 1 << (r & 7);
        kept++;
        break;
      }
    }
  }
  const width = bits / 8;
  const size = HEADER + bitmap.length + kept * labels * width + 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint8(4, VERSION);
  view.setUint8(5, bits);
  view.setUint32(8, rows, true);
  view.setUint32(12, labels, true);
  view.setFloat32(16, scale, true);
  view.setUint32(20, kept, true);
  bytes.set(bitmap, HEADER);
  let at = HEADER + bitmap.length;
  for (let r = 0; r < rows; r++) {
    if (!(bitmap[r >> 3]! & (1 << (r & 7)))) continue;
    for (let l = 0; l < labels; l++) {
      const q = quantised[r * labels + l]!;
      if (bits === 8) view.setInt8(at, q);
      else view.setInt16(at, q, true);
      at += width;
    }
  }
  view.setUint32(at, checksum(bytes, at), true);
  return toBase64(bytes);
}

/**
 * Decodes what {@link encodeModel} wrote into a model whose weights are the stored integers
 * (scores keep their order; multiply by `scale` for the trained values).
 *
 * @throws BroadsheetError `INVALID_MODEL` when the text is not a whole, uncorrupted model.
 */
export function decodeModel(encoded: Encoded): { model: LinearModel; scale: number } {
  const { bytes, view, fail } = openEncoded(encoded, 'model', MAGIC, VERSION, HEADER);
  const bits = view.getUint8(5);
  if (bits !== 8 && bits !== 16) fail(`${bits}-bit weights are not supported`);
  const rows = view.getUint32(8, true);
  const labels = view.getUint32(12, true);
  const scale = view.getFloat32(16, true);
  const kept = view.getUint32(20, true);
  const width = bits / 8;
  const bitmapLength = Math.ceil(rows / 8);
  const end = HEADER + bitmapLength + kept * labels * width;
  if (labels < 2 || kept > rows || end + 4 !== bytes.length) fail(`the sizes do not add up (${bytes.length} bytes)`);
  if (view.getUint32(end, true) !== checksum(bytes, end)) fail('the checksum does not match (corrupt data)');
  const stored = storedWeights(new Uint8Array(bytes.subarray(HEADER + bitmapLength, end)), bits as WeightBits);
  const weights = bits === 8 ? new Int8Array(rows * labels) : new Int16Array(rows * labels);
  let found = 0;
  for (let r = 0; r < rows; r++) {
    if (!(bytes[HEADER + (r >> 3)]! & (1 << (r & 7)))) continue;
    const from = found * labels;
    const to = r * labels;
    for (let l = 0; l < labels; l++) weights[to + l] = stored[from + l]!;
    found++;
  }
  if (found !== kept) fail('the row count does not match the bitmap');
  return { model: new LinearModel(rows, labels, weights), scale };
}


/**
 * An encoded model or table: base64 text (what the generated modules hold), or its bytes (what
 * the Node build reads from the `.bin` file it ships beside a part in their place).
 */
export type Encoded = string | Uint8Array;

/**
 * Opens an encoded model or table: its bytes, a view over them and a thrower of `INVALID_MODEL`, once its length
 * covers the header and checksum and its magic number and version are the expected ones.
 */
export function openEncoded(encoded: Encoded, what: string, magic: number, version: number, header: number) {
  const bytes = typeof encoded === 'string' ? fromBase64(encoded) : encoded;
  const fail = (why: string): never => {
    throw new BroadsheetError('INVALID_MODEL', `Expected an encoded broadsheet ${what}: ${why}`);
  };
  if (bytes.length < header + 4) fail(`${bytes.length} bytes is too short`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== magic) fail('the header is wrong');
  if (view.getUint8(4) !== version) fail(`version ${view.getUint8(4)} is not ${version}`);
  return { bytes, view, fail };
}

/** The stored weights as one typed array over `payload` (a copy, so aligned at 0), read little-endian. */
function storedWeights(payload: Uint8Array, bits: WeightBits): Int8Array | Int16Array {
  if (bits === 8) return new Int8Array(payload.buffer, 0, payload.length);
  if (!LITTLE_ENDIAN) {
    for (let i = 0; i + 1 < payload.length; i += 2) [payload[i], payload[i + 1]] = [payload[i + 1]!, payload[i]!];
  }
  return new Int16Array(payload.buffer, 0, payload.length >> 1);
}

/**
 * A checksum of `bytes[0, end)`: FNV-1a over 32-bit little-endian words, then the bytes left
 * over. Any one changed word changes it; a word at a time keeps decoding a megabyte cheap.
 */
export function checksum(bytes: Uint8Array, end: number): number {
  const count = end >>> 2;
  let h = HASH_START;
  if (LITTLE_ENDIAN) {
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice(0, end);
    const words = new Uint32Array(aligned.buffer, aligned.byteOffset, count);
    for (let i = 0; i < count; i++) h = Math.imul(h ^ words[i]!, PRIME);
  } else {
    const view = new DataView(bytes.buffer, bytes.byteOffset, end);
    for (let i = 0; i < count; i++) h = Math.imul(h ^ view.getUint32(i * 4, true), PRIME);
  }
  for (let i = count * 4; i < end; i++) h = Math.imul(h ^ bytes[i]!, PRIME);
  return h >>> 0;
}

/** Bytes as base64 text. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

// Node's Buffer decodes base64 natively, several times faster than atob and a loop; the sizes and
// the checksum catch what its lenient decoding lets through.
const NodeBuffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array } }).Buffer;

/**
 * Base64 text as bytes.
 *
 * @throws BroadsheetError `INVALID_MODEL` when the text is not base64 (outside Node, whose decoder is lenient).
 */
export function fromBase64(text: string): Uint8Array {
  if (NodeBuffer) return NodeBuffer.from(text, 'base64');
  let binary: string;
  try {
    binary = atob(text);
  } catch (cause) {
    throw new BroadsheetError('INVALID_MODEL', 'Expected an encoded broadsheet model: the text is not base64', { cause });
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
