// How the HTML byline ranker is trained (scripts/train-html-authors.ts); the generated weights record it,
// and a test checks that they match.
export const HTML_AUTHORS_CONFIG = {
  /** L2 penalty on the standardised weights: a few hundred candidates from about fifty pages. */
  l2: 3,
  /** Newton steps of the logistic fit. */
  iterations: 12,
  /** The best candidate is credited when its probability reaches this; below it, the page names no author. */
  threshold: 0.1,
  /** Folds of the page-split cross-validation, by a hash of the page name. */
  folds: 5,
};
