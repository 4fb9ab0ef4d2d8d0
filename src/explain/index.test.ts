import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../model/article.js';
import { parseArticle } from '../pipeline/article.js';
import { renderExplain } from './index.js';
import type { ExplainItem } from './items.js';
import { highlightSource } from './markup.js';

function item(start: number, end: number, layer: ExplainItem['layer'] = 'mention'): ExplainItem {
  return { layer, start, end, label: '', variant: '', fields: {} };
}

/** Each item's fragments, joined in document order, by `data-i`. */
function fragments(html: string): Map<number, string> {
  const { document } = parseHTML(`<pre id="source">${html}</pre>`);
  const texts = new Map<number, string>();
  for (const span of document.querySelectorAll('[data-i]')) {
    const index = Number(span.getAttribute('data-i'));
    texts.set(index, (texts.get(index) ?? '') + span.textContent);
  }
  return texts;
}

describe('highlightSource', () => {
  it('nests items that nest and keeps the source text whole', () => {
    const source = 'Alice said "the harbour & <quay> reopen" today.';
    const items = [item(0, 47, 'paragraph'), item(0, 5), item(11, 40, 'quote'), item(16, 23)];
    const html = highlightSource(source, items);
    expect(parseHTML(`<pre>${html}</pre>`).document.querySelector('pre')!.textContent).toBe(source);
    expect(html.match(/<span/g)).toHaveLength(4);
    for (const [index, text] of fragments(html)) expect(text).toBe(source.slice(items[index]!.start, items[index]!.end));
  });

  it('splits an item that crosses the end of another into fragments that join to its text', () => {
    const source = 'abcdefghijklmnop';
    const items = [item(0, 10, 'quote'), item(5, 15)];
    const html = highlightSource(source, items);
    expect(html.match(/data-i="1"/g)).toHaveLength(2);
    expect(fragments(html)).toEqual(new Map([[0, 'abcdefghij'], [1, 'fghijklmno']]));
  });

  it('escapes markup in the source', () => {
    const html = highlightSource('<script>alert(1)</script>', []);
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('renderExplain', () => {
  const source = [
    'Harbour reopens after storm',
    '',
    'By Jane Doe',
    '',
    'The harbour at Porthlyn reopened on Monday. "We are back in business," said Tom Price, the harbour master.',
    '',
    'Anna Berg, who runs the ferry, said the repairs cost £2m. "It was worth it," Berg said.',
    '',
    'Share this article',
  ].join('\n');
  const article = parseArticle(source);
  const html = renderExplain(source, article);
  const { document } = parseHTML(html);

  it('shows the whole source, and every quote and mention over the text at its offsets', () => {
    expect(document.getElementById('source')!.textContent).toBe(source);
    const items = JSON.parse(document.getElementById('broadsheet-items')!.textContent!) as Array<{ layer: string; fields: Record<string, unknown> }>;
    const texts = new Map<number, string>();
    for (const span of document.querySelectorAll('#source [data-i]')) {
      const index = Number(span.getAttribute('data-i'));
      texts.set(index, (texts.get(index) ?? '') + span.textContent);
    }
    for (const [index, text] of texts) {
      const { start, end } = items[index]!.fields as { start?: number; end?: number };
      if (start !== undefined && end !== undefined) expect(text).toBe(source.slice(start, end));
    }
    const count = (layer: string) => items.filter((entry) => entry.layer === layer).length;
    expect(article.quotes.length).toBeGreaterThan(0);
    expect(count('quote')).toBe(article.quotes.length);
    expect(count('mention')).toBe(article.entities.reduce((sum, entity) => sum + entity.mentions.length, 0));
    expect(count('paragraph')).toBe(article.body.paragraphs.length);
  });

  it('marks the cue inside the attribution and gives each speaker a colour', () => {
    const cues = [...document.querySelectorAll('#source .cue')].map((span) => span.textContent);
    expect(cues).toContain('said');
    const colours = new Set([...document.querySelectorAll('#source .quote')].map((span) => span.getAttribute('style')));
    expect(colours.size).toBe(new Set(article.quotes.map((quote) => quote.speaker?.name ?? null)).size);
  });

  it('carries the Article as JSON that no string in it can break out of', () => {
    const hostile = 'Title\n\nBody with </script><script>alert(1)</script> in it.';
    const page = parseHTML(renderExplain(hostile, parseArticle(hostile))).document;
    expect(JSON.parse(page.getElementById('broadsheet-article')!.textContent!)).toEqual(parseArticle(hostile));
    expect(page.querySelectorAll('script')).toHaveLength(3);
  });

  it('lists items whose offsets do not fit the source instead of highlighting them', () => {
    const broken: Article = { ...article, quotes: [{ ...article.quotes[0]!, start: 5, end: source.length + 10 }] };
    const page = parseHTML(renderExplain(source, broken)).document;
    expect(page.querySelectorAll('#source .quote')).toHaveLength(0);
    expect(page.querySelector('.misplaced')!.textContent).toContain(`quote`);
  });

  it('lists the diagnostics in the side panel', () => {
    const empty = parseArticle('');
    const page = parseHTML(renderExplain('', empty)).document;
    expect(empty.diagnostics.length).toBeGreaterThan(0);
    expect(page.querySelectorAll('.diagnostic')).toHaveLength(empty.diagnostics.length);
  });
});
