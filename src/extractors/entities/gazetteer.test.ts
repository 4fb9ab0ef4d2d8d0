import { describe, expect, it } from 'vitest';
import { hashString } from '../../learn/index.js';
import { tableModule } from '../../../scripts/build-entity-table.js';
import { GAZ, gazetteer, lists, continues } from './gazetteer.js';
import { readFileSync } from 'node:fs';

describe('the gazetteer table', () => {
  it('is what the word lists give (else run `npm run train:entities`)', () => {
    const committed = readFileSync(new URL('./gazetteer-table.generated.ts', import.meta.url), 'utf8');
    expect(committed === tableModule()).toBe(true);
  });

  it('finds listed words and phrases by their folded hash, and the first words of longer phrases', () => {
    const table = gazetteer();
    expect(lists(table.get(hashString('Stockholm', true))) & GAZ.city).toBe(GAZ.city);
    expect(lists(table.get(hashString('MARIA', true))) & GAZ.givenName).toBe(GAZ.givenName);
    expect(lists(table.get(hashString('tuesday', true))) & GAZ.calendar).toBe(GAZ.calendar);
    expect(lists(table.get(hashString('european commission', true))) & GAZ.institution).toBe(GAZ.institution);
    expect(continues(table.get(hashString('european', true)))).toBe(true);
    expect(table.get(hashString('qwzxv', true))).toBe(0);
  });
});
