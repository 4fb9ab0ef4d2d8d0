import { checkTrainingShape } from './matrix.js';

/**
 * A binary logistic model over dense real-valued features: `p = σ(bias + Σ wᵢ·xᵢ)`. The
 * weights apply to the raw feature values (training standardises internally and folds the
 * scaling back in), so scoring needs no statistics besides the weights.
 */
export interface LogisticModel {
  bias: number;
  weights: readonly number[];
}

/** How {@link trainLogistic} fits a model. */
export interface LogisticOptions {
  /** The L2 penalty on the standardised weights (not on the bias). */
  l2: number;
  /** Newton steps; the fit converges in a handful. */
  iterations: number;
}

/**
 * The log-odds of row `row` of a row-major feature matrix with `model.weights.length`
 * columns.
 */
export function logit(model: LogisticModel, features: ArrayLike<number>, row: number): number {
  const width = model.weights.length;
  let z = model.bias;
  const at = row * width;
  for (let j = 0; j < width; j++) z += model.weights[j]! * features[at + j]!;
  return z;
}

/**
 * The candidate whose features the model scores highest (the first of equals), or undefined when there is none
 * or its probability is below `minProbability`. `featuresOf` reads a candidate's features (by default its
 * `features`); it may write them into one reused row, as each is scored before the next is read.
 */
export function bestCandidate<C extends { readonly features: ArrayLike<number> }>(
  candidates: Iterable<C>,
  model: LogisticModel,
  minProbability?: number,
): C | undefined;
export function bestCandidate<C>(
  candidates: Iterable<C>,
  model: LogisticModel,
  minProbability: number,
  featuresOf: (candidate: C) => ArrayLike<number>,
): C | undefined;
export function bestCandidate<C>(
  candidates: Iterable<C>,
  model: LogisticModel,
  minProbability = 0,
  featuresOf = (candidate: C): ArrayLike<number> => (candidate as { readonly features: ArrayLike<number> }).features,
): C | undefined {
  let best: C | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const score = logit(model, featuresOf(candidate), 0);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best !== undefined && sigmoid(bestScore) >= minProbability ? best : undefined;
}

/** The logistic function, clamped so that it never overflows. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
}

/**
 * Fits a logistic model by Newton's method (iteratively reweighted least squares) with an L2
 * penalty, on features standardised to mean 0 and variance 1. Deterministic: the same rows
 * in the same order give the same weights bit for bit.
 *
 * @param features Row-major matrix, `width` values per row.
 * @param labels 1 or 0 per row.
 * @param sampleWeights How much each row counts (1 each when omitted).
 */
export function trainLogistic(
  features: ArrayLike<number>,
  width: number,
  labels: ArrayLike<number>,
  options: LogisticOptions,
  sampleWeights?: ArrayLike<number>,
): LogisticModel {
  const n = labels.length;
  checkTrainingShape(features, width, labels, sampleWeights);
  const mean = new Float64Array(width);
  const scale = new Float64Array(width);
  for (let i = 0; i < n; i++) for (let j = 0; j < width; j++) mean[j]! += features[i * width + j]! / n;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < width; j++) scale[j]! += (features[i * width + j]! - mean[j]!) ** 2 / n;
  }
  for (let j = 0; j < width; j++) scale[j] = Math.sqrt(scale[j]!) || 1;
  // Column 0 is the bias; columns 1… the standardised features.
  const d = width + 1;
  const beta = new Float64Array(d);
  const x = new Float64Array(d);
  for (let step = 0; step < options.iterations; step++) {
    const gradient = new Float64Array(d);
    const hessian = new Float64Array(d * d);
    for (let i = 0; i < n; i++) {
      x[0] = 1;
      for (let j = 0; j < width; j++) x[j + 1] = (features[i * width + j]! - mean[j]!) / scale[j]!;
      let z = 0;
      for (let j = 0; j < d; j++) z += beta[j]! * x[j]!;
      const p = sigmoid(z);
      const w = sampleWeights ? sampleWeights[i]! : 1;
      const r = w * (labels[i]! - p);
      const h = w * Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < d; a++) {
        gradient[a]! += r * x[a]!;
        const ha = h * x[a]!;
        for (let b = a; b < d; b++) hessian[a * d + b]! += ha * x[b]!;
      }
    }
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < a; b++) hessian[a * d + b] = hessian[b * d + a]!;
      if (a > 0) {
        gradient[a]! -= options.l2 * beta[a]!;
        hessian[a * d + a]! += options.l2;
      }
    }
    const delta = solve(hessian, gradient, d);
    for (let a = 0; a < d; a++) beta[a]! += delta[a]!;
  }
  const weights: number[] = [];
  let bias = beta[0]!;
  for (let j = 0; j < width; j++) {
    weights.push(beta[j + 1]! / scale[j]!);
    bias -= (beta[j + 1]! * mean[j]!) / scale[j]!;
  }
  return { bias, weights };
}

/** Solves `A x = b` for a symmetric positive definite `A` (row-major, `d × d`) by Cholesky. */
function solve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * d + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * d + k]! * l[j * d + k]!;
      l[i * d + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * d + j]!;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * d + k]! * y[k]!;
    y[i] = sum / l[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < d; k++) sum -= l[k * d + i]! * x[k]!;
    x[i] = sum / l[i * d + i]!;
  }
  return x;
}
