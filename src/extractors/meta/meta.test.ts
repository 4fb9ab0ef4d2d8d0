import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../pipeline/article.js';
import { detectLanguage, normaliseLanguageTag } from './language.js';

describe('meta extractor', () => {
  it('counts body words and rounds reading time up to at least a minute', () => {
    const article = parseArticle('Headline words here\n\nOne two three four five.');
    expect(article.meta).toMatchObject({ format: 'text', wordCount: 5, readingTimeMinutes: 1 });
  });

  it('is zero for an empty article', () => {
    expect(parseArticle('').meta).toEqual({ format: 'text', wordCount: 0, readingTimeMinutes: 0, language: null });
  });

  it('prefers a stated language tag', () => {
    expect(parseArticle('---\nlang: de-AT\n---\n\n# Titel\n\nText.').meta.language).toBe('de');
  });
});

describe('detectLanguage', () => {
  it('detects languages from enough text and gives up on too little', () => {
    expect(detectLanguage('The government announced on Tuesday that the new rules would come into force next year, despite objections.')).toBe('en');
    expect(detectLanguage('Die Regierung hat am Dienstag angekündigt, dass die neuen Regeln im nächsten Jahr in Kraft treten werden.')).toBe('de');
    expect(detectLanguage('Too short.')).toBeNull();
  });
});

describe('normaliseLanguageTag', () => {
  it('keeps the primary subtag', () => {
    expect(normaliseLanguageTag('en-GB')).toBe('en');
    expect(normaliseLanguageTag('pt_BR')).toBe('pt');
    expect(normaliseLanguageTag('not a tag')).toBeNull();
  });
});
