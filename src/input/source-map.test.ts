import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceMapBuilder } from './source-map.js';

/** The whole list of pairs first, then the pairs that say something: what the builder does in one pass. */
function compactAfterwards(map: number[], length: number, end: number): number[] | null {
  const kept = [map[0]!, map[1]!];
  for (let i = 2; i < map.length; i += 2) {
    const nextText = i + 2 < map.length ? map[i + 2]! : length;
    const nextSource = i + 2 < map.length ? map[i + 3]! : end;
    const inStep = map[i]! - kept[kept.length - 2]! === map[i + 1]! - kept[kept.length - 1]!;
    if (!inStep || nextText - map[i]! !== nextSource - map[i + 1]!) kept.push(map[i]!, map[i + 1]!);
  }
  return kept.length === 2 && kept[0] === 0 && length === end - kept[1]! ? null : kept;
}

describe('SourceMapBuilder', () => {
  it('keeps only the pairs where value and source stop moving in step', () => {
    const map = new SourceMapBuilder();
    // 'a&amp;b c' read as 'a&b c': the reference is a piece of its own; 'b c' after it is in step again.
    for (const [text, source] of [[0, 0], [1, 1], [2, 6], [3, 7]] as const) map.add(text, source);
    expect(map.start).toBe(0);
    expect(map.finish(5, 9)).toEqual([0, 0, 1, 1, 2, 6]);
  });

  it('is null when the value is the source as written', () => {
    const map = new SourceMapBuilder();
    map.add(0, 10);
    map.add(3, 13);
    expect(map.finish(5, 15)).toBeNull();
  });

  it('keeps what compacting the whole list afterwards keeps', () => {
    const steps = fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(steps, fc.nat(5), (pieces, start) => {
        const map: number[] = [];
        let text = 0;
        let source = start;
        for (const [textLength, sourceLength] of pieces) {
          map.push(text, source);
          text += textLength;
          source += sourceLength;
        }
        const builder = new SourceMapBuilder();
        for (let i = 0; i < map.length; i += 2) builder.add(map[i]!, map[i + 1]!);
        expect(builder.finish(text, source)).toEqual(compactAfterwards(map, text, source));
      }),
      { numRuns: 500 },
    );
  });
});
