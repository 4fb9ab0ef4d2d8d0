import { describe, expect, it } from 'vitest';
import { QUOTE_CUES_CONFIG } from '../../../scripts/quote-cues.config.js';
import { beforeOf, complementOf, type CueUse, CueScorer, cueFeatureNames, cueFeatures, opensClause } from './cue-model.js';
import { CUE_MODEL } from './cue-model.generated.js';
import { inflections } from './cues.js';
import type { Tok } from './phrases.js';

const word = (text: string, kind: Tok['kind'] = 'word'): Tok => ({ text, lower: text.toLowerCase(), kind, textStart: 0, textEnd: text.length });

const use = (over: Partial<CueUse>): CueUse => ({
  base: 'explain', form: 'past', complement: 'determiner', before: 'name', subject: 'proper', contentWords: 9, quoted: false, finite: true, offset: 2,
  ...over,
});

describe('the learned cue model', () => {
  it('matches the configuration it was trained with', () => {
    expect(CUE_MODEL.config).toEqual(QUOTE_CUES_CONFIG);
    expect(CUE_MODEL.verbs).toEqual(QUOTE_CUES_CONFIG.verbs);
    expect(CUE_MODEL.threshold).toBe(QUOTE_CUES_CONFIG.threshold);
    expect(CUE_MODEL.features).toEqual(cueFeatureNames(QUOTE_CUES_CONFIG.verbs));
    expect(CUE_MODEL.model.weights).toHaveLength(CUE_MODEL.features.length);
    expect(CUE_MODEL.model.weights.every(Number.isFinite)).toBe(true);
  });

  it('writes one column per feature name, with the verb, its complement and its subject set', () => {
    const verbs = new Map([['explain', 0], ['want', 1]]);
    const names = cueFeatureNames(['explain', 'want']);
    const row = new Float64Array(names.length);
    cueFeatures(use({ complement: 'that' }), verbs, row, 0);
    const set = names.filter((_, i) => row[i] === 1);
    expect(set).toEqual(expect.arrayContaining(['verb:explain', 'verb:explain&clause', 'form:past', 'next:that', 'before:name', 'subject:proper', 'content:finite']));
    expect(set).not.toContain('verb:want');
  });

  it('tells a clause after a verb from a noun phrase', () => {
    const scorer = new CueScorer(CUE_MODEL);
    const clause = scorer.probability(use({ complement: 'that', finite: true }));
    const phrase = scorer.probability(use({ complement: 'determiner', finite: false, contentWords: 3 }));
    expect(clause).toBeGreaterThan(phrase);
    expect(clause).toBeGreaterThan(0);
    expect(clause).toBeLessThan(1);
  });

  it('reads the shapes around a verb', () => {
    expect(complementOf(word('that'))).toBe('that');
    expect(complementOf(word('about'))).toBe('about');
    expect(complementOf(word('whether'))).toBe('wh');
    expect(complementOf(word('Congress'))).toBe('capitalised');
    expect(complementOf(word(',', 'punct'))).toBe('punct');
    expect(complementOf(undefined)).toBe('punct');
    expect(beforeOf(word('has'))).toBe('auxiliary');
    expect(beforeOf(word('the'))).toBe('determiner');
    expect(beforeOf(word('Ortiz'))).toBe('name');
    expect(beforeOf(undefined)).toBe('start');
    expect(opensClause(['the', 'ferry', 'had', 'left'].map((w) => word(w)), 0, 4)).toBe(true);
    expect(opensClause(['a', 'ban', 'on', 'boats'].map((w) => word(w)), 0, 4)).toBe(false);
  });

  it('knows every form of its verbs, irregular ones included', () => {
    const forms = inflections(['know', 'want', 'criticize']);
    expect(forms.get('knew')).toEqual({ base: 'know', form: 'past' });
    expect(forms.get('wants')).toEqual({ base: 'want', form: 'third' });
    expect(forms.get('criticizing')).toEqual({ base: 'criticize', form: 'gerund' });
    expect(forms.has('known')).toBe(true);
  });
});
