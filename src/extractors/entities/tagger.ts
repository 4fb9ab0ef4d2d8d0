import { BroadsheetError } from '../../errors.js';
import { LinearModel, Viterbi } from '../../learn/index.js';
import { DocumentFeatures, WordMemo } from './features.js';
import type { TextRange } from './recognise.js';

/** The model's labels: BIO tags over people, organisations, places and other names (MISC). */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const LABEL_COUNT = LABELS.length;
/** The entity types of the labels, by label number (`null` for `O`). */
export const LABEL_TYPES = [null, 'PER', 'PER', 'ORG', 'ORG', 'LOC', 'LOC', 'MISC', 'MISC'] as const;

/** Whether label `b` may follow label `a`: an `I-` tag only continues its own type. */
export const ALLOWED = new Uint8Array(LABEL_COUNT * LABEL_COUNT);
/** Whether a label may open a sentence. */
export const OPENS = new Uint8Array(LABEL_COUNT);
for (let b = 0; b < LABEL_COUNT; b++) {
  const inside = LABELS[b]!.startsWith('I-');
  OPENS[b] = inside ? 0 : 1;
  for (let a = 0; a < LABEL_COUNT; a++) ALLOWED[a * LABEL_COUNT + b] = !inside || LABEL_TYPES[a] === LABEL_TYPES[b] ? 1 : 0;
}

/**
 * The rows of a tagger's table: `buckets` hashed features, then one row of transition weights
 * per previous label, then the row of weights for opening a sentence.
 */
export function tableRows(buckets: number): number {
  return buckets + LABEL_COUNT + 1;
}

/** A document's features as the tagger reads them: {@link DocumentFeatures} or a stored copy. */
export interface FeaturedDocument {
  tokens: number;
  sentences: number;
  sentenceStart: Int32Array;
  features: Int32Array;
  featureStart: Int32Array;
}

/** A span the tagger found: token range, its type, and its offsets in the text. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  /** First and last token (exclusive) in the document's tokens. */
  from: number;
  to: number;
}

/** Decodes documents with one model; its work arrays are reused, so one tagger serves one caller at a time. */
export class Tagger {
  readonly doc: DocumentFeatures;
  readonly #model: LinearModel;
  readonly #buckets: number;
  readonly #viterbi = new Viterbi();
  #emissions = new Float64Array(0);
  #labels = new Int32Array(0);
  readonly #transitions = new Float64Array(LABEL_COUNT * LABEL_COUNT);
  readonly #starts = new Float64Array(LABEL_COUNT);
  /** The summed own features of each word in the memo, by slot. */
  #sums = new Float64Array(0);

  constructor(model: LinearModel, buckets: number) {
    if (model.labels !== LABEL_COUNT || model.rows !== tableRows(buckets)) {
      throw new BroadsheetError('INVALID_MODEL', `Expected an entity model of ${tableRows(buckets)} × ${LABEL_COUNT} weights, found ${model.rows} × ${model.labels}`);
    }
    this.#model = model;
    this.#buckets = buckets;
    this.doc = new DocumentFeatures(buckets);
    this.doc.memo = new WordMemo();
    this.refresh();
  }

  /** Re-reads the transition weights (after training changed them). */
  refresh(): void {
    this.doc.memo?.clear();
    const w = this.#model.weights;
    // A forbidden transition scores -Infinity, so decoding needs no test for it.
    for (let i = 0; i < LABEL_COUNT * LABEL_COUNT; i++) this.#transitions[i] = ALLOWED[i] ? w[this.#buckets * LABEL_COUNT + i]! : -Infinity;
    for (let l = 0; l < LABEL_COUNT; l++) this.#starts[l] = OPENS[l] ? w[(this.#buckets + LABEL_COUNT) * LABEL_COUNT + l]! : -1e9;
  }

  /** Labels every token of a document (by default the one last read into {@link doc}); returns the labels (valid up to `doc.tokens`). */
  label(doc: FeaturedDocument = this.doc): Int32Array {
    if (this.#labels.length < doc.tokens) this.#labels = new Int32Array(doc.tokens * 2);
    if (this.#emissions.length < doc.tokens * LABEL_COUNT) this.#emissions = new Float64Array(doc.tokens * LABEL_COUNT * 2);
    this.#emit(doc);
    this.#viterbi.decodeAll(this.#emissions, doc.sentenceStart, doc.sentences, LABEL_COUNT, this.#transitions, this.#starts, this.#labels);
    return this.#labels;
  }

  /**
   * Every token's label scores: the sum of its features' weight rows. Nine labels, summed in
   * nine locals rather than through the array, as this is the tagger's hottest loop. For the
   * document this tagger read itself, a word's own features are summed once and kept under its
   * memo slot (see {@link WordMemo}); a word seen before adds only its context's rows.
   */
  #emit(doc: FeaturedDocument): void {
    const emissions = this.#emissions;
    const w = this.#model.weights;
    const { features, featureStart } = doc;
    const memo = doc === this.doc ? this.doc.memo : null;
    if (memo && this.#sums.length < memo.size * 9) {
      const grown = new Float64Array(Math.max(memo.size, (this.#sums.length / 9) * 2) * 9);
      grown.set(this.#sums);
      this.#sums = grown;
    }
    const sums = this.#sums;
    const { ownEnd, memoSlot } = this.doc;
    for (let t = 0; t < doc.tokens; t++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
      let from = featureStart[t]!;
      if (memo) {
        const own = ownEnd[t]!;
        const at = memoSlot[t]! * 9;
        if (own > from) {
          for (let i = from; i < own; i++) {
            const row = features[i]! * 9;
            s0 += w[row]!;
            s1 += w[row + 1]!;
            s2 += w[row + 2]!;
            s3 += w[row + 3]!;
            s4 += w[row + 4]!;
            s5 += w[row + 5]!;
            s6 += w[row + 6]!;
            s7 += w[row + 7]!;
            s8 += w[row + 8]!;
          }
          sums[at] = s0;
          sums[at + 1] = s1;
          sums[at + 2] = s2;
          sums[at + 3] = s3;
          sums[at + 4] = s4;
          sums[at + 5] = s5;
          sums[at + 6] = s6;
          sums[at + 7] = s7;
          sums[at + 8] = s8;
        } else {
          s0 = sums[at]!;
          s1 = sums[at + 1]!;
          s2 = sums[at + 2]!;
          s3 = sums[at + 3]!;
          s4 = sums[at + 4]!;
          s5 = sums[at + 5]!;
          s6 = sums[at + 6]!;
          s7 = sums[at + 7]!;
          s8 = sums[at + 8]!;
        }
        from = own;
      }
      const to = featureStart[t + 1]!;
      for (let i = from; i < to; i++) {
        const row = features[i]! * 9;
        s0 += w[row]!;
        s1 += w[row + 1]!;
        s2 += w[row + 2]!;
        s3 += w[row + 3]!;
        s4 += w[row + 4]!;
        s5 += w[row + 5]!;
        s6 += w[row + 6]!;
        s7 += w[row + 7]!;
        s8 += w[row + 8]!;
      }
      const at = t * 9;
      emissions[at] = s0;
      emissions[at + 1] = s1;
      emissions[at + 2] = s2;
      emissions[at + 3] = s3;
      emissions[at + 4] = s4;
      emissions[at + 5] = s5;
      emissions[at + 6] = s6;
      emissions[at + 7] = s7;
      emissions[at + 8] = s8;
    }
  }

  /** Tags `sentences` of `text`. */
  tag(text: string, sentences: readonly TextRange[]): TaggedSpan[] {
    this.doc.read(text, sentences);
    return spansOf(this.label(), this.doc);
  }
}

/** The spans of a labelled document. */
export function spansOf(labels: ArrayLike<number>, doc: FeaturedDocument & { start: Int32Array; end: Int32Array }): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (let s = 0; s < doc.sentences; s++) {
    const to = doc.sentenceStart[s + 1]!;
    let t = doc.sentenceStart[s]!;
    while (t < to) {
      const type = LABEL_TYPES[labels[t]!];
      if (!type) {
        t++;
        continue;
      }
      let u = t + 1;
      while (u < to && LABELS[labels[u]!] === `I-${type}`) u++;
      out.push({ start: doc.start[t]!, end: doc.end[u - 1]!, type, from: t, to: u });
      t = u;
    }
  }
  return out;
}
