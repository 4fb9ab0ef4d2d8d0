// What the `entities` part holds: the recogniser, its word lists and the extractor around them.
export * from '../extractors/entities/public.js';
export { entitiesExtractor } from '../extractors/entities/index.js';
