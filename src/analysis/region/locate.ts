import type { Block } from '../blocks.js';
import { type BoostedModel, boostedLogit, type LogisticModel, logit, sigmoid } from '../../learn/index.js';
import { FEATURE_COUNT, type LineShape, lineFeatures, type PageLine, shapeOf } from './features.js';

/** The lines of a text document as the locator reads them: one per block, with the blank lines around it. */
export function pageLines(blocks: readonly Block[], source: string): PageLine[] {
  const lines: PageLine[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const before = i === 0 ? source.slice(0, block.start) : source.slice(blocks[i - 1]!.end, block.start);
    const after = i === blocks.length - 1 ? source.slice(block.end) : source.slice(block.end, blocks[i + 1]!.start);
    lines.push({ text: block.text, blankBefore: i === 0 || hasBlankLine(before), blankAfter: i === blocks.length - 1 || hasBlankLine(after) });
  }
  return lines;
}

function hasBlankLine(gap: string): boolean {
  let newlines = 0;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c === 10) newlines++;
    else if (c === 13 && gap.charCodeAt(i + 1) !== 10) newlines++;
  }
  return newlines >= 2;
}

/**
 * The two models of the locator: line scores from the line and its neighbours (boosted trees:
 * a prose line at the foot of a page is a disclaimer, a short one in a recipe is body), then a
 * logistic rescore from the scores around each line.
 */
export interface LocatorModels {
  lines: BoostedModel;
  context: LogisticModel;
}

/** How the scores become a span: see {@link bestSpan}. */
export interface SelectOptions {
  /** A line's probability above this adds to the span's score, below it subtracts. */
  threshold: number;
  /** A line below the threshold weighs at least this many words: a run of short litter lines breaks a span. */
  litterWords: number;
}

export const CONTEXT_FEATURES = ['probability', 'near-1', 'near-3', 'near-10', 'near-30', 'in-span', 'log-distance-to-span'] as const;

/** Probabilities of every line being article body, from both models. */
export function scoreLines(lines: readonly PageLine[], models: LocatorModels, options: SelectOptions, shapes?: LineShape[]): Float64Array {
  const lineShapes = shapes ?? lines.map((l) => shapeOf(l.text));
  const features = lineFeatures(lines, lineShapes);
  const first = new Float64Array(lines.length);
  for (let i = 0; i < lines.length; i++) first[i] = sigmoid(boostedLogit(models.lines, features, FEATURE_COUNT, i));
  const context = contextFeatures(first, lineShapes, options);
  const out = new Float64Array(lines.length);
  for (let i = 0; i < lines.length; i++) out[i] = sigmoid(logit(models.context, context, i));
  return out;
}

/** The second model's features: the first model's score of the line, of its neighbours, and the span they make. */
export function contextFeatures(first: Float64Array, shapes: readonly LineShape[], options: SelectOptions): Float64Array {
  const n = first.length;
  const width = CONTEXT_FEATURES.length;
  const out = new Float64Array(n * width);
  const span = bestSpan(first, shapes, options);
  // Prefix sums of the scores and of the scores weighted by words, for windows in constant time.
  const prefix = new Float64Array(n + 1);
  const weighted = new Float64Array(n + 1);
  const words = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const w = Math.max(1, shapes[i]!.words);
    prefix[i + 1] = prefix[i]! + first[i]!;
    weighted[i + 1] = weighted[i]! + first[i]! * w;
    words[i + 1] = words[i]! + w;
  }
  for (let i = 0; i < n; i++) {
    const mean = (radius: number) => {
      const from = Math.max(0, i - radius);
      const to = Math.min(n, i + radius + 1);
      const count = to - from - 1;
      return count > 0 ? (prefix[to]! - prefix[from]! - first[i]!) / count : 0;
    };
    // Wider windows weigh lines by their words: a long paragraph says more than a menu item.
    const wordMean = (radius: number) => {
      const from = Math.max(0, i - radius);
      const to = Math.min(n, i + radius + 1);
      return (weighted[to]! - weighted[from]!) / (words[to]! - words[from]!);
    };
    const distance = i < span.start ? span.start - i : i >= span.end ? i - span.end + 1 : 0;
    out.set([first[i]!, mean(1), mean(3), wordMean(10), wordMean(30), distance === 0 ? 1 : 0, Math.log1p(distance)], i * width);
  }
  return out;
}

/**
 * The run of lines that best fits being the article: each line adds its word count times how
 * far its probability sits above the threshold (or subtracts, below it, weighing at least
 * `litterWords` words); the maximum subarray, in one pass.
 */
export function bestSpan(probabilities: ArrayLike<number>, shapes: readonly LineShape[], options: SelectOptions): { start: number; end: number } {
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const margin = probabilities[i]! - options.threshold;
    const gain = margin * Math.max(margin < 0 ? options.litterWords : 1, shapes[i]!.words);
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += gain;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  return { start: bestStart, end: bestEnd };
}

/** Which lines are the article: those of the best span (litter inside it is the line rules' to find). */
export function selectArticle(probabilities: ArrayLike<number>, shapes: readonly LineShape[], options: SelectOptions): boolean[] {
  const span = bestSpan(probabilities, shapes, options);
  const keep: boolean[] = [];
  for (let i = 0; i < probabilities.length; i++) keep.push(i >= span.start && i < span.end);
  return keep;
}

export { FEATURE_COUNT };
