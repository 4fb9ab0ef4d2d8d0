export { BroadsheetError, type BroadsheetErrorCode } from './errors.js';
export * from './model/index.js';
export { parseArticle, parseArticleAsync, safeParseArticle } from './pipeline/article.js';
export {
  createParser,
  type Parser,
  type ParserOptions,
  type ParseResult,
  type SafeParseResult,
} from './pipeline/parser.js';
export {
  defineExtractor,
  type AnyExtractor,
  type DiagnosticInput,
  type Extractor,
  type ExtractorContext,
  type ExtractorDefinition,
  type ExtractorResults,
  type ParseOptions,
  DEFAULT_MAX_INPUT_LENGTH,
  DEFAULT_MAX_READ_LENGTH,
} from './pipeline/extractor.js';
export { broadsheet, type BroadsheetPluginOptions } from './pipeline/plugin.js';
export { defaultExtractors } from './extractors/preset.js';
export {
  createEntitiesExtractor,
  mergeMentions,
  recogniseEntities,
  recogniseNames,
  type EntitiesExtractorOptions,
  type MergeOptions,
  type NameMention,
  type RecognisedMention,
  type Recogniser,
  type RecogniserContext,
  type TextRange,
} from './parts/entities.js';
export { loadParts, type PartName } from './parts/index.js';
export { COGNITION_CUES, isCueVerb, SPEECH_CUES } from './extractors/quotes/cues.js';
export { detectFormat, type InputFormat, type PageMetadata, type RemovedRegion } from './input/index.js';
export { Analysis, type Block, type BlockLink, type Lead, type Sentence, type Token } from './analysis/index.js';
