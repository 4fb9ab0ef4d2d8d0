import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../pipeline/article.js';
import { detectLanguage, normaliseLanguageTag } from './language.js';
import { countWords } from './words.js';

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

describe('countWords', () => {
  // What countWords scans for, as one regular expression.
  const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  const byRegex = (text: string) => text.match(WORD)?.length ?? 0;

  it('counts joined runs once and unspaced characters one by one', () => {
    expect(countWords("It's a well-known, don’t-miss 3.5% rise -- 'quoted'")).toBe(8);
    expect(countWords('東京都 に ⺀ abc漢字 한국어')).toBe(9);
    expect(countWords('')).toBe(0);
  });

  it('agrees with the regular expression on any text', () => {
    const agrees = (text: string) => countWords(text) === byRegex(text);
    const pieces = fc.constantFrom(
      ...['a', 'Z', '9', 'é', 'ß', '漢', 'か', 'カ', '한', '⺀', '〇', '𠀀', '𝐀', '😀', "'", '’', '-', ' ', '.', '\n', '\ud800', '\udc00'],
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => agrees(parts.join(''))), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), agrees), { numRuns: 2000 });
  });
});

describe('detectLanguage', () => {
  it('detects languages from enough text and gives up on too little', () => {
    expect(detectLanguage('The government announced on Tuesday that the new rules would come into force next year, despite objections.')).toBe('en');
    expect(detectLanguage('Die Regierung hat am Dienstag angekündigt, dass die neuen Regeln im nächsten Jahr in Kraft treten werden.')).toBe('de');
    expect(detectLanguage('Too short.')).toBeNull();
  });

  it('answers plain English without the n-gram detector, and leaves other languages to it', () => {
    const english =
      'The minister said on Tuesday that the plan would cut costs, and that hospitals which had waited for the money ' +
      'since the spring would have it before the winter.';
    const dutch =
      'De regering heeft op dinsdag aangekondigd dat de nieuwe regels volgend jaar in werking treden, ondanks bezwaren van de oppositie.';
    // An English phrase inside: still Spanish.
    const spanish =
      'El ministro dijo el martes que the plan reduciría los costes y que los hospitales recibirían el dinero antes del invierno.';
    expect(detectLanguage(english)).toBe('en');
    expect(detectLanguage(dutch)).toBe('nl');
    expect(detectLanguage(spanish)).toBe('es');
  });
});

describe('normaliseLanguageTag', () => {
  it('keeps the primary subtag', () => {
    expect(normaliseLanguageTag('en-GB')).toBe('en');
    expect(normaliseLanguageTag('pt_BR')).toBe('pt');
    expect(normaliseLanguageTag('not a tag')).toBeNull();
  });
});
