import { describe, expect, it } from 'vitest';
import { GenderEvidence, honorificGender, pronounGender } from './genders.js';

describe('gender evidence', () => {
  it('reads honorifics and pronouns the article gives, by surname', () => {
    const evidence = new GenderEvidence();
    expect(evidence.of('Martin Holt')).toBeNull();
    evidence.add('holt', honorificGender('mrs.')!, 3);
    evidence.add('holt', pronounGender('he')!, 1);
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
