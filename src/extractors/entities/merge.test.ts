import { describe, expect, it } from 'vitest';
import { mergeMentions } from './merge.js';
import type { RecognisedMention } from './recogniser.js';

let at = 0;
const m = (text: string, type: RecognisedMention['type'], extra: Partial<RecognisedMention> = {}): RecognisedMention => {
  const start = at;
  at += text.length + 1;
  return { text, start, end: start + text.length, type, ...extra };
};

describe('mergeMentions', () => {
  it('merges a surname and a first name into the person named in full, under the fullest name', () => {
    at = 0;
    const entities = mergeMentions([
      m('Tavares', 'person'),
      m('Jonas Tavares', 'person', { title: 'Port Director' }),
      m('Jonas', 'person'),
      m('Tavares’s', 'person', { name: 'Tavares' }),
    ]);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ id: 'person-jonas-tavares', name: 'Jonas Tavares', title: 'Port Director', salience: 1 });
    expect(entities[0]!.mentions.map((x) => x.text)).toEqual(['Tavares', 'Jonas Tavares', 'Jonas', 'Tavares’s']);
  });

  it('gives a shared surname to the person named first', () => {
    at = 0;
    const entities = mergeMentions([m('Ana Quiroga', 'person'), m('Luis Quiroga', 'person'), m('Quiroga', 'person')]);
    expect(entities.find((e) => e.name === 'Ana Quiroga')!.mentions).toHaveLength(2);
  });

  it('merges an acronym into the name whose initials it spells, and a short place form into its place', () => {
    at = 0;
    const entities = mergeMentions([
      m('Northern Rail Safety Board', 'organization'),
      m('NRSB', 'organization'),
      m('The Coastal Union of Pilots', 'organization'),
      m('CUP', 'organization'),
      m('United States', 'place'),
      m('U.S.', 'place'),
    ]);
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Northern Rail Safety Board', 2],
      ['The Coastal Union of Pilots', 2],
      ['United States', 2],
    ]);
  });

  it('groups dates by value and keeps it', () => {
    at = 0;
    const entities = mergeMentions([m('March 3', 'date', { value: '2024-03-03' }), m('3 March 2024', 'date', { value: '2024-03-03' })]);
    expect(entities).toEqual([
      expect.objectContaining({ type: 'date', value: '2024-03-03', name: '3 March 2024', id: 'date-2024-03-03' }),
    ]);
  });

  it('scores salience from the weights, highest 1, and keeps ids unique', () => {
    at = 0;
    const a = m('Lisbon', 'place');
    const b = m('Oslo', 'place');
    const c = m('Oslo', 'organization');
    const entities = mergeMentions([a, b, c], { weigh: (x) => (x === a ? 4 : 1) });
    expect(entities.map((e) => [e.name, e.salience])).toEqual([
      ['Lisbon', 1],
      ['Oslo', 0.25],
      ['Oslo', 0.25],
    ]);
    expect(new Set(entities.map((e) => e.id)).size).toBe(3);
  });
});
