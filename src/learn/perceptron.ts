import { BroadsheetError } from '../errors.js';
import { LinearModel } from './model.js';

/**
 * Trains a {@link LinearModel} by the averaged perceptron (Collins 2002): on each mistake the
 * features of the right label gain, those of the predicted label lose, and the model returned is
 * the average of the weights over every step, which generalises far better than the last ones.
 * Averaging is lazy (each weight remembers when it last changed), so an update costs one pass
 * over the features it touches, not over the table.
 *
 * Rows are features (hashed into `rows`, or fixed ids such as label transitions); columns are labels.
 */
export class AveragedPerceptron {
  readonly rows: number;
  readonly labels: number;
  readonly #weights: Float64Array;
  readonly #totals: Float64Array;
  readonly #stamps: Float64Array;
  #step = 1;

  constructor(rows: number, labels: number) {
    if (!(Number.isInteger(rows) && rows > 0 && Number.isInteger(labels) && labels > 1)) {
      throw new BroadsheetError('INVALID_OPTIONS', `Expected a positive number of rows and at least two labels, not ${rows} × ${labels}`);
    }
    this.rows = rows;
    this.labels = labels;
    this.#weights = new Float64Array(rows * labels);
    this.#totals = new Float64Array(rows * labels);
    this.#stamps = new Float64Array(rows * labels);
  }

  /** The current weights, not averaged, as a model to decode with while training (it changes as training goes on). */
  current(): LinearModel {
    return new LinearModel(this.rows, this.labels, this.#weights);
  }

  /** Ends one training example: later updates count for later steps of the average. */
  tick(): void {
    this.#step++;
  }

  /** Adds `delta` to the weight of `label` in every row of `features[from, to)`. */
  update(features: ArrayLike<number>, from: number, to: number, label: number, delta: number): void {
    for (let i = from; i < to; i++) this.#add(features[i]! * this.labels + label, delta);
  }

  /** Adds `delta` to one weight. */
  updateOne(row: number, label: number, delta: number): void {
    this.#add(row * this.labels + label, delta);
  }

  #add(at: number, delta: number): void {
    this.#totals[at]! += (this.#step - this.#stamps[at]!) * this.#weights[at]!;
    this.#stamps[at] = this.#step;
    this.#weights[at]! += delta;
  }

  /** The averaged weights, as a model. Training may go on afterwards. */
  average(): LinearModel {
    const out = new Float32Array(this.#weights.length);
    for (let at = 0; at < out.length; at++) {
      const total = this.#totals[at]! + (this.#step - this.#stamps[at]!) * this.#weights[at]!;
      out[at] = total / this.#step;
    }
    return new LinearModel(this.rows, this.labels, out);
  }
}
