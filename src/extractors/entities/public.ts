// The entity extractor's public helpers, re-exported by src/index.ts.
export { createEntitiesExtractor, type EntitiesExtractorOptions } from './index.js';
export { mergeMentions, type MergeOptions } from './merge.js';
export { type NameMention, recogniseNames, type TextRange } from './recognise.js';
export { type RecognisedMention, type Recogniser, type RecogniserContext, recogniseEntities } from './recogniser.js';
