/**
 * Words that end in a full stop without ending a sentence, lower-cased without the stop.
 * Titles, months, corporate suffixes and Latin shorthand; dotted acronyms (U.S., U.N.)
 * and single initials are recognised by shape instead.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles and honorifics
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cpl', 'sgt',
  'adm', 'cmdr', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'amb', 'sec', 'st', 'jr', 'sr', 'mme', 'mlle',
  'fr', 'sra', 'sr', 'hr', 'frau',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // organisations and places
  'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'mt', 'ft', 'ste',
  // US states in AP style
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md',
  'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt', 'va', 'wash',
  'wis', 'wyo',
  // shorthand
  'vs', 'v', 'etc', 'cf', 'al', 'approx', 'no', 'nos', 'vol', 'pp', 'fig', 'est', 'ca', 'min', 'max',
]);

/** Words that start a sentence after a dotted acronym (`… in the U.S. The next day …`). */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', 'as', 'after', 'before', 'when', 'while', 'if',
  'so', 'yet', 'for', 'meanwhile', 'however', 'still', 'now', 'then', 'also', 'some', 'many', 'most',
]);
