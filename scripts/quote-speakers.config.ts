// How the learned speaker ranker of the quotes extractor is trained (scripts/train-quote-speakers.ts);
// the generated weights record it, and a test checks that they match.
export const QUOTE_SPEAKERS_CONFIG = {
  /** Only articles of the tune part: sha256("quotes-split:" + id) starting with a byte of at least this (scripts/quotes-split.mjs). */
  tuneFromByte: 86,
  /** A found quote stands for the gold quote it overlaps most when their token F1 reaches this (the scorer's criterion). */
  minOverlap: 0.6,
  /** Folds of the article-split cross-validation that reports the ranker's figures. */
  folds: 5,
  /** L2 penalty on the standardised weights. */
  l2: 8,
  /** Newton steps of the logistic fit. */
  iterations: 12,
};
