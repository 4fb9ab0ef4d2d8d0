import { describe, expect, it } from 'vitest';
import { BroadsheetError } from '../errors.js';
import { checkTrainingShape } from './matrix.js';

describe('checkTrainingShape', () => {
  it('accepts agreeing shapes, with or without weights', () => {
    expect(() => checkTrainingShape([1, 2, 3, 4], 2, [1, 0])).not.toThrow();
    expect(() => checkTrainingShape(new Float64Array(6), 3, [1, 0], [1, 2])).not.toThrow();
    expect(() => checkTrainingShape([], 0, [1, 0])).not.toThrow();
  });

  it('rejects a matrix, a width or weights that do not fit the labels', () => {
    expect(() => checkTrainingShape([1, 2, 3], 2, [1, 0])).toThrow(/Expected 2 × 2 feature values, found 3/);
    expect(() => checkTrainingShape([1, 2], 1.5, [1, 0])).toThrow(/whole number of feature columns/);
    expect(() => checkTrainingShape([1, 2], 1, [1, 0], [1])).toThrow(/Expected 2 sample weights, found 1/);
    expect(() => checkTrainingShape([1], 2, [1])).toThrow(BroadsheetError);
  });
});
