import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, ArticleSchema, parseArticle } from '../src/index.js';

/** Every offset the Article gives lies inside the input, start before end. */
function offsetsInside(article: Article, length: number): boolean {
  const spans: Array<{ start?: number; end?: number }> = [
    ...article.body.paragraphs,
    ...article.quotes,
    ...article.entities.flatMap((e) => e.mentions),
    ...article.relatedLinks,
    ...article.boilerplate,
    ...article.diagnostics,
  ];
  return spans.every((s) => (s.start ?? 0) >= 0 && (s.end ?? 0) <= length && (s.start ?? 0) <= (s.end ?? 0));
}

function check(input: string): Article {
  const article = parseArticle(input);
  expect(ArticleSchema.safeParse(article).success).toBe(true);
  expect(offsetsInside(article, input.length)).toBe(true);
  return article;
}

describe('bad input', () => {
  it('gives an Article with a diagnostic for empty and blank input', () => {
    for (const input of ['', '   ', '\n\n\t\n']) {
      const article = check(input);
      expect(article.headline).toBeNull();
      expect(article.diagnostics.map((d) => d.code)).toContain('empty-input');
    }
  });

  it('flags binary junk and NUL bytes without throwing', () => {
    const junk = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    expect(check(junk).diagnostics.map((d) => d.code)).toContain('binary-input');
    check('Headline\n\nText with \u0000 NUL \u0000 bytes.');
  });

  it('survives lone surrogates and keeps them in the body', () => {
    const article = check('Headline here\n\nBroken \uD800 pair and \uDC00 here.');
    expect(article.body.text).toContain('\uD800');
  });

  it('treats CRLF and CR line endings like LF', () => {
    const lf = parseArticle('Headline here\n\nFirst.\n\nSecond.');
    const crlf = check('Headline here\r\n\r\nFirst.\r\n\r\nSecond.');
    const cr = check('Headline here\r\rFirst.\r\rSecond.');
    expect(crlf.body.text).toBe(lf.body.text);
    expect(cr.body.text).toBe(lf.body.text);
  });

  it('parses a single 10 MB line', () => {
    const line = 'word '.repeat(2_000_000);
    const article = check(line);
    expect(article.body.paragraphs).toHaveLength(1);
  }, 60_000);

  it('never throws, always validates and keeps offsets inside the input, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        check(input);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Headline', '\n', '\n\n', '“', '"', 'said', 'By ', '# ', '* ', '> ', '[x](y)', 'Mr. ', 'U.S. ', 'Read Also: ', '---\n', '\r'), {
          maxLength: 60,
        }),
        (parts) => {
          check(parts.join(''));
        },
      ),
      { numRuns: 300 },
    );
  });
});
