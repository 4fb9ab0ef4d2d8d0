import { describe, expect, it } from 'vitest';
import { bestCandidate, logit, sigmoid, trainLogistic } from './logistic.js';

// Two features: the first decides the label, the second is noise on a much larger scale.
function toy(n: number) {
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const signal = (i % 10) - 4.5;
    x.push(signal, ((i * 7919) % 1000) - 500);
    y.push(signal + ((i * 31) % 3) - 1 > 0 ? 1 : 0);
  }
  return { x, y };
}

describe('trainLogistic', () => {
  it('learns a positive weight for the deciding feature and separates the classes', () => {
    const { x, y } = toy(400);
    const model = trainLogistic(x, 2, y, { l2: 1, iterations: 10 });
    expect(model.weights[0]).toBeGreaterThan(0.5);
    expect(Math.abs(model.weights[1]!)).toBeLessThan(0.01);
    let right = 0;
    for (let i = 0; i < y.length; i++) if ((sigmoid(logit(model, x, i)) > 0.5 ? 1 : 0) === y[i]) right++;
    expect(right / y.length).toBeGreaterThan(0.85);
  });

  it('is deterministic and honours sample weights', () => {
    const { x, y } = toy(200);
    expect(trainLogistic(x, 2, y, { l2: 1, iterations: 8 })).toEqual(trainLogistic(x, 2, y, { l2: 1, iterations: 8 }));
    const heavy = y.map((label) => (label === 1 ? 10 : 1));
    const weighted = trainLogistic(x, 2, y, { l2: 1, iterations: 8 }, heavy);
    const plain = trainLogistic(x, 2, y, { l2: 1, iterations: 8 });
    expect(weighted.bias).toBeGreaterThan(plain.bias);
  });

  it('rejects a feature matrix of the wrong size', () => {
    expect(() => trainLogistic([1, 2, 3], 2, [1, 0], { l2: 1, iterations: 1 })).toThrow(/Expected 2 × 2/);
    expect(() => trainLogistic([1, 2], 1, [1, 0], { l2: 1, iterations: 1 }, [1])).toThrow(/2 sample weights/);
  });

  it('keeps sigmoid finite at extreme log-odds', () => {
    expect(sigmoid(1e6)).toBeLessThanOrEqual(1);
    expect(sigmoid(-1e6)).toBeGreaterThan(0);
  });
});

describe('bestCandidate', () => {
  const model = { bias: -1, weights: [2, -1] };
  const a = { name: 'a', features: [1, 0] };
  const b = { name: 'b', features: [0, 1] };
  const c = { name: 'c', features: [1, 0] };

  it('picks the highest score, the first of equals', () => {
    expect(bestCandidate([b, a, c], model)?.name).toBe('a');
    expect(bestCandidate([], model)).toBeUndefined();
  });

  it('refuses the best when its probability is below the minimum', () => {
    expect(bestCandidate([a, b], model, 0.7)?.name).toBe('a'); // sigmoid(1) ≈ 0.73
    expect(bestCandidate([a, b], model, 0.75)).toBeUndefined();
    expect(bestCandidate([b], model, 0.5)).toBeUndefined();
  });
});
