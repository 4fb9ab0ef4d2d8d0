import { describe, expect, it } from 'vitest';
import type { PageMetadata } from '../document.js';
import { descendants, type HtmlElement, parseHtml } from './dom.js';
import { readJsonLd } from './jsonld.js';
import { gatherSources, headingOf, readMetadata, stripSiteName } from './metadata.js';
import { urlResolver } from './urls.js';

function meta(head: string, body = '', url?: string, lang = ''): PageMetadata {
  const dom = parseHtml(`<html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`, []);
  const sources = gatherSources(dom.root);
  return readMetadata(sources, readJsonLd(dom.jsonLd, []), urlResolver(sources.base, url, []), [], url);
}
const ld = (data: object) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('stripSiteName', () => {
  it('removes the stated site name on either side', () => {
    expect(stripSiteName('Big storm hits coast | The Gazette', 'The Gazette')).toBe('Big storm hits coast');
    expect(stripSiteName('The Gazette - Big storm hits coast', 'The Gazette')).toBe('Big storm hits coast');
    expect(stripSiteName('Gazette: Big storm hits coast', 'Gazette')).toBe('Big storm hits coast');
  });

  it('keeps a colon that belongs to the headline', () => {
    expect(stripSiteName('Storm: what we know so far', 'The Gazette')).toBe('Storm: what we know so far');
  });

  it('drops short trailing sections when no site name is stated', () => {
    expect(stripSiteName('海外留学生看两会：关注点大不同_教育频道_中国青年网', undefined)).toBe('海外留学生看两会：关注点大不同');
  });
});

describe('headline', () => {
  it('takes JSON-LD, og:title, twitter:title, h1 or <title>, one source at a time', () => {
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'From JSON-LD' })).headline).toBe('From JSON-LD');
    expect(meta('<meta property="og:title" content="From og">').headline).toBe('From og');
    expect(meta('<meta name="twitter:title" content="From twitter">').headline).toBe('From twitter');
    expect(meta('', '<h1>From the h1</h1>').headline).toBe('From the h1');
    expect(meta('<title>From the title | Site</title><meta property="og:site_name" content="Site">').headline).toBe('From the title');
  });

  it('goes with what most sources agree on', () => {
    const head = '<meta property="og:title" content="A promotional wording"><meta name="twitter:title" content="The real headline">';
    expect(meta(head, '<h1>The real headline</h1>').headline).toBe('The real headline');
  });
});

describe('authors', () => {
  it('reads JSON-LD authors as a string, an object or an array', () => {
    expect(meta(ld({ '@type': 'Article', author: 'Ann Lee' })).authors).toEqual(['Ann Lee']);
    expect(meta(ld({ '@type': 'Article', author: { '@type': 'Person', name: 'Ann Lee' } })).authors).toEqual(['Ann Lee']);
    expect(meta(ld({ '@type': 'Article', author: [{ name: 'Ann Lee' }, 'Bo Chen'] })).authors).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('falls back to meta author, then rel=author, then byline elements', () => {
    expect(meta('<meta name="author" content="By Ann Lee, Reporter">').authors).toEqual(['Ann Lee']);
    expect(meta('', '<a rel="author" href="/ann">Ann Lee</a>').authors).toEqual(['Ann Lee']);
    expect(meta('', '<div class="byline">By Ann Lee and Bo Chen</div>').authors).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('reads every author a repeated meta key names, and author slots in run-together class names', () => {
    expect(meta('<meta property="article:author" content="Ann Lee"><meta property="article:author" content="Bo Chen">').authors).toEqual(['Ann Lee', 'Bo Chen']);
    expect(meta('', '<p>Intro.</p><span class="articleAuthorName">Ann Lee</span>').authors).toEqual(['Ann Lee']);
  });

  it('does not credit the page editor as the author', () => {
    const page = meta('<meta name="author" content="王小明">', '<span>责任编辑：王小明</span>');
    expect(page.authors).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads JSON-LD, meta tags and time[datetime]', () => {
    expect(meta(ld({ '@type': 'Article', datePublished: '2024-01-02T03:04:05Z' })).publishedAt).toBe('2024-01-02T03:04:05Z');
    expect(meta('<meta property="article:published_time" content="2024-01-02">').publishedAt).toBe('2024-01-02');
    expect(meta('', '<time datetime="2024-01-02T10:00:00Z">2 Jan</time>').publishedAt).toBe('2024-01-02T10:00:00Z');
  });

  it('takes the earliest of the publication dates one key states', () => {
    const head = '<meta property="article:published_time" content="2024-01-03T00:00:00Z"><meta property="article:published_time" content="2024-01-01T00:00:00Z">';
    expect(meta(head).publishedAt).toBe('2024-01-01T00:00:00Z');
  });

  it('finds a printed date under the headline, a dateline, a date in the title or in the URL', () => {
    expect(meta('', '<h1>Headline here</h1><p><em>May 20, 2019</em></p>').publishedAt).toBe('2019-05-20');
    expect(meta('', '<h1>Headline here</h1><p>April 17, 2015 -- The story starts here.</p>').publishedAt).toBe('2015-04-17');
    expect(meta('<title>Headline - 07.12.2017 - Site</title>').publishedAt).toBe('2017-12-07');
    expect(meta('<link rel="canonical" href="https://e.com/2015/03/18/story/">').publishedAt).toBe('2015-03-18');
  });

  it('reads the modified date', () => {
    expect(meta('<meta property="article:modified_time" content="2024-02-02">').modifiedAt).toBe('2024-02-02');
  });
});

describe('other fields', () => {
  it('reads site name, language, canonical URL, image, description and keywords', () => {
    const page = meta(
      '<meta property="og:site_name" content="The Gazette - All the news"><link rel="canonical" href="/story"><meta property="og:image" content="img/a.jpg"><meta name="description" content="A summary."><meta name="keywords" content="one, two">',
      '',
      'https://e.com/x/',
    );
    expect(page).toMatchObject({
      siteName: 'The Gazette',
      canonicalUrl: 'https://e.com/story',
      image: 'https://e.com/x/img/a.jpg',
      description: 'A summary.',
      keywords: ['one', 'two'],
    });
  });

  it('reads the language from html[lang], then meta, then og:locale', () => {
    expect(readMetadata(gatherSources(parseHtml('<html lang="pt-BR"><p>x', []).root), null, urlResolver(undefined, undefined, []), []).language).toBe('pt-BR');
    expect(meta('<meta http-equiv="content-language" content="nl">').language).toBe('nl');
    expect(meta('<meta property="og:locale" content="en_GB">').language).toBe('en-GB');
  });

  it('turns a bare address site name into the name', () => {
    expect(meta('<meta property="og:site_name" content="http://www.example.com">').siteName).toBe('example');
  });
});

describe('the heading that carries the headline', () => {
  const heading = (body: string, headline: string) => {
    const sources = gatherSources(parseHtml(`<html><body>${body}</body></html>`, []).root);
    return headingOf(sources, headline)?.attrs.id;
  };

  it('is the heading or title-marked element that says it, else the one that says most of it, else the first h1', () => {
    const body = '<h1 id="logo">Valley Notes</h1><h3 id="post" class="entry-title">Planting beans in the spring</h3><h2 id="more">More from the garden</h2>';
    expect(heading(body, 'Planting beans in the spring')).toBe('post');
    expect(heading(body, 'Planting beans in spring')).toBe('post');
    expect(heading(body, 'A different title altogether')).toBe('logo');
  });
});

describe('published dates in order of trust', () => {
  it('reads the scholarly and news-wire date keys', () => {
    expect(meta('<meta name="citation_publication_date" content="2019/04/02">').publishedAt).toMatch(/^2019-04-02/);
  });

  it("takes the page's own meta date over a teaser's earlier <time>", () => {
    const page = meta(
      '<meta property="article:published_time" content="2021-06-10T09:00:00+02:00">',
      '<h1>Rail strike ends</h1><div class="related-stories"><time itemprop="datePublished" datetime="2021-06-01">1 June</time></div>',
    );
    expect(page.publishedAt).toBe('2021-06-10T09:00:00+02:00');
  });

  it("takes the first of a key repeated down the page, not a teaser's days earlier", () => {
    const teasers = ['2021-11-12', '2021-11-09'].map((d) => `<div><meta itemprop="datePublished" content="${d}"></div>`).join('');
    expect(meta('<meta itemprop="datePublished" content="2021-11-19">', teasers).publishedAt).toBe('2021-11-19');
  });

  it('reads a date printed under the headline day first on a German page', () => {
    const page = meta('<title>Neue Brücke</title>', '<h1>Neue Brücke eröffnet</h1><p class="info">Von Anna Beispiel, 03.11.2021, 18:36 Uhr</p>', undefined, 'de');
    expect(page.publishedAt).toBe('2021-11-03');
  });

  it('prefers a printed publication date to one labelled as an update', () => {
    const body = '<h1>Harbour reopens</h1><p>Updated: 12/05/2020</p><p>Published: 11/05/2020</p>';
    expect(meta('', body, undefined, 'en-GB').publishedAt).toBe('2020-05-11');
  });

  it('takes the local day from the URL when the stated time is in UTC and one day off', () => {
    const page = meta('<meta property="article:published_time" content="2023-11-09T03:28:35+00:00">', '', 'https://news.example.com/2023/11/08/story/');
    expect(page.publishedAt).toBe('2023-11-08');
  });

});

describe("headline from the page's one h1", () => {
  it('takes the h1 as readers see it when a rewritten og:title agrees with it in words', () => {
    const page = meta('<meta property="og:title" content="Brexit: talks go into the next round">', '<h1>The war of nerves over Brexit talks goes into the next round</h1>');
    expect(page.headline).toBe('The war of nerves over Brexit talks goes into the next round');
  });

  it("passes over an h1 that is the site's logo", () => {
    const page = meta('<meta property="og:site_name" content="Example Blog"><meta property="og:title" content="Ten ways to bake bread">', '<h1>Example Blog</h1>');
    expect(page.headline).toBe('Ten ways to bake bread');
  });
});

describe('authors beyond the byline class', () => {
  it('reads a schema.org Person in the markup before an organisation credited in JSON-LD', () => {
    const head = ld({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'EX' } });
    const body = '<p><em>Von <span itemscope itemtype="http://schema.org/Person"><meta itemprop="name" content="Cosima Beispiel">Cosima Beispiel</span></em></p>';
    expect(meta(head, body).authors).toEqual(['Cosima Beispiel']);
  });

  it('takes the full name the byline shows for a one-word stated author', () => {
    const body = '<div class="byline">By Nils Beispiel</div>';
    expect(meta('<meta name="author" content="Nils">', body).authors).toEqual(['Nils Beispiel']);
  });
});

describe('page facts read the way readers see them', () => {
  it('leaves a kicker, a <small> date line and screen-reader labels out of the heading', () => {
    const og = '<meta property="og:title" content="Harbour bridge reopens after repairs">';
    expect(meta(og, '<h1><small>Traffic</small><br>Harbour bridge reopens after repairs</h1>').headline).toBe('Harbour bridge reopens after repairs');
    expect(meta(og, '<h1><span class="kicker">Traffic </span>Harbour bridge reopens after repairs</h1>').headline).toBe('Harbour bridge reopens after repairs');
    expect(meta(og, '<h1><span class="sr-only">Headline:</span> Harbour bridge reopens after repairs</h1>').headline).toBe('Harbour bridge reopens after repairs');
  });

  it('lets a title cut short vote for the full one', () => {
    const head = `${ld({ '@type': 'NewsArticle', headline: 'Council approves the new harbour bridge plan after...' })}<title>Council approves the new harbour bridge plan after a long debate</title>`;
    const page = meta(`${head}<meta property="og:title" content="Bridge plan approved"><meta name="twitter:title" content="Bridge plan approved">`);
    expect(page.headline).toBe('Council approves the new harbour bridge plan after a long debate');
    const quoted = meta('<meta property="og:title" content="Mayor calls the plan "reckless""><title>Mayor calls the plan "reckless"</title>');
    expect(quoted.headline).toBe('Mayor calls the plan "reckless"');
  });

  it('decodes references a meta tag escaped twice', () => {
    expect(meta('<meta property="og:title" content="The &amp;#039;quiet&amp;#039; storm">').headline).toBe("The 'quiet' storm");
  });

  it('does not take a per-page app name for the site name', () => {
    const title = 'Preview: the derby draws a full house - Example Sport';
    expect(meta(`<title>${title}</title><meta name="application-name" content="${title}">`).headline).toBe('Preview: the derby draws a full house');
  });

  it('reads the date printed inside the heading or on the line just above it', () => {
    expect(meta('', '<h1>Club opens new stadium<br><small>02.02.2022 • Sport</small></h1><p>Text of 28.01.2022.</p>', undefined, 'de').publishedAt).toBe('2022-02-02');
    expect(meta('', '<div><h3>02.01.2022</h3><h1>Club opens new stadium</h1><p>Text</p><p>Stand 30.04.2022</p></div>', undefined, 'de').publishedAt).toBe('2022-01-02');
  });
});

describe('authors from structured data and markup', () => {
  it('reads an author object stored as a JSON string, and vendor meta keys', () => {
    expect(meta(ld({ '@type': 'NewsArticle', author: '{ "@type": "Person", "name": "Jane Doe" }' })).authors).toEqual(['Jane Doe']);
    expect(meta('<meta name="cse_author" content="Jane Doe">').authors).toEqual(['Jane Doe']);
  });

  it('completes a one-word Person name from its description, through an @id reference', () => {
    const graph = {
      '@graph': [
        { '@type': 'WebPage', '@id': '#page', datePublished: '2023-10-25T09:20:33+00:00', author: { '@id': '#jane' } },
        { '@type': 'Person', '@id': '#jane', name: 'Jane', description: 'Jane Doe writes about cities and trains.' },
      ],
    };
    expect(meta(ld(graph)).authors).toEqual(['Jane Doe']);
  });

  it('skips a person tagged inside a sentence and a dateline place between names', () => {
    const sentence = 'The auction raised more money than expected, said the organiser of the evening, standing in the church hall next to the pastor';
    const body = `<p>${sentence} <span itemscope itemtype="http://schema.org/Person">John Roe</span>.</p><p><em>By <span itemscope itemtype="http://schema.org/Person">Jane Doe</span></em></p>`;
    expect(meta('', body).authors).toEqual(['Jane Doe']);
    expect(meta('<meta name="author" content="Jane Doe, London, John Roe">').authors).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('authors without byline markup', () => {
  it('reads a short credit line in the content', () => {
    const dom = parseHtml('<html><body><p>—— by Jane Doe</p><p>The text of the essay, long enough to be a paragraph of its own.</p></body></html>', []);
    const content = [dom.root];
    expect(readMetadata(gatherSources(dom.root), null, urlResolver(undefined, undefined, []), content).authors).toEqual(['Jane Doe']);
    const prose = parseHtml('<html><body><p>By Monday the river had risen again.</p></body></html>', []);
    expect(readMetadata(gatherSources(prose.root), null, urlResolver(undefined, undefined, []), [prose.root]).authors).toBeUndefined();
  });

  it("takes a personal site's copyright holder last, never a company or the site", () => {
    expect(meta('', '<p>A short post.</p><footer><p>© 2019 Jane Doe</p></footer>').authors).toEqual(['Jane Doe']);
    expect(meta('', '<p>A short post.</p><footer><p>(c) Jane Doe • All rights reserved</p></footer>').authors).toEqual(['Jane Doe']);
    expect(meta('', '<footer><p>© 2019 Example Media GmbH</p></footer>').authors).toBeUndefined();
    expect(meta('<meta property="og:site_name" content="Jane Doe Photography">', '<footer><p>© Jane Doe</p></footer>').authors).toBeUndefined();
  });
});

describe('credit lines near the headline', () => {
  it('reads a date-then-label line under the heading and a Chinese credit line', () => {
    expect(meta('', '<header><h1>Storm closes the harbour</h1><p>Veröffentlicht am 30.01.2022 von Jane Doe</p></header><div><p>Text.</p></div>').authors).toEqual(['Jane Doe']);
    expect(meta('', '<h1>Storm closes the harbour</h1><div>Posted on May 5, 2020 by Jane Doe</div>').authors).toEqual(['Jane Doe']);
    expect(meta('', '<h1>港口因风暴关闭</h1><p><strong>　　作者︱张三</strong></p>').authors).toEqual(['张三']);
  });

  it('takes no credit from a heading that names someone', () => {
    expect(meta('', '<h1>Storm closes the harbour</h1><h2>A speech by Jane Doe</h2>').authors).toBeUndefined();
  });

  it('cuts a site name after « and › separators', () => {
    expect(stripSiteName('Storm closes the harbour « Example Gazette', 'Example Gazette')).toBe('Storm closes the harbour');
    expect(stripSiteName('Example Gazette › Storm closes the harbour', 'Example Gazette')).toBe('Storm closes the harbour');
  });
});

describe('a date stated nowhere else', () => {
  it('falls back to the earliest day printed anywhere on the page', () => {
    expect(meta('', '<div><p>Opening hours</p></div><footer><p>Copyright © 19.12.2019 - 12:14 h by Example Ltd</p></footer>', undefined, 'de').publishedAt).toBe('2019-12-19');
    const posts = '<div><abbr title="Sunday, 8 October 2017">Sun</abbr><p>Post</p></div><div><abbr title="Friday, 6 October 2017">Fri</abbr><p>Post</p></div>';
    expect(meta('', posts, undefined, 'en').publishedAt).toBe('2017-10-06');
  });
});

describe('a UTC stamp on the day before or after', () => {
  it('takes the local day the page prints by its headline', () => {
    const head = '<meta property="article:published_time" content="2020-10-13T21:50:00Z">';
    expect(meta(head, '<h1>Harbour reopens</h1><p>14.10.2020 05:50</p><p>Text.</p>', undefined, 'de').publishedAt).toBe('2020-10-14');
    expect(meta(head, '<h1>Harbour reopens</h1><p>Text.</p>', undefined, 'de').publishedAt?.slice(0, 10)).toBe('2020-10-13');
  });
});

describe('headline shown on the page', () => {
  it('keeps a title whole when a title element shows it whole', () => {
    const head = '<meta property="og:title" content="[Review] Harbour Days - The Quiet Crossing"><title>Reading Nook: [Review] Harbour Days - The Quiet Crossing</title>';
    expect(meta(head, '<h3 class="post-title entry-title">[Review] Harbour Days - The Quiet Crossing</h3>').headline).toBe('[Review] Harbour Days - The Quiet Crossing');
  });

  it("takes the content's one h1 over a differently worded og:title", () => {
    const dom = parseHtml('<html><head><meta property="og:title" content="Hazard service"><title>Hazard service</title></head><body><article><h1>Managing hazardous substances for importers</h1><p>Text.</p></article></body></html>', []);
    const article = [...descendants(dom.root)].filter((n): n is HtmlElement => n.type === 'element' && n.name === 'article');
    expect(readMetadata(gatherSources(dom.root), null, urlResolver(undefined, undefined, []), article).headline).toBe('Managing hazardous substances for importers');
  });

  it('credits no phrase that only looks like a name after `von`', () => {
    expect(meta('', '<h1>Services</h1><p>Registrierung von Neustoffen mittels QSAR</p>').authors).toBeUndefined();
  });
});
