import { describe, expect, it } from 'vitest';
import { isPersonName, NameMemory, withoutSuffix } from './names.js';

describe('name memory', () => {
  it('resolves a surname to the fullest form the article gave', () => {
    const memory = new NameMemory();
    memory.add('Ramon Pacheco Pardo', 3, 'ramon', 'pardo');
    memory.add('Gordon Brown', 2, 'gordon', 'brown');
    expect(memory.resolve('Pardo')).toBe('Ramon Pacheco Pardo');
    expect(memory.resolve('Pacheco Pardo')).toBe('Ramon Pacheco Pardo');
    expect(memory.resolve('Brown')).toBe('Gordon Brown');
    expect(memory.resolve('Kremlin')).toBe('Kremlin');
  });

  it('keys a name by its surname, not a generational suffix after it', () => {
    const memory = new NameMemory();
    memory.add('Harry B. Harris Jr.', 4, 'harry', 'jr.');
    memory.add('Cal Ripken, Sr.', 3, 'cal', 'sr.');
    expect(memory.resolve('Harris')).toBe('Harry B. Harris');
    expect(memory.resolve('Ripken')).toBe('Cal Ripken');
    expect(memory.resolve('Jr.')).toBe('Jr.');
  });

  it('finds the holder of a role and the maker of a document', () => {
    const memory = new NameMemory();
    memory.setTitle('Barack Obama', 'President');
    memory.addOwner('survey', 'Pew Research Center');
    expect(memory.holderOf('president')).toBe('Barack Obama');
    expect(memory.ownerOf('survey')).toBe('Pew Research Center');
  });

  it('tells people from organisations by shape', () => {
    expect(isPersonName('Patricia Hewitt')).toBe(true);
    expect(isPersonName('National Union')).toBe(false);
    expect(isPersonName('Analysts')).toBe(false);
  });
});

describe('withoutSuffix', () => {
  it('drops a generational suffix, with or without its comma and stop, and nothing else', () => {
    expect(withoutSuffix('Tomas B. Reyes Jr.')).toBe('Tomas B. Reyes');
    expect(withoutSuffix('Tomas Reyes, Sr.')).toBe('Tomas Reyes');
    expect(withoutSuffix('Tomas Reyes Jr')).toBe('Tomas Reyes');
    expect(withoutSuffix('Tomas Reyes III')).toBe('Tomas Reyes');
    expect(withoutSuffix('Jr.')).toBe('Jr.');
    expect(withoutSuffix('Tomas Junior')).toBe('Tomas Junior');
  });
});
