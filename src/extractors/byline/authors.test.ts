import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../pipeline/article.js';
import { cleanAuthors, parseAuthors } from './authors.js';

describe('parseAuthors', () => {
  it('splits on commas and conjunctions and drops the outlet', () => {
    expect(parseAuthors('By Ana Ruiz and Ben Cole')).toEqual(['Ana Ruiz', 'Ben Cole']);
    expect(parseAuthors('By Ana Ruiz, Ben Cole | Reuters')).toEqual(['Ana Ruiz', 'Ben Cole']);
    expect(parseAuthors('By Ana Ruiz and Ben Cole, Reuters')).toEqual(['Ana Ruiz', 'Ben Cole']);
    expect(parseAuthors('Written by Jean-Luc de la Tour')).toEqual(['Jean-Luc de la Tour']);
  });

  it('drops parts that are not name-shaped', () => {
    expect(parseAuthors('By Ana Ruiz, staff writer')).toEqual(['Ana Ruiz']);
  });
});

describe('cleanAuthors', () => {
  it('trims, strips a By and dedupes stated names', () => {
    expect(cleanAuthors(['  Ana  Ruiz ', 'By Ana Ruiz', 'Ben Cole'])).toEqual(['Ana Ruiz', 'Ben Cole']);
  });
});

describe('byline extractor', () => {
  it('reads a By line under the headline', () => {
    expect(parseArticle('Port reopens\n\nBy Ana Ruiz and Ben Cole\n\nThe port reopened.').byline).toEqual({
      authors: ['Ana Ruiz', 'Ben Cole'],
    });
  });

  it('prefers front matter authors', () => {
    expect(parseArticle('---\nauthor: Clara Obst\n---\n\n# Title\n\nBy Someone Else\n\nText.').byline).toEqual({
      authors: ['Clara Obst'],
    });
  });

  it('is null without a byline', () => {
    expect(parseArticle('Port reopens\n\nThe port reopened on Monday.').byline).toBeNull();
  });
});
