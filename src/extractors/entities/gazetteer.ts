import { HASH_START, hashRange, mixChar } from '../../learn/hash.js';
import {
  CALENDAR,
  HOLIDAYS,
  CITIES,
  COMMON,
  COUNTRIES,
  GIVEN_NAMES,
  INSTITUTIONS,
  NATIONALITIES,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  PERSON_TITLES,
  PLACE_ABBREVIATIONS,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  REGIONS,
  TITLES,
} from './lexicon.js';
import { DEMONYMS, LANGUAGES } from './gazetteer.generated.js';

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
} as const;

/** How many list bits there are. */
export const GAZ_BITS = 14;

/** Honorifics that only ever stand before a person's name. */
const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame', 'Messrs'];
/** Set on a phrase's first words: a longer entry may go on. */
const PREFIX = 1 << 30;
/** The most words a listed phrase has. */
export const MAX_PHRASE = 5;

let table: Map<number, number> | undefined;

/**
 * The lists as one table from the hash of a word or phrase (lower case, words joined by one
 * space, as {@link hashRange} folds them) to its mask, built on first use.
 */
export function gazetteer(): Map<number, number> {
  if (table) return table;
  const t = new Map<number, number>();
  const add = (names: Iterable<string>, bit: number): void => {
    for (const name of names) {
      const words = name.split(/\s+/).filter(Boolean);
      if (words.length === 0 || words.length > MAX_PHRASE) continue;
      let h = HASH_START;
      for (let i = 0; i < words.length; i++) {
        if (i > 0) {
          h = mixChar(h, 32);
        }
        h = hashRange(words[i]!, 0, words[i]!.length, true, h);
        // Folding is ASCII only: the rest of a phrase is lowered here as the tagger lowers it.
        if (i < words.length - 1) t.set(h, (t.get(h) ?? 0) | PREFIX);
      }
      t.set(h, (t.get(h) ?? 0) | bit);
    }
  };
  add(GIVEN_NAMES, GAZ.givenName);
  add(COUNTRIES, GAZ.country);
  add(CITIES, GAZ.city);
  add(REGIONS, GAZ.region);
  add(PLACE_ABBREVIATIONS.keys(), GAZ.country);
  add(DEMONYMS.split('|'), GAZ.demonym);
  add(NATIONALITIES, GAZ.demonym);
  add(LANGUAGES.split('|'), GAZ.language);
  add(COMMON, GAZ.common);
  add(INSTITUTIONS, GAZ.institution);
  add(ORG_SUFFIXES, GAZ.orgWord);
  add(ORG_PREFIXES, GAZ.orgWord);
  const dotted = (words: Iterable<string>): string[] => [...words].flatMap((w) => [w, `${w}.`]);
  add(dotted(TITLES), GAZ.title);
  add(dotted(PERSON_TITLES), GAZ.title);
  add(dotted(HONORIFICS), GAZ.honorific);
  add(PLACE_SUFFIXES, GAZ.placeWord);
  add(PLACE_PREFIXES, GAZ.placeWord);
  add(CALENDAR, GAZ.calendar);
  add(/\(\?:([^)]*)\)/.exec(HOLIDAYS.source)![1]!.split('|'), GAZ.holiday);
  table = t;
  return t;
}

/** Whether a mask says a longer phrase may start with the words hashed so far. */
export function continues(mask: number): boolean {
  return (mask & PREFIX) !== 0;
}

/** The list bits of a mask, without the phrase bit. */
export function lists(mask: number): number {
  return mask & ((1 << GAZ_BITS) - 1);
}
