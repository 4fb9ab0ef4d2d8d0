// The entity model's word lists as phrases, read only when the gazetteer table is built
// (scripts/build-entity-table.ts) or checked (gazetteer.test.ts): at run time the model reads the
// table in gazetteer-table.generated.ts, so loading the recogniser splits and hashes no lists.
import { HASH_START, hashRange, HashTable, mixChar } from '../../learn/index.js';
import { GAZ, MAX_PHRASE, PREFIX } from './gazetteer.js';
import { CITY_NAMES, COMMON_WORDS, COMPANY_NAMES, COUNTRY_NAMES, DEMONYMS, FIRST_NAMES, LANGUAGES, SUBDIVISIONS } from './gazetteer.generated.js';
import {
  CALENDAR,
  HOLIDAYS,
  INSTITUTIONS,
  NATIONALITY_WORDS,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  PERSON_TITLES,
  piped,
  PLACE_ABBREVIATIONS,
  PLACE_PREFIXES,
  PLACE_SUFFIXES,
  REGIONS,
  TITLES,
} from './lexicon.js';

/** Honorifics that only ever stand before a person's name. */
const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Sir', 'Dame', 'Messrs'];

/** Adjectives of nationality and language (`Russian`, `North Korean`): never entities on their own. */
export const NATIONALITIES: ReadonlySet<string> = new Set([...piped(DEMONYMS), ...piped(LANGUAGES), ...NATIONALITY_WORDS]);

/**
 * The lists as one table from the hash of a word or phrase (lower case, words joined by one
 * space, as {@link hashRange} folds them) to its list bits, with {@link PREFIX} on the first
 * words of a longer phrase.
 */
export function buildGazetteer(): HashTable {
  const t = new Map<number, number>();
  const add = (names: Iterable<string>, bit: number): void => {
    for (const name of names) {
      const words = name.split(/\s+/).filter(Boolean);
      if (words.length === 0 || words.length > MAX_PHRASE) continue;
      let h = HASH_START;
      for (let i = 0; i < words.length; i++) {
        if (i > 0) h = mixChar(h, 32);
        // Folding is ASCII only: the rest of a phrase is lowered here as the tagger lowers it.
        h = hashRange(words[i]!, 0, words[i]!.length, true, h);
        if (i < words.length - 1) t.set(h, (t.get(h) ?? 0) | PREFIX);
      }
      t.set(h, (t.get(h) ?? 0) | bit);
    }
  };
  add(piped(FIRST_NAMES), GAZ.givenName);
  add(piped(COUNTRY_NAMES), GAZ.country);
  add(piped(CITY_NAMES), GAZ.city);
  add(REGIONS, GAZ.region);
  add(piped(SUBDIVISIONS), GAZ.region);
  add(piped(COMPANY_NAMES), GAZ.company);
  add(PLACE_ABBREVIATIONS.keys(), GAZ.country);
  add(DEMONYMS.split('|'), GAZ.demonym);
  add(NATIONALITIES, GAZ.demonym);
  add(LANGUAGES.split('|'), GAZ.language);
  add(piped(COMMON_WORDS), GAZ.common);
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
  return HashTable.of(t);
}

/** The words the recogniser's post-pass reads as nationalities and peoples (`North Korean`), joined by `|`. */
export function demonymWords(): string {
  return [...new Set([...NATIONALITIES, ...DEMONYMS.split('|')])].sort().join('|');
}
