import { BroadsheetError } from '../../errors.js';
import { decodeModel, type Encoded, type LinearModel } from '../../learn/index.js';
import { ENTITY_MODEL_CONFIG } from './model-config.js';
import { Tagger } from './tagger.js';
import { ENTITY_MODEL, ENTITY_MODEL_RECORD } from './weights.generated.js';

/**
 * The most tokens a document may have for the tagger's work arrays, which grow to the longest
 * document read, to be kept for the next one (a long article has a few thousand tokens).
 */
export const KEPT_TOKENS = 1 << 14;

let tagger: Tagger | undefined;
let model: LinearModel | undefined;

/**
 * The entity tagger with the shipped weights, decoded on first use (importing the package
 * decodes nothing). After a document longer than {@link KEPT_TOKENS} it is a fresh tagger over
 * the same weights, so that a process parsing one long page among many (a batch worker) does not
 * hold that page's work arrays for the rest of its life.
 *
 * @throws BroadsheetError `INVALID_MODEL` when the weights are missing, corrupt, or were trained
 *   with another configuration than this code's.
 */
export function entityTagger(): Tagger {
  if (tagger === undefined || tagger.doc.start.length > KEPT_TOKENS) {
    model ??= loadEntityModel(ENTITY_MODEL, ENTITY_MODEL_RECORD.config);
    tagger = new Tagger(model, ENTITY_MODEL_RECORD.config.buckets);
  }
  return tagger;
}

/** Decodes entity weights trained with `config`, checking it against the code's configuration. */
export function loadEntityTagger(encoded: Encoded, config: { buckets: number; features: number }): Tagger {
  return new Tagger(loadEntityModel(encoded, config), config.buckets);
}

function loadEntityModel(encoded: Encoded, config: { buckets: number; features: number }): LinearModel {
  if ((typeof encoded !== 'string' && !(encoded instanceof Uint8Array)) || encoded.length === 0) {
    throw new BroadsheetError('INVALID_MODEL', 'The entity model’s weights are missing: run `npm run train:entities`');
  }
  if (config.buckets !== ENTITY_MODEL_CONFIG.buckets || config.features !== ENTITY_MODEL_CONFIG.features) {
    throw new BroadsheetError('INVALID_MODEL', 'The entity model’s weights were trained with another configuration: run `npm run train:entities`');
  }
  return decodeModel(encoded).model;
}
