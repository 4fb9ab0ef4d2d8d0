// The browser build's behaviour, in Node: the bindings swapped as the browser build swaps them.
import { describe, expect, it, vi } from 'vitest';

vi.mock('./bindings.js', () => import('./bindings.browser.js'));

const { parseArticle } = await import('../pipeline/article.js');
const { loadParts, getPart } = await import('./index.js');
const { recogniseNames } = await import('./entities.js');

const english = 'Harbour reopens\n\nThe harbour at Porthlyn reopened on Monday, said Tom Price, who has been the harbour master there since 2019 and who said that the storm was the worst he had seen.';
const french = 'Le port rouvre\n\nLe port de Porthlyn a rouvert lundi, trois semaines après la tempête. « Nous sommes de retour », a déclaré Tom Price, le capitaine du port, devant les pêcheurs réunis sur le quai.';

describe('optional parts in the browser build, before and after loading', () => {
  it('parses text without them, saying what was left out', () => {
    expect(getPart('entities')).toBeUndefined();
    const article = parseArticle(english);
    expect(article.headline).toBe('Harbour reopens');
    expect(article.entities).toEqual([]);
    expect(article.diagnostics).toContainEqual(expect.objectContaining({ extractor: 'entities', code: 'entities-not-loaded', severity: 'warning' }));
    const other = parseArticle(french);
    expect(other.meta.language).toBeNull();
    expect(other.diagnostics).toContainEqual(expect.objectContaining({ extractor: 'meta', code: 'language-not-loaded', severity: 'info' }));
  });

  it('refuses HTML and the entity helpers with a typed error until their part is loaded', () => {
    expect(() => parseArticle('<html><body><h1>A</h1><p>B</p></body></html>', { format: 'html' })).toThrow(
      expect.objectContaining({ name: 'BroadsheetError', code: 'PART_NOT_LOADED' }),
    );
    expect(() => recogniseNames('Tom Price')).toThrow(expect.objectContaining({ code: 'PART_NOT_LOADED' }));
  });

  it('after loadParts, parses as the Node build does', async () => {
    await loadParts();
    const article = parseArticle(english);
    expect(article.entities.map((entity) => entity.name)).toContain('Tom Price');
    expect(article.diagnostics).toEqual([]);
    expect(parseArticle(french).meta.language).toBe('fr');
    expect(parseArticle('<html><body><h1>A title</h1><p>Some body text here.</p></body></html>', { format: 'html' }).headline).toBe('A title');
  });
});
