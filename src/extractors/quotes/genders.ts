/**
 * The grammatical gender of the people an article names, for `he` and `she`: from given-name
 * lists, then from the article itself (`Mrs. Clinton`, and the pronouns of sentences that name
 * one person only), which settles names the lists give to both (`Hillary`, `Ted`).
 */
import { FEMALE_NAMES, MALE_NAMES } from './genders.generated.js';

export type Gender = 'male' | 'female';

let lists: { female: ReadonlySet<string>; male: ReadonlySet<string> } | null = null;

/** The given-name lists, split on first use: most parses never ask. */
function givenNames(): { female: ReadonlySet<string>; male: ReadonlySet<string> } {
  lists ??= { female: new Set(FEMALE_NAMES.split('|')), male: new Set(MALE_NAMES.split('|')) };
  return lists;
}

const HONORIFIC_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'],
  ['miss', 'female'], ['sir', 'male'], ['lord', 'male'], ['dame', 'female'], ['lady', 'female'], ['king', 'male'],
  ['queen', 'female'], ['prince', 'male'], ['princess', 'female'], ['congressman', 'male'], ['congresswoman', 'female'],
  ['spokesman', 'male'], ['spokeswoman', 'female'], ['chairman', 'male'], ['chairwoman', 'female'], ['businessman', 'male'],
  ['businesswoman', 'female'],
]);

/** The gender a title word gives (`Mrs.`, `congresswoman`), or null. */
export function honorificGender(lower: string): Gender | null {
  return HONORIFIC_GENDER.get(lower) ?? null;
}

/** The gender of a third-person singular pronoun or possessive, or null. */
export function pronounGender(lower: string): Gender | null {
  if (lower === 'he' || lower === 'his' || lower === 'him' || lower === 'himself') return 'male';
  if (lower === 'she' || lower === 'her' || lower === 'hers' || lower === 'herself') return 'female';
  return null;
}

/** Evidence gathered over one article, keyed by a name's last word in lower case. */
export class GenderEvidence {
  readonly #score = new Map<string, number>();

  /** Adds evidence for the person with this surname: positive for male, negative for female. */
  add(surname: string, gender: Gender, weight: number): void {
    this.#score.set(surname, (this.#score.get(surname) ?? 0) + (gender === 'male' ? weight : -weight));
  }

  /** The gender of a full name, or null when nothing tells. */
  of(name: string): Gender | null {
    const space = name.lastIndexOf(' ');
    const score = this.#score.get(name.slice(space + 1).toLowerCase()) ?? 0;
    // The article's own usage outranks the lists when it is clear.
    if (score >= 2) return 'male';
    if (score <= -2) return 'female';
    if (space > 0) {
      const first = name.slice(0, name.indexOf(' '));
      const { female, male } = givenNames();
      if (female.has(first)) return 'female';
      if (male.has(first)) return 'male';
    }
    return score > 0 ? 'male' : score < 0 ? 'female' : null;
  }
}
