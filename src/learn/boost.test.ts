import { describe, expect, it } from 'vitest';
import { boostedLogit, trainBoosted } from './boost.js';
import { sigmoid } from './logistic.js';

const OPTIONS = { rounds: 40, depth: 2, learningRate: 0.3, l2: 1, minLeaf: 1, bins: 16 };

// The label is on when exactly one of two features is high (exclusive or): no linear model
// separates it, two-level trees do. A third feature is noise.
function xor(n: number) {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i * 37) % 100;
    const b = (i * 61) % 100;
    x.push(a, b, (i * 7919) % 13);
    y.push(a >= 50 !== b >= 50 ? 1 : 0);
  }
  return { x, y };
}

describe('trainBoosted', () => {
  it('learns an interaction a linear model cannot', () => {
    const { x, y } = xor(400);
    const model = trainBoosted(x, 3, y, OPTIONS);
    let right = 0;
    for (let i = 0; i < y.length; i++) if ((sigmoid(boostedLogit(model, x, 3, i)) > 0.5 ? 1 : 0) === y[i]) right++;
    expect(right / y.length).toBeGreaterThan(0.95);
    expect(model.trees).toHaveLength(OPTIONS.rounds);
  });

  it('is deterministic and honours sample weights', () => {
    const { x, y } = xor(200);
    expect(trainBoosted(x, 3, y, OPTIONS)).toEqual(trainBoosted(x, 3, y, OPTIONS));
    const heavy = y.map((label) => (label === 1 ? 10 : 1));
    expect(trainBoosted(x, 3, y, OPTIONS, heavy).bias).toBeGreaterThan(trainBoosted(x, 3, y, OPTIONS).bias);
  });

  it('makes stumps at depth 1 and a constant model when no split helps', () => {
    const { x, y } = xor(100);
    const stumps = trainBoosted(x, 3, y, { ...OPTIONS, depth: 1 });
    expect(stumps.trees.every((t) => t.feature.length === 1 || t.feature.length === 3)).toBe(true);
    const constant = trainBoosted([1, 1, 1, 1], 1, [1, 0, 1, 0], OPTIONS);
    expect(constant.trees.every((t) => t.feature[0] === -1)).toBe(true);
    expect(boostedLogit(constant, [1], 1, 0)).toBeCloseTo(0, 6);
  });

  it('rejects a feature matrix of the wrong size', () => {
    expect(() => trainBoosted([1, 2, 3], 2, [1, 0], OPTIONS)).toThrow(/Expected 2 × 2/);
    expect(() => trainBoosted([1, 2], 1, [1, 0], OPTIONS, [1])).toThrow(/2 sample weights/);
  });
});
