/**
 * First-order Viterbi decoding: the label sequence of highest total score, where `emissions`
 * holds each position's label scores (`n × labels`, row-major), `transitions` the score of label
 * `b` after label `a` at `a * labels + b`, and `starts` the score of each label opening the sequence.
 * A transition of score `-Infinity` is forbidden (e.g. `I-PER` after `O`) and never tried, so a
 * tag set with many forbidden pairs (BIO) decodes in fewer steps.
 * With `from`, decodes positions `[from, from + n)` of longer arrays (emissions from row `from`,
 * labels into `out[from, from + n)`), so a document's sentences need no copies. Linear in `n`;
 * the work arrays are reused between calls.
 */
export class Viterbi {
  #score = new Float64Array(0);
  #back = new Int32Array(0);
  /** The allowed predecessors of each label, `#previous[#first[b], #first[b + 1])`, with the transitions' scores in `#gain`. */
  #previous = new Int32Array(0);
  #gain = new Float64Array(0);
  #first = new Int32Array(0);
  /** Whether every label may precede label `b` (1), so that dominated predecessors can be skipped. */
  #full = new Uint8Array(0);
  /** How far a predecessor may trail the best and still win a full label: its transitions' spread, plus a margin for rounding. */
  #spread = Infinity;
  /** The predecessors that may still win, in label order, at the position being decoded. */
  #alive = new Int32Array(0);

  decode(
    emissions: ArrayLike<number>,
    n: number,
    labels: number,
    transitions: ArrayLike<number>,
    starts: ArrayLike<number>,
    out: Int32Array,
    from = 0,
  ): void {
    if (n === 0) return;
    this.#allowed(transitions, labels);
    this.#decode(emissions, n, labels, transitions, starts, out, from);
  }

  /**
   * Decodes several sequences of one document under the same transitions, read once: sequence `i`
   * is positions `[bounds[i], bounds[i + 1])`, for `i` below `count` (a tagger's sentences).
   */
  decodeAll(
    emissions: ArrayLike<number>,
    bounds: ArrayLike<number>,
    count: number,
    labels: number,
    transitions: ArrayLike<number>,
    starts: ArrayLike<number>,
    out: Int32Array,
  ): void {
    this.#allowed(transitions, labels);
    for (let i = 0; i < count; i++) {
      const from = bounds[i]!;
      const n = bounds[i + 1]! - from;
      if (n > 0) this.#decode(emissions, n, labels, transitions, starts, out, from);
    }
  }

  #decode(emissions: ArrayLike<number>, n: number, labels: number, transitions: ArrayLike<number>, starts: ArrayLike<number>, out: Int32Array, from: number): void {
    if (this.#score.length < n * labels) {
      const size = Math.max(n * labels, this.#score.length * 2);
      this.#score = new Float64Array(size);
      this.#back = new Int32Array(size);
    }
    const score = this.#score;
    const back = this.#back;
    const previous = this.#previous;
    const gain = this.#gain;
    const first = this.#first;
    const full = this.#full;
    const alive = this.#alive;
    const spread = this.#spread;
    const base = from * labels;
    // The best score of the row just written, kept as it is written.
    let top = -Infinity;
    for (let l = 0; l < labels; l++) {
      score[l] = emissions[base + l]! + starts[l]!;
      if (score[l]! > top) top = score[l]!;
    }
    for (let i = 1; i < n; i++) {
      const row = i * labels;
      const prevRow = row - labels;
      // A predecessor below `top - spread` loses to the best one for every full label: dropped.
      const floor = top - spread - (Math.abs(top) + spread) * ROUNDING;
      let living = 0;
      for (let a = 0; a < labels; a++) if (!(score[prevRow + a]! < floor)) alive[living++] = a;
      const only = alive[0]!;
      top = -Infinity;
      for (let b = 0; b < labels; b++) {
        let best = -Infinity;
        let arg = 0;
        if (full[b] === 1 && living === 1) {
          // The common case: one predecessor left.
          best = score[prevRow + only]! + transitions[only * labels + b]!;
          arg = only;
        } else if (full[b] === 1) {
          for (let k = 0; k < living; k++) {
            const a = alive[k]!;
            const s = score[prevRow + a]! + transitions[a * labels + b]!;
            if (s > best) {
              best = s;
              arg = a;
            }
          }
        } else {
          const to = first[b + 1]!;
          for (let k = first[b]!; k < to; k++) {
            const a = previous[k]!;
            const s = score[prevRow + a]! + gain[k]!;
            if (s > best) {
              best = s;
              arg = a;
            }
          }
        }
        const s = best + emissions[base + row + b]!;
        score[row + b] = s;
        back[row + b] = arg;
        if (s > top) top = s;
      }
    }
    const lastRow = (n - 1) * labels;
    let label = 0;
    for (let l = 1; l < labels; l++) if (score[lastRow + l]! > score[lastRow + label]!) label = l;
    for (let i = n - 1; i >= 0; i--) {
      out[from + i] = label;
      if (i > 0) label = back[i * labels + label]!;
    }
  }

  /**
   * Lists each label's allowed predecessors (in label order, so ties go to the lowest as before),
   * marks the labels every label may precede and measures their transitions' spread.
   */
  #allowed(transitions: ArrayLike<number>, labels: number): void {
    if (this.#first.length < labels + 1) {
      this.#first = new Int32Array(labels + 1);
      this.#full = new Uint8Array(labels);
      this.#alive = new Int32Array(labels);
    }
    if (this.#previous.length < labels * labels) {
      this.#previous = new Int32Array(labels * labels);
      this.#gain = new Float64Array(labels * labels);
    }
    let k = 0;
    let high = -Infinity;
    let low = Infinity;
    for (let b = 0; b < labels; b++) {
      this.#first[b] = k;
      for (let a = 0; a < labels; a++) {
        const gain = transitions[a * labels + b]!;
        if (gain === -Infinity) continue;
        this.#previous[k] = a;
        this.#gain[k++] = gain;
      }
      const full = k - this.#first[b]! === labels;
      this.#full[b] = full ? 1 : 0;
      if (!full) continue;
      for (let a = 0; a < labels; a++) {
        high = Math.max(high, transitions[a * labels + b]!);
        low = Math.min(low, transitions[a * labels + b]!);
      }
    }
    this.#first[labels] = k;
    // Without full labels, or with a transition that is no finite number, nothing is dropped.
    const spread = high - low;
    this.#spread = Number.isFinite(spread) ? spread : Infinity;
  }
}

/**
 * The margin of the dropping test, relative to the scores' size: far above the rounding of one
 * addition (2^-52), so a dropped predecessor loses by more than rounding could make up.
 */
const ROUNDING = 2 ** -40;
