import { describe, expect, it } from 'vitest';
import { BroadsheetError } from '../errors.js';
import { HashTable } from './table.js';

describe('HashTable', () => {
  it('maps keys to their values and reads 0 for the rest, past collisions', () => {
    const entries = Array.from({ length: 500 }, (_, i) => [Math.imul(i + 1, 0x9e3779b1) >>> 0, (i % 7) + 1] as const);
    const table = HashTable.of([...entries, [0, 9], [0xffffffff, 3], [42, 0]]);
    for (const [key, value] of entries) expect(table.get(key)).toBe(value);
    expect(table.get(0)).toBe(9);
    expect(table.get(0xffffffff)).toBe(3);
    expect(table.get(-1)).toBe(3);
    expect(table.get(42)).toBe(0);
    expect(table.get(7)).toBe(0);
    expect(table.size).toBe(502);
  });

  it('refuses values that do not fit 16 bits', () => {
    expect(() => HashTable.of([[1, 70_000]])).toThrow(BroadsheetError);
  });

  const table = HashTable.of([
    [5, 1],
    [123_456_789, 0x8001],
    [4_000_000_000, 12],
  ]);

  it('encodes and decodes its entries, the same text for the same entries', () => {
    const encoded = table.encode();
    expect(HashTable.decode(encoded).entries()).toEqual(table.entries());
    expect(HashTable.decode(encoded).get(123_456_789)).toBe(0x8001);
    expect(HashTable.of([...table.entries()].reverse()).encode()).toBe(encoded);
    const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
    expect(HashTable.decode(bytes).entries()).toEqual(table.entries());
  });

  it('refuses corrupt, truncated or foreign data with a BroadsheetError', () => {
    const encoded = table.encode();
    const bytes = atob(encoded);
    const flipped = btoa(bytes.slice(0, 14) + String.fromCharCode(bytes.charCodeAt(14) ^ 1) + bytes.slice(15));
    for (const bad of ['', btoa('hello world, this is no table'), encoded.slice(0, -8), flipped]) {
      expect(() => HashTable.decode(bad)).toThrow(BroadsheetError);
    }
  });
});
