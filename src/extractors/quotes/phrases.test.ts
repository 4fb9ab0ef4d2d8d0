import { describe, expect, it } from 'vitest';
import { tokenize } from '../../analysis/tokens.js';
import { beforeTimePhrase, speakerAfter, subjectBefore, type Tok } from './phrases.js';

function toks(text: string): Tok[] {
  return tokenize(text).map((r) => ({ text: text.slice(r.start, r.end), lower: text.slice(r.start, r.end).toLowerCase(), kind: r.kind, textStart: r.start, textEnd: r.end }));
}

function before(text: string, cue: string) {
  const t = toks(text);
  return subjectBefore(t, t.findIndex((x) => x.text === cue), 0, text);
}

describe('speaker phrases', () => {
  it('reads a name with its apposition as the title', () => {
    const phrase = before('Ramon Pacheco Pardo, the Head of Korea Studies at the Brussels School, believes that', 'believes');
    expect(phrase?.name).toBe('Ramon Pacheco Pardo');
    expect(phrase?.title).toBe('the Head of Korea Studies at the Brussels School');
  });

  it('reads a name whose title comes first, as an apposition', () => {
    const phrase = before('The Shadow Secretary of State for the Family, Theresa May, said', 'said');
    expect(phrase?.name).toBe('Theresa May');
    expect(phrase?.title).toBe('Shadow Secretary of State for the Family');
  });

  it('splits a pre-modifying title off the name', () => {
    const phrase = before('South Korean newspaper Chosun Ilbo reported that', 'reported');
    expect(phrase).toMatchObject({ name: 'Chosun Ilbo', title: 'South Korean newspaper' });
  });

  it('skips auxiliaries and adverbs and drops a leading the', () => {
    expect(before('and the Kremlin has confirmed that', 'confirmed')?.name).toBe('Kremlin');
    expect(before('Analysts widely speculate that', 'speculate')?.name).toBe('Analysts');
  });

  it('reads pronouns and common-noun sources', () => {
    expect(before('he said', 'said')?.pronoun).toBe('he');
    expect(before('According to reports, a source said', 'said')?.name).toBe('a source');
  });

  it('reads the speaker after an inverted cue, apposition included', () => {
    const text = 'said Jeremy Dear, NUJ General Secretary.';
    const phrase = speakerAfter(toks(text), 1, toks(text).length, text);
    expect(phrase).toMatchObject({ name: 'Jeremy Dear', title: 'NUJ General Secretary' });
  });

  it('finds no speaker where there is none', () => {
    expect(before('on the train said', 'said')).toBeNull();
  });
});

describe('time phrases closing a subject', () => {
  it('ends a phrase before the time phrase that closes it', () => {
    expect(beforeTimePhrase(toks('Marsh at the time'), 0, 4)).toBe(1);
    expect(beforeTimePhrase(toks('Marsh last week'), 0, 3)).toBe(1);
    expect(beforeTimePhrase(toks('the new mayor on Tuesday'), 0, 5)).toBe(3);
  });

  it('keeps a phrase that is no more than a time phrase, or has none', () => {
    expect(beforeTimePhrase(toks('last week'), 0, 2)).toBe(2);
    expect(beforeTimePhrase(toks('harbour crews'), 0, 2)).toBe(2);
  });
});
