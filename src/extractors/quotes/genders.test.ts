import { describe, expect, it } from 'vitest';
import { GenderEvidence, honorificGender, pronounGender } from './genders.js';

describe('gender evidence', () => {
  it('reads given names that one list holds', () => {
    const evidence = new GenderEvidence();
    expect(evidence.of('Sandra Holt')).toBe('female');
    expect(evidence.of('Martin Holt')).toBe('male');
    expect(evidence.of('Holt')).toBeNull();
  });

  it("lets the article's usage outrank the lists when it is clear", () => {
    const evidence = new GenderEvidence();
    evidence.add('holt', honorificGender('mrs.')!, 3);
    expect(evidence.of('Martin Holt')).toBe('female');
    expect(evidence.of('Holt')).toBe('female');
  });

  it('knows pronouns and honorifics', () => {
    expect(pronounGender('his')).toBe('male');
    expect(pronounGender('herself')).toBe('female');
    expect(pronounGender('they')).toBeNull();
    expect(honorificGender('congresswoman')).toBe('female');
  });
});
