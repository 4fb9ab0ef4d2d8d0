import { BroadsheetError } from '../errors.js';

/**
 * Checks that a training set's arrays agree in shape before a trainer indexes into them: a
 * row-major matrix of `labels.length` rows by `width` columns, and one weight per row when
 * weights are given. A mismatch would otherwise read `undefined` and train on NaN.
 */
export function checkTrainingShape(
  features: ArrayLike<number>,
  width: number,
  labels: ArrayLike<number>,
  sampleWeights?: ArrayLike<number>,
): void {
  const n = labels.length;
  if (!Number.isInteger(width) || width < 0) {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected a whole number of feature columns, found ${width}`);
  }
  if (features.length !== n * width) {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected ${n} × ${width} feature values, found ${features.length}`);
  }
  if (sampleWeights && sampleWeights.length !== n) {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected ${n} sample weights, found ${sampleWeights.length}`);
  }
}
