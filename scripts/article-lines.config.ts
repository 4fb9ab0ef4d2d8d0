// How the article locator of the text path is trained (scripts/train-article-lines.ts); the
// generated weights record it, and a test checks that they match.
export const ARTICLE_LINES_CONFIG = {
  /** Folds of the page-split cross-validation, by a hash of the page id. */
  folds: 5,
  /** L2 penalty on the standardised weights. */
  l2: 1,
  /** L2 penalty of the title model: a few thousand candidate lines, against tens of thousands of body lines. */
  titleL2: 10,
  /** Newton steps of the logistic fit. */
  iterations: 12,
  /** A line is body when at least this share of its 4-token shingles is in the gold body. */
  bodyShare: 0.5,
  /** The line model: boosted trees over the line features (see src/learn/boost.ts). */
  boost: { rounds: 100, depth: 2, learningRate: 0.1, l2: 1, minLeaf: 20, bins: 32 },
  /** How line probabilities become the article's span (see selectArticle). */
  select: { threshold: 0.5, litterWords: 6 },
};
