import { describe, expect, it } from 'vitest';
import { BARE_CLAUSE_CUES, COGNITION_CUES, CUE_BASE_FORMS, DIRECTIVE_CUES, inflections, isCueVerb, SPEECH_CUES, WordShapes } from './cues.js';

describe('cue verbs', () => {
  it('lists every inflected form of the verbs of saying', () => {
    for (const form of ['say', 'says', 'said', 'saying', 'told', 'emphasized', 'emphasised', 'denies', 'denied', 'admitted', 'urging', 'concurred']) {
      expect(SPEECH_CUES.has(form), form).toBe(true);
    }
  });

  it('lists every inflected form of the verbs of believing', () => {
    for (const form of ['believes', 'thought', 'speculate', 'speculates', 'expects', 'fears', 'hoped', 'hoping']) {
      expect(COGNITION_CUES.has(form), form).toBe(true);
    }
  });

  it('matches any case and rejects ordinary words', () => {
    expect(isCueVerb('Said')).toBe(true);
    expect(isCueVerb('ASSERTS')).toBe(true);
    expect(isCueVerb('train')).toBe(false);
    expect(isCueVerb('departed')).toBe(false);
  });

  it('knows which cues take a bare clause and which are base forms', () => {
    expect(BARE_CLAUSE_CUES.has('said')).toBe(true);
    expect(BARE_CLAUSE_CUES.has('announced')).toBe(false);
    // Verbs that take a noun object far more often than a clause without `that` (`stated its aims`, `maintained his silence`).
    expect(BARE_CLAUSE_CUES.has('states')).toBe(false);
    expect(BARE_CLAUSE_CUES.has('maintained')).toBe(false);
    expect(CUE_BASE_FORMS.has('tweet')).toBe(true);
    expect(CUE_BASE_FORMS.has('tweeted')).toBe(false);
  });

  it('knows how directive cues introduce their content', () => {
    expect(DIRECTIVE_CUES.get('vowed')).toBe('to');
    expect(DIRECTIVE_CUES.get('urged')).toBe('object-to');
    expect(DIRECTIVE_CUES.get('called')).toBe('for');
  });

  it('settles words by their shapes without losing any word of the list', () => {
    const shapes = new WordShapes(['theorize', 'said', 'so']);
    expect(shapes.mayHold('said')).toBe(true);
    expect(shapes.mayHold('theorize')).toBe(true);
    // Same first letters, another ending and length.
    expect(shapes.mayHold('the')).toBe(false);
    expect(shapes.mayHold('ferry')).toBe(false);
    // A word too short to shape in the list lets every short word through to the exact lookup.
    expect(shapes.mayHold('so')).toBe(true);
    expect(new WordShapes(['said']).mayHold('so')).toBe(false);
    const verbs = inflections(['say', 'want']);
    expect(verbs.get('wanted')).toEqual({ base: 'want', form: 'past' });
    expect(verbs.get('wander')).toBeUndefined();
    expect(verbs.has('says')).toBe(true);
  });
});
