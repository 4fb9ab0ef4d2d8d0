/**
 * The files whose code decides what the entity model computes from text: the training script
 * records their hashes with the weights, and a test fails when one changed without retraining.
 */
export const MODEL_SOURCES = [
  'src/extractors/entities/features.ts',
  'src/extractors/entities/gazetteer.ts',
  'src/extractors/entities/gazetteer-table.generated.ts',
  'src/extractors/entities/scan.ts',
  'src/extractors/entities/tagger.ts',
  'src/extractors/entities/model-config.ts',
  'src/learn/hash.ts',
] as const;
