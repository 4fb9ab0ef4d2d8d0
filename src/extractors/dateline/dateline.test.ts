import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../pipeline/article.js';

const dateline = (first: string) => parseArticle(`Headline of the story\n\n${first}\n\nMore.`).dateline;

describe('dateline extractor', () => {
  it('reads a place in capitals before a dash', () => {
    expect(dateline('WHITE PLAINS, N.Y. — The candidate spoke at dawn.')).toBe('WHITE PLAINS, N.Y.');
    expect(dateline('LONDON (Reuters) - Shares fell on Monday.')).toBe('LONDON');
    expect(dateline('WASHINGTON — Lawmakers returned.')).toBe('WASHINGTON');
  });

  it('ignores sentences that merely open with a capital word', () => {
    expect(dateline('A storm — the worst in years — hit the coast.')).toBeNull();
    expect(dateline('The port reopened on Monday.')).toBeNull();
  });

  it('keeps the dateline in the body', () => {
    const article = parseArticle('Headline of the story\n\nLONDON - Shares fell on Monday.\n');
    expect(article.body.paragraphs[0]?.text).toBe('LONDON - Shares fell on Monday.');
  });
});
