import { describe, expect, it } from 'vitest';
import { BroadsheetError } from '../../errors.js';
import { NgramTable } from './ngram-table.js';

describe('NgramTable', () => {
  const entries = [
    { key: ' the ', scores: [[11, 200], [37, 6]] as const },
    { key: 'tion', scores: [[11, 90], [17, 120], [12, 7]] as const },
    { key: ' a', scores: [[0, 255]] as const },
    { key: '\u00e4\u00e2', scores: [[9, 30]] as const },
    { key: ' zzzz ', scores: [] as const },
  ];
  const table = NgramTable.of(60, entries);

  const scoresOf = (t: NgramTable, key: string) => {
    const totals = new Array<number>(60).fill(0);
    const index = t.find(key);
    if (index >= 0) t.addScores(index, 1, totals);
    return index < 0 ? null : totals.flatMap((score, language) => (score > 0 ? [[language, score]] : []));
  };

  it('finds each key and adds its scores plus the base; other texts are absent', () => {
    expect(scoresOf(table, ' the ')).toEqual([[11, 201], [37, 7]]);
    expect(scoresOf(table, 'tion')).toEqual([[11, 91], [12, 8], [17, 121]]);
    expect(scoresOf(table, ' a')).toEqual([[0, 256]]);
    expect(scoresOf(table, '\u00e4\u00e2')).toEqual([[9, 31]]);
    expect(scoresOf(table, ' zzzz ')).toEqual([]);
    // A prefix, an extension, a character outside the alphabet or past U+00FF, too long, empty.
    for (const absent of [' th', ' the  ', 'tio', ' b', 'ti\u00f6n', 'ti\u0100n', ' the th', '']) expect(table.find(absent)).toBe(-1);
    expect(table.size).toBe(5);
  });

  it('encodes and decodes to the same table, the same text for the same entries', () => {
    const encoded = table.encode();
    const decoded = NgramTable.decode(encoded);
    for (const { key } of entries) expect(scoresOf(decoded, key)).toEqual(scoresOf(table, key));
    expect(decoded.find('tio')).toBe(-1);
    expect(decoded.encode()).toBe(encoded);
    expect(NgramTable.of(60, [...entries].reverse()).encode()).toBe(encoded);
  });

  it('refuses keys and scores it cannot hold', () => {
    expect(() => NgramTable.of(60, [{ key: 'seven c', scores: [] }])).toThrow(BroadsheetError);
    expect(() => NgramTable.of(60, [{ key: '\u0100', scores: [] }])).toThrow(BroadsheetError);
    expect(() => NgramTable.of(60, [{ key: 'ab', scores: [[60, 1]] }])).toThrow(BroadsheetError);
    expect(() => NgramTable.of(60, [{ key: 'ab', scores: [[1, 256]] }])).toThrow(BroadsheetError);
    expect(() => NgramTable.of(60, [{ key: 'ab', scores: [] }, { key: 'ab', scores: [] }])).toThrow(BroadsheetError);
  });

  it('refuses corrupt, truncated or foreign data with a BroadsheetError', () => {
    const encoded = table.encode();
    const bytes = atob(encoded);
    const flipped = btoa(bytes.slice(0, 20) + String.fromCharCode(bytes.charCodeAt(20) ^ 1) + bytes.slice(21));
    for (const bad of ['', btoa('hello world, this is no table'), encoded.slice(0, -8), flipped]) {
      expect(() => NgramTable.decode(bad)).toThrow(BroadsheetError);
    }
  });
});
