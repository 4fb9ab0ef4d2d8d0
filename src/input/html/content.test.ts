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

  it('reads the content of a page wrapped in one <form>, as old ASP.NET pages are', () => {
    const prose = 'The council voted on the new bridge after a long debate, and the mayor spoke for an hour about its cost. ';
    const html = `<html><body><form id="main"><div class="story"><p>${prose}</p><p>${prose}</p></div></form></body></html>`;
    expect(paragraphs(html)).toHaveLength(2);
  });

  it('reads a layout table whose rows sit inside other elements', () => {
    const prose = 'Farmers in the valley reported a late frost, which damaged much of the early fruit, the growers said. ';
    const html = `<body><table><span><tr><td><p>${prose}</p><p>${prose}</p></td></tr></span></table></body>`;
    expect(paragraphs(html)).toHaveLength(2);
  });

  it('passes over an <article> that holds only comments for the story beside it', () => {
    const story = 'The museum reopened on Saturday with a new wing, and hundreds of visitors queued in the rain to see it. ';
    const comment = 'I visited last week and thought the new wing was wonderful, though the queue was long, and the cafe was shut. ';
    const html = `<body><div class="entry"><p>${story}</p><p>${story}</p></div>
      <article class="thread"><div class="comments">${`<p>${comment}</p>`.repeat(6)}</div></article></body>`;
    expect(paragraphs(html)).toEqual([story.trim(), story.trim()]);
  });

  it('keeps the text of a page that is mostly links rather than returning nothing', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<a href="/t/${i}">Topic number ${i} in the index</a>`).join(' ');
    const html = `<body><div id="index">${links} A short note on how this index is kept.</div></body>`;
    expect(paragraphs(html).join(' ')).toContain('Topic number 3');
  });

  it('scores text written between <br>s in a container that also holds blocks', () => {
    const line = 'The river rose through the night, and by morning the old mill road was under water, residents said. ';
    const teaser = '<p>Other news, from the region, briefly told for readers today.</p>';
    const html = `<body><div id="page"><div class="col">${teaser.repeat(3)}</div><div class="story"><h2>Flood</h2>${`${line}<br><br>`.repeat(6)}</div></div></body>`;
    const text = paragraphs(html).join(' ');
    expect(text).toContain('old mill road');
  });
});

describe('furniture named without separators', () => {
  const article = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the report on the harbour, with enough words, commas, and detail to count as prose.</p>`).join('');
  const comments = '<ul class="commentlist"><li class="commententry"><div class="commentContent"><p>I have read many reports on harbours over the years, and this one, frankly, is the best of them.</p></div></li></ul>';

  it('leaves out `postcomments`, `commentlist` and kin, and keeps a commentary', () => {
    const texts = paragraphs(`<html><body><div class="entry">${article}<div class="postcomments">${comments}</div></div></body></html>`);
    expect(texts).toHaveLength(4);
    const commentary = paragraphs(`<html><body><div class="commentary">${article}</div></body></html>`);
    expect(commentary).toHaveLength(4);
  });

  it('leaves out a related rail named `relatedPosts`', () => {
    const rail = '<div class="relatedPosts"><p>Another story about the river crossing, told at length, with its own details, and commas.</p></div>';
    expect(paragraphs(`<html><body><div class="entry">${article}${rail}</div></body></html>`)).toHaveLength(4);
  });
});
