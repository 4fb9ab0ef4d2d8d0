import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../pipeline/article.js';

describe('publishedAt extractor', () => {
  it('reads a date line near the top and leaves it out of the body', () => {
    const article = parseArticle('Port reopens\n\nPublished: March 3, 2024\n\nThe port reopened on Monday.');
    expect(article.publishedAt).toBe('2024-03-03');
    expect(article.body.paragraphs.map((p) => p.text)).toEqual(['The port reopened on Monday.']);
  });

  it('prefers a stated date and normalises it', () => {
    expect(parseArticle('---\ndate: 2024-03-05T10:00:00Z\n---\n\n# T\n\nText.').publishedAt).toBe('2024-03-05T10:00:00.000Z');
  });

  it('reports a stated date it cannot read and is null without one', () => {
    const article = parseArticle('---\ndate: someday\n---\n\n# T\n\nText.');
    expect(article.publishedAt).toBeNull();
    expect(article.diagnostics.map((d) => d.code)).toContain('unreadable-date');
    expect(parseArticle('Port reopens\n\nIt reopened on Tuesday.').publishedAt).toBeNull();
  });
});
