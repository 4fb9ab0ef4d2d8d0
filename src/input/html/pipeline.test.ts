import { describe, expect, it } from 'vitest';
import { bodyExtractor } from '../../extractors/body/index.js';
import { bylineExtractor } from '../../extractors/byline/index.js';
import { headlineExtractor } from '../../extractors/headline/index.js';
import { publishedAtExtractor } from '../../extractors/published-at/index.js';
import { createParser } from '../../pipeline/parser.js';

const parser = createParser({ extractors: [headlineExtractor, bylineExtractor, publishedAtExtractor, bodyExtractor] });
const story =
  '<p>The river rose two metres overnight, and the footbridge at the mill was closed before breakfast on Sunday.</p><p>Residents moved cars to higher ground, and volunteers filled sandbags in the school yard until noon.</p>';

describe('HTML through the pipeline', () => {
  it('lets the headline the page states in JSON-LD, its title and social tags win over a label in an h1 inside the content', () => {
    const html = `<html><head><title>River floods the mill quarter | Valley News</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"River floods the mill quarter"}</script><meta property="og:title" content="River floods the mill quarter"><meta name="twitter:title" content="River floods the mill quarter"></head><body><article><h1>Live updates</h1>${story}</article></body></html>`;
    expect(parser.parse(html, { format: 'html' }).headline).toBe('River floods the mill quarter');
  });

  it('keeps a Markdown h1 first for Markdown input', () => {
    const md = '---\ntitle: Front matter title\n---\n\n# The heading\n\nSome text of the article.\n';
    expect(parser.parse(md, { format: 'markdown' }).headline).toBe('The heading');
  });

  it('leaves the headline, byline and date out of the body and fills them from the page', () => {
    const html = `<html><head><title>Flood | Valley News</title><meta property="og:site_name" content="Valley News"></head><body><article><h1>Flood</h1><p class="byline">By Ana Ruiz</p><time datetime="2024-03-03T09:00:00Z">3 March 2024</time>${story}</article></body></html>`;
    const result = parser.parse(html, { format: 'html', url: 'https://valley.example/flood' });
    expect(result.headline).toBe('Flood');
    expect(result.byline?.authors).toEqual(['Ana Ruiz']);
    expect(result.publishedAt).toBe('2024-03-03T09:00:00.000Z');
    expect(result.body.paragraphs).toHaveLength(2);
    for (const p of result.body.paragraphs) expect(html.slice(p.start, p.end)).toBe(p.text);
  });

  it('detects HTML with format auto', () => {
    const html = `<!doctype html><html><body><article>${story}</article></body></html>`;
    expect(parser.parse(html).body.paragraphs).toHaveLength(2);
  });
});
