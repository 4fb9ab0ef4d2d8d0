/**
 * The grammatical gender of the people an article names, for `he` and `she`, from the article
 * itself: honorifics and titles (`Mrs. Clinton`, `congresswoman`) and the pronouns of sentences
 * that name one person only. Given-name lists were tried and left out: names such as `Hillary`
 * or `Ted` sit in both, and on the tune split they settled two speakers in two thousand while
 * adding 25 KB to the browser bundle.
 */

import { surnameKey } from './names.js';

export type Gender = 'male' | 'female';

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

  /** How much evidence there is for a name's gender: positive for male, negative for female, 0 when none. */
  score(name: string): number {
    return this.#score.get(surnameKey(name)) ?? 0;
  }

  /** The gender of a name (by its last word), or null when nothing tells. */
  of(name: string): Gender | null {
    const score = this.score(name);
    return score > 0 ? 'male' : score < 0 ? 'female' : null;
  }
}
