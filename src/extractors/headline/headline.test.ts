import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../pipeline/article.js';

describe('headline extractor', () => {
  it('takes a headline-shaped first line of plain text', () => {
    expect(parseArticle('Storm closes harbour for third day\n\nBoats stayed in port on Monday.').headline).toBe(
      'Storm closes harbour for third day',
    );
  });

  it('takes the first h1 of Markdown, else the front matter title', () => {
    expect(parseArticle('## Kicker\n\n# The real headline\n\nText.').headline).toBe('The real headline');
    expect(parseArticle('---\ntitle: From front matter\n---\n\nText only here.', { format: 'markdown' }).headline).toBe(
      'From front matter',
    );
  });

  it('is null when nothing looks like a headline', () => {
    expect(parseArticle('').headline).toBeNull();
    expect(parseArticle('A single sentence that is the whole input.').headline).toBeNull();
  });
});
