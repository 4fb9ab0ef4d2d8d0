export { Analysis, type Sentence, type Token } from './context.js';
export type { Block, BlockLink } from './blocks.js';
export { splitSentences, type SentenceRange } from './sentences.js';
export { tokenize, type TokenRange } from './tokens.js';
export { findDates, normaliseDate, isDateLine, type FoundDate } from './dates.js';
export type { Lead } from './lead.js';
