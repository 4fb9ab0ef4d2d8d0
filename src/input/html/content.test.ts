import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../analysis/blocks.js';
import { findContent } from './content.js';
import { descendants, type HtmlElement, parseHtml } from './dom.js';
import { htmlToDocument } from './index.js';
import { readJsonLd } from './jsonld.js';
import { measure } from './stats.js';

const elementsByName = (root: HtmlElement, name: string) =>
  [...descendants(root)].filter((n): n is HtmlElement => n.type === 'element' && n.name === name);

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/${name}/input.html`, import.meta.url), 'utf8');

function method(html: string) {
  const dom = parseHtml(html, []);
  const body = elementsByName(dom.root, 'body')[0] ?? dom.root;
  return findContent(body, measure(dom.root), readJsonLd(dom.jsonLd, [])?.articleBody).method;
}

function paragraphs(html: string): string[] {
  return collectBlocks(htmlToDocument(html, [], {}).tree)
    .filter((b) => b.type === 'paragraph')
    .map((b) => b.text.trim());
}

describe('findContent', () => {
  it('finds the element holding the JSON-LD articleBody, even in anonymous markup', () => {
    const html = fixture('html-jsonld');
    expect(method(html)).toBe('json-ld');
    const texts = paragraphs(html);
    expect(texts).toHaveLength(3);
    expect(texts.join(' ')).not.toMatch(/Lifeboat crew|Council votes/);
  });

  it('takes [itemprop=articleBody] and leaves the ad label out', () => {
    const html = fixture('html-itemprop');
    expect(method(html)).toBe('itemprop');
    expect(paragraphs(html)).toHaveLength(3);
    expect(paragraphs(html)).not.toContain('Anzeige');
  });

  it('takes <article> without its share bar, caption, byline and READ MORE pointer', () => {
    const html = fixture('html-article');
    expect(method(html)).toBe('article');
    const texts = paragraphs(html);
    expect(texts).toHaveLength(3);
    expect(texts.join(' ')).not.toMatch(/Facebook|Photo: Gazette|Staff Writer|READ MORE/);
  });

  it('takes <main> without its line of byline and date', () => {
    const html = fixture('html-main');
    expect(method(html)).toBe('main');
    expect(paragraphs(html)).toHaveLength(3);
  });

  it('scores containers when the page has no semantic markup, leaving menus and comments out', () => {
    const html = fixture('html-scoring');
    expect(method(html)).toBe('scoring');
    const texts = paragraphs(html);
    expect(texts).toHaveLength(3);
    expect(texts.join(' ')).not.toMatch(/grandfather|Spring fair/);
  });

  it('prefers a bigger body split into sections over one section of it', () => {
    const section = (n: number) =>
      `<div class="wrap"><div class="sec"><p>Section ${n} opens with a sentence long enough to be counted, with commas, clauses, and more words.</p><p>Section ${n} goes on with a second sentence that is just as long and just as plain.</p></div></div>`;
    const html = `<body><div class="post">${section(1)}<figure><img src="a.jpg"></figure>${section(2)}<div class="ad">x</div>${section(3)}</div><div class="footer"><a href="/">Home</a></div></body>`;
    expect(paragraphs(html)).toHaveLength(6);
  });
});

describe('removed regions', () => {
  it('reports share bars with their labels and related rails with their links', () => {
    const doc = htmlToDocument(fixture('html-article'), [], { url: 'https://gazette.example/news/tools' });
    const share = doc.removed.find((r) => r.kind === 'share')!;
    expect(share.labels).toEqual(['Facebook', 'Tweet', 'Copy link']);
    const related = doc.removed.filter((r) => r.kind === 'related').flatMap((r) => r.links);
    expect(related).toContainEqual({ title: 'Seed library sprouts at the community garden', url: 'https://gazette.example/news/seed-library' });
    expect(doc.removed.some((r) => r.kind === 'comments')).toBe(true);
    expect(doc.removed.some((r) => r.kind === 'navigation')).toBe(true);
    for (let i = 1; i < doc.removed.length; i++) expect(doc.removed[i]!.start).toBeGreaterThanOrEqual(doc.removed[i - 1]!.end);
  });
});
