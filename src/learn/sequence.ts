/**
 * First-order Viterbi decoding: the label sequence of highest total score, where `emissions`
 * holds each position's label scores (`n × labels`, row-major), `transitions` the score of label
 * `b` after label `a` at `a * labels + b`, and `starts` the score of each label opening the sequence.
 * A transition of score `-Infinity` is forbidden (e.g. `I-PER` after `O`).
 * With `from`, decodes positions `[from, from + n)` of longer arrays (emissions from row `from`,
 * labels into `out[from, from + n)`), so a document's sentences need no copies. Linear in `n`;
 * the work arrays are reused between calls.
 */
export class Viterbi {
  #score = new Float64Array(0);
  #back = new Int32Array(0);

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
    if (this.#score.length < n * labels) {
      const size = Math.max(n * labels, this.#score.length * 2);
      this.#score = new Float64Array(size);
      this.#back = new Int32Array(size);
    }
    const score = this.#score;
    const back = this.#back;
    const base = from * labels;
    for (let l = 0; l < labels; l++) score[l] = emissions[base + l]! + starts[l]!;
    for (let i = 1; i < n; i++) {
      const row = i * labels;
      const prevRow = row - labels;
      for (let b = 0; b < labels; b++) {
        let best = -Infinity;
        let from = 0;
        for (let a = 0; a < labels; a++) {
          const s = score[prevRow + a]! + transitions[a * labels + b]!;
          if (s > best) {
            best = s;
            from = a;
          }
        }
        score[row + b] = best + emissions[base + row + b]!;
        back[row + b] = from;
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
}
