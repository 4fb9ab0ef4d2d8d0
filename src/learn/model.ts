import { BroadsheetError } from '../errors.js';

/** A weight table: floats while training, small integers once stored. */
export type Weights = Float64Array | Float32Array | Int16Array | Int8Array;

/** The weights of a linear model over hashed or numbered features: one row per feature, one column per label. */
export class LinearModel {
  readonly rows: number;
  readonly labels: number;
  /** Row-major: the weight of feature `f` for label `l` is at `f * labels + l`. */
  readonly weights: Weights;

  constructor(rows: number, labels: number, weights: Weights) {
    if (weights.length !== rows * labels) {
      throw new BroadsheetError('INVALID_MODEL', `Expected ${rows} × ${labels} weights, found ${weights.length}`);
    }
    this.rows = rows;
    this.labels = labels;
    this.weights = weights;
  }

  /**
   * Adds the weights of the rows `features[from, to)` into `out[at, at + labels)`, which the
   * caller has zeroed or filled with a prior. No allocation: this runs for every token.
   */
  score(features: ArrayLike<number>, from: number, to: number, out: Float32Array | Float64Array, at = 0): void {
    const { labels, weights } = this;
    for (let i = from; i < to; i++) {
      const row = features[i]! * labels;
      for (let l = 0; l < labels; l++) out[at + l]! += weights[row + l]!;
    }
  }
}

/** The label of highest score in `scores[at, at + labels)` (the first on ties). */
export function argmax(scores: ArrayLike<number>, labels: number, at = 0): number {
  let best = 0;
  for (let l = 1; l < labels; l++) if (scores[at + l]! > scores[at + best]!) best = l;
  return best;
}
