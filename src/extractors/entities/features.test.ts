import { describe, expect, it } from 'vitest';
import { DocumentFeatures } from './features.js';
import { splitRanges } from './recognise.js';

/** The number of features of each token of `text`, read as one document. */
function featureCounts(text: string): number[] {
  const doc = new DocumentFeatures(1 << 16);
  doc.read(text, splitRanges(text, [{ start: 0, end: text.length }]));
  return Array.from({ length: doc.tokens }, (_, t) => doc.featureStart[t + 1]! - doc.featureStart[t]!);
}

describe('DocumentFeatures', () => {
  it('gives a capitalised word the neighbours of its other uses, each distinct word once', () => {
    const once = featureCounts('Then Olavsen spoke.')[1]!;
    // Two other uses with the same neighbours (`Then`, `spoke`) add those two words once.
    expect(featureCounts('Then Olavsen spoke. Then Olavsen spoke. Then Olavsen spoke.')[1]).toBe(once + 2);
    // Other neighbours add one feature each, from at most eight other uses.
    const verbs = ['spoke', 'left', 'won', 'lost', 'ran', 'sang', 'slept', 'ate', 'paid', 'wept', 'sat', 'hid'];
    const many = featureCounts(verbs.map((v) => `Then Olavsen ${v}.`).join(' '));
    expect(many[1]).toBe(once + 1 + 8);
  });

  it('reads the same features for a lower-case word however often the document uses it', () => {
    expect(featureCounts('The ship sailed. The ship sailed.')[1]).toBe(featureCounts('The ship sailed.')[1]);
  });

  it('gives every word of a capitalised run but its last the run’s last word', () => {
    // Made-up words of one length, in no list: each reads as many features but for the run's last word.
    const [first, second, last] = featureCounts('Zorvik Quallen Brasko');
    expect([first! - last!, second! - last!]).toEqual([1, 1]);
  });
});
