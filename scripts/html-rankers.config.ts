// How the HTML metadata rankers are trained (scripts/train-html-rankers.ts); the generated weights record it, and a
// test checks that they match.
export const HTML_RANKERS_CONFIG = {
  /** Folds of the page-split cross-validation, by a hash of the page name. */
  folds: 5,
  /** Newton steps of the logistic fits. */
  iterations: 12,
  /** The byline ranker: a few hundred candidates from about seventy pages. */
  authors: {
    /** L2 penalty on the standardised weights. */
    l2: 3,
    /** The best candidate is credited when its probability reaches this; below it, the page names no author. */
    threshold: 0.12,
  },
  /** The headline ranker: the best candidate is always taken. */
  headline: { l2: 3 },
  /** The date ranker: the best candidate is always taken. */
  date: { l2: 3 },
};
