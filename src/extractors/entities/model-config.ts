/**
 * The entity model's training configuration. `scripts/train-entities.ts` trains with it and
 * records it in `weights.generated.ts`; a test fails when the two differ. Change `features`
 * whenever `features.ts` changes what it computes.
 */
export const ENTITY_MODEL_CONFIG = {
  /** Hashed feature rows (a power of two). */
  buckets: 1 << 16,
  /** Passes over the training documents. */
  epochs: 10,
  /** Seed of the shuffle between passes. */
  seed: 20031,
  /** Models trained over this many document orders (seeds `seed`, `seed + 1`, …), whose weights are averaged. */
  orders: 3,
  /** Bits per stored weight. */
  bits: 16 as 8 | 16,
  /** Version of the feature set. */
  features: 4,
};
