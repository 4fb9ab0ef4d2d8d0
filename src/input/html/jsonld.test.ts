import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../analysis/blocks.js';
import type { InputProblem } from '../document.js';
import { parseHtml } from './dom.js';
import { htmlToDocument } from './index.js';
import { readJsonLd } from './jsonld.js';

const read = (json: string, problems: InputProblem[] = []) => readJsonLd(parseHtml(`<script type="application/ld+json">${json}</script>`, []).jsonLd, problems);

describe('readJsonLd', () => {
  it('finds the article in a @graph and reads its fields', () => {
    const article = read(
      JSON.stringify({ '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['NewsArticle'], headline: 'H', author: { name: 'A B' }, publisher: { name: 'P' }, image: [{ url: 'i.jpg' }], keywords: 'k1, k2' }] }),
    );
    expect(article).toMatchObject({ headline: 'H', authors: ['A B'], publisher: 'P', image: 'i.jpg', keywords: ['k1', 'k2'] });
  });

  it('reads blocks wrapped in CDATA or comments', () => {
    expect(read('<![CDATA[ {"@type":"BlogPosting","headline":"C"} ]]>')?.headline).toBe('C');
  });

  it('takes the article only along graph and main-entity paths, never one the page merely mentions', () => {
    const mentioned = { '@type': 'WebPage', name: 'Page', about: { '@type': 'NewsArticle', headline: 'Other story' } };
    expect(read(JSON.stringify(mentioned))).toBeNull();
    const nested = { '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', headline: 'Own story' } };
    expect(read(JSON.stringify(nested))?.headline).toBe('Own story');
  });

  it('prefers the first block that holds an article, a WebPage with the facts standing in, and resolves ids across blocks', () => {
    const html = [
      '<script type="application/ld+json">{"@type":"WebSite","name":"Site"}</script>',
      '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Post","author":{"@id":"#jo"}}</script>',
      '<script type="application/ld+json">{"@type":"Person","@id":"#jo","name":"Jo Example"}</script>',
    ].join('');
    expect(readJsonLd(parseHtml(html, []).jsonLd, [])).toMatchObject({ headline: 'Post', authors: ['Jo Example'] });
    expect(read('{"@type":"WebPage","headline":"Stated","datePublished":"2021-02-03"}')).toMatchObject({ headline: 'Stated', datePublished: '2021-02-03' });
  });

  it('reports invalid JSON and goes on', () => {
    const problems: InputProblem[] = [];
    expect(read('{not json', problems)).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['html-jsonld-invalid']);
  });
});

describe('JSON-LD body', () => {
  it('builds the tree from articleBody when the markup does not carry it, with offsets into the literal', () => {
    const body = 'First paragraph of the story, long enough to matter for the check here.\\nSecond \\"quoted\\" paragraph, also long enough to count for something.';
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${body}"}</script></head><body><div id="app">Loading</div></body></html>`;
    const { tree } = htmlToDocument(html, [], {});
    const blocks = collectBlocks(tree);
    expect(blocks.map((b) => b.text)).toEqual([
      'First paragraph of the story, long enough to matter for the check here.',
      'Second "quoted" paragraph, also long enough to count for something.',
    ]);
    expect(html.slice(blocks[0]!.start, blocks[0]!.end)).toBe(blocks[0]!.text);
    expect(html.slice(blocks[1]!.toSource(0), blocks[1]!.toSource(6))).toBe('Second');
  });

  it('resolves an author given by @id and keeps organisations apart from people', () => {
    const graph = {
      '@graph': [
        { '@type': 'Article', headline: 'H', author: [{ '@id': 'https://example.org/#/person/1' }, { '@type': 'Organization', name: 'Example Desk' }] },
        { '@type': 'Person', '@id': 'https://example.org/#/person/1', name: 'Jo Example' },
      ],
    };
    expect(read(JSON.stringify(graph))).toMatchObject({ authors: ['Jo Example'], organisationAuthors: ['Example Desk'] });
  });

  it('takes the credit and the date from a second statement of the article when the first lacks them', () => {
    const html = [
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Post","datePublished":"2021-02-03"}</script>',
      '<script type="application/ld+json">{"@type":"Article","headline":"Post","author":{"@type":"Person","name":"Jo Example"}}</script>',
    ].join('');
    expect(readJsonLd(parseHtml(html, []).jsonLd, [])).toMatchObject({ headline: 'Post', datePublished: '2021-02-03', authors: ['Jo Example'] });
    const swapped = html.replace('"datePublished":"2021-02-03"', '"author":"Ann Lee"').replace('"author":{"@type":"Person","name":"Jo Example"}', '"datePublished":"2021-02-04"');
    expect(readJsonLd(parseHtml(swapped, []).jsonLd, [])).toMatchObject({ datePublished: '2021-02-04', authors: ['Ann Lee'] });
  });

  it('keeps dateCreated apart from datePublished', () => {
    expect(read('{"@type":"NewsArticle","dateCreated":"2020-01-02"}')).toMatchObject({ dateCreated: '2020-01-02' });
    expect(read('{"@type":"NewsArticle","dateCreated":"2020-01-02"}')?.datePublished).toBeUndefined();
  });
});
