import { BroadsheetError } from '../../errors.js';
import { ENTITY_MODEL_CONFIG } from './model-config.js';
import { loadTagger, type Tagger } from './tagger.js';
import { ENTITY_MODEL, ENTITY_MODEL_RECORD } from './weights.generated.js';

let tagger: Tagger | undefined;

/**
 * The entity tagger with the shipped weights, decoded on first use (importing the package
 * decodes nothing).
 *
 * @throws BroadsheetError `INVALID_MODEL` when the weights are missing, corrupt, or were trained
 *   with another configuration than this code's.
 */
export function entityTagger(): Tagger {
  tagger ??= loadEntityTagger(ENTITY_MODEL, ENTITY_MODEL_RECORD.config);
  return tagger;
}

/** Decodes entity weights trained with `config`, checking it against the code's configuration. */
export function loadEntityTagger(encoded: string, config: { buckets: number; features: number }): Tagger {
  if (typeof encoded !== 'string' || encoded.length === 0) {
    throw new BroadsheetError('INVALID_MODEL', 'The entity model’s weights are missing: run `npm run train:entities`');
  }
  if (config.buckets !== ENTITY_MODEL_CONFIG.buckets || config.features !== ENTITY_MODEL_CONFIG.features) {
    throw new BroadsheetError('INVALID_MODEL', 'The entity model’s weights were trained with another configuration: run `npm run train:entities`');
  }
  return loadTagger(encoded, config.buckets);
}
