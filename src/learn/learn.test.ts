import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BroadsheetError } from '../errors.js';
import { AveragedPerceptron, decodeModel, encodeModel, hashRange, hashString, LinearModel, Viterbi } from './index.js';

describe('hashRange', () => {
  it('reads a range in place, and folds ASCII case and the typographic apostrophe only when asked', () => {
    expect(hashRange('xx Putin’s', 3, 10)).toBe(hashString('Putin’s'));
    expect(hashString('Putin’s', true)).toBe(hashString("PUTIN'S", true));
    expect(hashString('Putin')).not.toBe(hashString('putin'));
    expect(hashString('a')).toBeGreaterThanOrEqual(0);
  });
});

describe('AveragedPerceptron', () => {
  it('learns a separable problem and averages its weights', () => {
    // Two features, two labels: feature 0 means label 0, feature 1 label 1.
    const p = new AveragedPerceptron(2, 2);
    const examples: [number[], number][] = [[[0], 0], [[1], 1], [[0], 0], [[1], 1]];
    const scores = new Float64Array(2);
    for (let epoch = 0; epoch < 3; epoch++) {
      for (const [features, label] of examples) {
        scores.fill(0);
        p.current().score(features, 0, features.length, scores);
        const guess = scores[1]! > scores[0]! ? 1 : 0;
        if (guess !== label) {
          p.update(features, 0, features.length, label, 1);
          p.update(features, 0, features.length, guess, -1);
        }
        p.tick();
      }
    }
    const model = p.average();
    const out = new Float32Array(2);
    model.score([1], 0, 1, out);
    expect(out[1]).toBeGreaterThan(out[0]!);
    // The average is below the last weights: the update came after the first step.
    expect(Math.abs(model.weights[3]!)).toBeLessThan(Math.abs(p.current().weights[3]!));
  });

  it('refuses a table without rows or with one label', () => {
    expect(() => new AveragedPerceptron(0, 2)).toThrow(BroadsheetError);
    expect(() => new AveragedPerceptron(4, 1)).toThrow(BroadsheetError);
  });
});

describe('Viterbi', () => {
  it('finds the best label sequence under the transition scores and constraints', () => {
    // Three positions, two labels; label 1 may not follow label 0.
    const emissions = [0, 1, 2, 0, 0, 3];
    const allowed = [1, 0, 1, 1];
    const forbid = (t: number[]): number[] => t.map((v, i) => (allowed[i] ? v : -Infinity));
    const out = new Int32Array(3);
    new Viterbi().decode(emissions, 3, 2, forbid([0, 0, 0, 0]), [0, 0], out);
    expect([...out]).toEqual([1, 1, 1]);
    // Unconstrained, position by position wins.
    new Viterbi().decode(emissions, 3, 2, [0, 0, 0, 0], [0, 0], out);
    expect([...out]).toEqual([1, 0, 1]);
    // Brute force agrees with the constrained decode on random scores.
    const v = new Viterbi();
    for (let trial = 0; trial < 50; trial++) {
      const e = Array.from({ length: 8 }, (_, i) => Math.sin(trial * 7 + i * 13));
      const t = Array.from({ length: 4 }, (_, i) => Math.cos(trial * 3 + i));
      const got = new Int32Array(4);
      v.decode(e, 4, 2, forbid(t), [0, 0], got);
      let best = -Infinity;
      let bestPath = 0;
      for (let path = 0; path < 16; path++) {
        let s = 0;
        let ok = true;
        for (let i = 0; i < 4; i++) {
          const l = (path >> i) & 1;
          s += e[i * 2 + l]!;
          if (i > 0) {
            const prev = (path >> (i - 1)) & 1;
            if (!allowed[prev * 2 + l]) ok = false;
            s += t[prev * 2 + l]!;
          }
        }
        if (ok && s > best) {
          best = s;
          bestPath = path;
        }
      }
      expect([...got]).toEqual([0, 1, 2, 3].map((i) => (bestPath >> i) & 1));
      // The same positions inside longer arrays decode alike.
      const padded = new Int32Array(7);
      v.decode([9, 9, 9, 9, ...e, 9, 9], 4, 2, forbid(t), [0, 0], padded, 2);
      expect([...padded.slice(2, 6)]).toEqual([...got]);
      // Two sequences decoded at once, the transitions read once, decode alike.
      const both = new Int32Array(8);
      v.decodeAll([...e, ...e], [0, 4, 8], 2, 2, forbid(t), [0, 0], both);
      expect([...both]).toEqual([...got, ...got]);
    }
  });

  it('skips only predecessors that cannot win: the same labels as trying every allowed one, ties included', () => {
    // Small integer scores make ties common; a few large ones make one label lead by far, so most predecessors are dropped.
    const score = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -400, max: 400 }));
    const problem = fc.integer({ min: 2, max: 5 }).chain((labels) =>
      fc.record({
        labels: fc.constant(labels),
        n: fc.integer({ min: 1, max: 7 }),
        emissions: fc.array(score, { minLength: 7 * labels, maxLength: 7 * labels }),
        transitions: fc.array(score, { minLength: labels * labels, maxLength: labels * labels }),
        // Forbidden pairs, BIO-like: never into label 0, so at least one label takes every predecessor.
        forbidden: fc.array(fc.boolean(), { minLength: labels * labels, maxLength: labels * labels }),
        starts: fc.array(score, { minLength: labels, maxLength: labels }),
      }),
    );
    fc.assert(
      fc.property(problem, ({ labels, n, emissions, transitions, forbidden, starts }) => {
        const t = transitions.map((v, i) => (forbidden[i] && i % labels !== 0 ? -Infinity : v));
        const got = new Int32Array(n);
        new Viterbi().decode(emissions, n, labels, t, starts, got);
        expect([...got]).toEqual(referenceDecode(emissions, n, labels, t, starts));
      }),
      { numRuns: 500 },
    );
  });
});

/** Viterbi as written in the textbook: every allowed predecessor tried, the first best kept. */
function referenceDecode(emissions: number[], n: number, labels: number, transitions: number[], starts: number[]): number[] {
  const score: number[][] = [starts.map((s, l) => s + emissions[l]!)];
  const back: number[][] = [[]];
  for (let i = 1; i < n; i++) {
    score.push([]);
    back.push([]);
    for (let b = 0; b < labels; b++) {
      let best = -Infinity;
      let arg = 0;
      for (let a = 0; a < labels; a++) {
        if (transitions[a * labels + b] === -Infinity) continue;
        const s = score[i - 1]![a]! + transitions[a * labels + b]!;
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[i]![b] = best + emissions[i * labels + b]!;
      back[i]![b] = arg;
    }
  }
  let label = 0;
  for (let l = 1; l < labels; l++) if (score[n - 1]![l]! > score[n - 1]![label]!) label = l;
  const out: number[] = [];
  for (let i = n - 1; i >= 0; i--) {
    out[i] = label;
    label = back[i]![label]!;
  }
  return out;
}

describe('encodeModel and decodeModel', () => {
  const model = new LinearModel(5, 3, new Float32Array([0, 0, 0, 1.5, -2, 0.25, 0, 0, 0, 0, 0, 0, 3, 0, -1]));

  it('round-trips the weights up to one scale, leaving out empty rows', () => {
    for (const bits of [8, 16] as const) {
      const { model: back, scale } = decodeModel(encodeModel(model, bits));
      expect(back.rows).toBe(5);
      expect(back.labels).toBe(3);
      for (let i = 0; i < 15; i++) expect(back.weights[i]! * scale).toBeCloseTo(model.weights[i]!, bits === 8 ? 1 : 3);
    }
  });

  it('decodes the bytes as it decodes their base64 text (the Node build reads them from a file), and refuses corrupt bytes', () => {
    const encoded = encodeModel(model);
    const bytes = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
    expect(decodeModel(bytes)).toEqual(decodeModel(encoded));
    bytes[30]! ^= 1;
    expect(() => decodeModel(bytes)).toThrow(BroadsheetError);
  });

  it('refuses corrupt, truncated or foreign data with a BroadsheetError', () => {
    const encoded = encodeModel(model);
    const bytes = atob(encoded);
    const flipped = btoa(bytes.slice(0, 30) + String.fromCharCode(bytes.charCodeAt(30) ^ 1) + bytes.slice(31));
    for (const bad of ['', 'not base64!', btoa('hello world, this is no model at all'), encoded.slice(0, -8), flipped]) {
      expect(() => decodeModel(bad)).toThrow(BroadsheetError);
      try {
        decodeModel(bad);
      } catch (error) {
        expect((error as BroadsheetError).code).toBe('INVALID_MODEL');
      }
    }
  });
});
