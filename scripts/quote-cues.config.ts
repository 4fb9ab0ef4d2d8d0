// How the learned cue pass of the quotes extractor is trained (scripts/train-quote-cues.ts); the
// generated weights record it, and a test checks that they match.
export const QUOTE_CUES_CONFIG = {
  /**
   * The candidate verbs: verbs of saying, thinking, wanting and discussing, which report speech in
   * some of their uses only. Their forms come from `inflections` in src/extractors/quotes/cues.ts.
   */
  verbs: [
    'say', 'tell', 'think', 'believe', 'know', 'hope', 'want', 'wish', 'see', 'expect', 'explain', 'recall',
    'remember', 'mention', 'discuss', 'talk', 'speak', 'call', 'promise', 'claim', 'argue', 'suggest', 'insist',
    'announce', 'deny', 'criticize', 'praise', 'describe', 'report', 'point', 'question', 'ask', 'wonder',
    'accuse', 'warn', 'urge', 'predict', 'acknowledge', 'admit', 'note', 'add', 'complain', 'worry', 'fear',
    'agree', 'write', 'tweet', 'respond', 'reply', 'defend', 'blame', 'reject', 'vow', 'pledge', 'demand',
    'propose', 'reveal', 'confirm', 'estimate', 'conclude', 'assert', 'stress', 'signal', 'hint', 'imply',
    'concede', 'doubt', 'feel', 'find', 'consider', 'hear', 'insult', 'attack', 'dismiss', 'support', 'oppose',
  ],
  /** Only articles of the tune part: sha256("quotes-split:" + id) starting with a byte of at least this (scripts/quotes-split.mjs). */
  tuneFromByte: 86,
  /** A use is a report when its content's token F1 with a gold quote reaches this (the scorer's criterion). */
  minOverlap: 0.6,
  /** Folds of the article-split cross-validation that reports the threshold's figures. */
  folds: 5,
  /** L2 penalty on the standardised weights. */
  l2: 16,
  /** Newton steps of the logistic fit. */
  iterations: 12,
  /** The probability a use needs to be read as a report. */
  threshold: 0.7,
};
