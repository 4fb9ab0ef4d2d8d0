import { sigmoid } from './logistic.js';
import { checkTrainingShape } from './matrix.js';

/**
 * Gradient-boosted regression trees for a binary label: `p = σ(bias + Σ tree(x))`. Each tree is
 * stored as parallel arrays over its nodes in breadth-first order; a node with feature -1 is a
 * leaf holding `value`, any other sends a row left when `x[feature] <= threshold`.
 */
export interface BoostedModel {
  bias: number;
  trees: ReadonlyArray<{
    feature: readonly number[];
    threshold: readonly number[];
    left: readonly number[];
    right: readonly number[];
    value: readonly number[];
  }>;
}

/** How {@link trainBoosted} grows its trees. */
export interface BoostOptions {
  /** How many trees. */
  rounds: number;
  /** How deep each tree grows (1: stumps). */
  depth: number;
  /** What share of each tree's Newton step is taken. */
  learningRate: number;
  /** L2 penalty on leaf values, in units of the Hessian (sample weight × p(1-p)). */
  l2: number;
  /** A split must leave at least this much Hessian on either side. */
  minLeaf: number;
  /** At most this many candidate thresholds per feature (quantiles of its values). */
  bins: number;
}

/** The log-odds of row `row` of a row-major matrix with `width` columns. */
export function boostedLogit(model: BoostedModel, features: ArrayLike<number>, width: number, row: number): number {
  let z = model.bias;
  for (const tree of model.trees) z += treeValue(tree, features, width, row);
  return z;
}

/**
 * Fits boosted trees to the logistic loss, each tree by second-order (Newton) gain over binned
 * thresholds. Deterministic: the same rows in the same order give the same trees bit for bit
 * (ties go to the lower feature, then the lower threshold).
 *
 * @param features Row-major matrix, `width` values per row.
 * @param labels 1 or 0 per row.
 * @param sampleWeights How much each row counts (1 each when omitted).
 */
export function trainBoosted(
  features: ArrayLike<number>,
  width: number,
  labels: ArrayLike<number>,
  options: BoostOptions,
  sampleWeights?: ArrayLike<number>,
): BoostedModel {
  const n = labels.length;
  checkTrainingShape(features, width, labels, sampleWeights);
  const weight = (i: number) => (sampleWeights ? sampleWeights[i]! : 1);
  const { cuts, bins } = binFeatures(features, width, n, options.bins);
  let positive = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    positive += weight(i) * labels[i]!;
    total += weight(i);
  }
  const rate = Math.min(1 - 1e-6, Math.max(1e-6, positive / Math.max(total, 1e-12)));
  const bias = Math.log(rate / (1 - rate));
  const z = new Float64Array(n).fill(bias);
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n);
  const trees: BoostedModel['trees'][number][] = [];
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(z[i]!);
      gradient[i] = weight(i) * (p - labels[i]!);
      hessian[i] = weight(i) * Math.max(p * (1 - p), 1e-9);
    }
    const tree = growTree(bins, cuts, width, n, gradient, hessian, options);
    for (let i = 0; i < n; i++) z[i]! += treeValue(tree, features, width, i);
    trees.push(tree);
  }
  return { bias, trees };
}

interface Binned {
  /** Per feature, its candidate thresholds in ascending order. */
  cuts: Float64Array[];
  /** Row-major bin index of every value: the number of cuts below it. */
  bins: Uint16Array;
}

/** Thresholds at quantiles of each feature's distinct values, and every value's bin. */
function binFeatures(features: ArrayLike<number>, width: number, n: number, maxBins: number): Binned {
  const cuts: Float64Array[] = [];
  const bins = new Uint16Array(n * width);
  const column = new Float64Array(n);
  for (let j = 0; j < width; j++) {
    for (let i = 0; i < n; i++) column[i] = features[i * width + j]!;
    const sorted = Float64Array.from(column).sort();
    const distinct: number[] = [];
    for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]!);
    const chosen: number[] = [];
    if (distinct.length <= maxBins) {
      for (let k = 0; k + 1 < distinct.length; k++) chosen.push((distinct[k]! + distinct[k + 1]!) / 2);
    } else {
      // Midway between the value at each quantile and the next distinct value above it.
      for (let k = 1; k < maxBins; k++) {
        const value = sorted[Math.floor((k * n) / maxBins)]!;
        let lo = 0;
        let hi = distinct.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (distinct[mid]! < value) lo = mid + 1;
          else hi = mid;
        }
        if (lo + 1 >= distinct.length) continue;
        const cut = (distinct[lo]! + distinct[lo + 1]!) / 2;
        if (chosen.length === 0 || cut > chosen[chosen.length - 1]!) chosen.push(cut);
      }
    }
    const cut = Float64Array.from(chosen);
    cuts.push(cut);
    for (let i = 0; i < n; i++) {
      // Binary search: the number of cuts strictly below the value (x <= cut[b] goes left of b).
      let lo = 0;
      let hi = cut.length;
      const x = column[i]!;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x <= cut[mid]!) hi = mid;
        else lo = mid + 1;
      }
      bins[i * width + j] = lo;
    }
  }
  return { cuts, bins };
}

/** Grows one tree breadth-first; nodes that cannot split become leaves. */
function growTree(
  bins: Uint16Array,
  cuts: Float64Array[],
  width: number,
  n: number,
  gradient: Float64Array,
  hessian: Float64Array,
  options: BoostOptions,
): BoostedModel['trees'][number] {
  const feature: number[] = [];
  const threshold: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const value: number[] = [];
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const queue: Array<{ rows: Uint32Array; depth: number }> = [{ rows: all, depth: 0 }];
  for (let node = 0; node < queue.length; node++) {
    const { rows, depth } = queue[node]!;
    let g = 0;
    let h = 0;
    for (const i of rows) {
      g += gradient[i]!;
      h += hessian[i]!;
    }
    const split = depth < options.depth ? bestSplit(rows, bins, cuts, width, gradient, hessian, g, h, options) : null;
    value.push((-g / (h + options.l2)) * options.learningRate);
    if (!split) {
      feature.push(-1);
      threshold.push(0);
      left.push(-1);
      right.push(-1);
      continue;
    }
    const goLeft: number[] = [];
    const goRight: number[] = [];
    for (const i of rows) (bins[i * width + split.feature]! <= split.bin ? goLeft : goRight).push(i);
    feature.push(split.feature);
    threshold.push(cuts[split.feature]![split.bin]!);
    left.push(queue.length);
    queue.push({ rows: Uint32Array.from(goLeft), depth: depth + 1 });
    right.push(queue.length);
    queue.push({ rows: Uint32Array.from(goRight), depth: depth + 1 });
  }
  return { feature, threshold, left, right, value };
}

/** The split of a node with the largest Newton gain, or null when none gains. */
function bestSplit(
  rows: Uint32Array,
  bins: Uint16Array,
  cuts: Float64Array[],
  width: number,
  gradient: Float64Array,
  hessian: Float64Array,
  g: number,
  h: number,
  options: BoostOptions,
): { feature: number; bin: number } | null {
  const parent = (g * g) / (h + options.l2);
  let best: { feature: number; bin: number } | null = null;
  let bestGain = 1e-9;
  for (let j = 0; j < width; j++) {
    const count = cuts[j]!.length;
    if (count === 0) continue;
    const gs = new Float64Array(count + 1);
    const hs = new Float64Array(count + 1);
    for (const i of rows) {
      const b = bins[i * width + j]!;
      gs[b]! += gradient[i]!;
      hs[b]! += hessian[i]!;
    }
    let gl = 0;
    let hl = 0;
    for (let b = 0; b < count; b++) {
      gl += gs[b]!;
      hl += hs[b]!;
      const hr = h - hl;
      if (hl < options.minLeaf || hr < options.minLeaf) continue;
      const gr = g - gl;
      const gain = (gl * gl) / (hl + options.l2) + (gr * gr) / (hr + options.l2) - parent;
      if (gain > bestGain) {
        bestGain = gain;
        best = { feature: j, bin: b };
      }
    }
  }
  return best;
}

/** The value of the leaf row `row` falls in: `x <= threshold` goes left, as `bin <= cut index` did in training. */
function treeValue(tree: BoostedModel['trees'][number], features: ArrayLike<number>, width: number, row: number): number {
  let node = 0;
  while (tree.feature[node]! >= 0) {
    node = features[row * width + tree.feature[node]!]! <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
  }
  return tree.value[node]!;
}
