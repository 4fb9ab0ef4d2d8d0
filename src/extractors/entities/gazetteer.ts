import { HashTable } from '../../learn/index.js';
import { GAZETTEER_TABLE } from './gazetteer-table.generated.js';

/** The lists a word or phrase can belong to, as bits of a mask: gazetteer membership is a feature of the model. */
export const GAZ = {
  givenName: 1 << 0,
  country: 1 << 1,
  city: 1 << 2,
  region: 1 << 3,
  demonym: 1 << 4,
  common: 1 << 5,
  institution: 1 << 6,
  orgWord: 1 << 7,
  title: 1 << 8,
  placeWord: 1 << 9,
  calendar: 1 << 10,
  language: 1 << 11,
  honorific: 1 << 12,
  holiday: 1 << 13,
  company: 1 << 14,
} as const;

/** How many list bits there are. */
export const GAZ_BITS = 15;

/** Set on a phrase's first words: a longer entry may go on. */
export const PREFIX = 1 << 15;
/** The most words a listed phrase has. */
export const MAX_PHRASE = 5;

let table: HashTable | undefined;

/**
 * The lists as one table from the hash of a word or phrase (lower case, words joined by one
 * space, as `hashRange` folds them) to its mask, decoded on first use from the table
 * scripts/build-entity-table.ts generates (see gazetteer-lists.ts).
 *
 * @throws BroadsheetError `INVALID_MODEL` when the generated table is corrupt.
 */
export function gazetteer(): HashTable {
  table ??= HashTable.decode(GAZETTEER_TABLE);
  return table;
}

/** Whether a mask says a longer phrase may start with the words hashed so far. */
export function continues(mask: number): boolean {
  return (mask & PREFIX) !== 0;
}

/** The list bits of a mask, without the phrase bit. */
export function lists(mask: number): number {
  return mask & ((1 << GAZ_BITS) - 1);
}
