import { describe, expect, it } from 'vitest';
import { HTML_RANKERS_CONFIG } from '../../../scripts/html-rankers.config.js';
import { CREDIT_FEATURES, creditCandidates } from './bylines.js';
import { DATE_FEATURES, dateCandidates } from './dates.js';
import { HEADLINE_FEATURES, headlineCandidates, titleEnds } from './headlines.js';
import { HTML_RANKERS } from './rankers.generated.js';
import { descendants, type HtmlElement, parseHtml } from './dom.js';
import { readJsonLd } from './jsonld.js';
import { gatherSources, headingOf, pageContext, readMetadata } from './metadata.js';
import { urlResolver } from './urls.js';

function read(head: string, body: string) {
  const dom = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`, []);
  const sources = gatherSources(dom.root);
  const jsonLd = readJsonLd(dom.jsonLd, []);
  const urls = urlResolver(sources.base, undefined, []);
  const page = readMetadata(sources, jsonLd, urls, []);
  return { page, candidates: creditCandidates(pageContext(sources, jsonLd, urls, []), headingOf(sources, page.headline)) };
}

describe('generated metadata rankers', () => {
  it('matches its recorded configuration and the features the code computes', () => {
    expect(HTML_RANKERS.authors.config).toEqual(HTML_RANKERS_CONFIG.authors);
    expect([HTML_RANKERS.folds, HTML_RANKERS.iterations]).toEqual([HTML_RANKERS_CONFIG.folds, HTML_RANKERS_CONFIG.iterations]);
    expect(HTML_RANKERS.authors.features).toEqual([...CREDIT_FEATURES]);
    expect(HTML_RANKERS.authors.model.weights).toHaveLength(CREDIT_FEATURES.length);
    expect(HTML_RANKERS.headline.config).toEqual(HTML_RANKERS_CONFIG.headline);
    expect(HTML_RANKERS.headline.features).toEqual([...HEADLINE_FEATURES]);
    expect(HTML_RANKERS.headline.model.weights).toHaveLength(HEADLINE_FEATURES.length);
    expect(HTML_RANKERS.date.config).toEqual(HTML_RANKERS_CONFIG.date);
    expect(HTML_RANKERS.date.features).toEqual([...DATE_FEATURES]);
    expect(HTML_RANKERS.date.model.weights).toHaveLength(DATE_FEATURES.length);
  });
});

describe('headline candidates', () => {
  it('merges the wordings with the same words and keeps the h1 as written', () => {
    const title = 'Storm – over the valley';
    const dom = parseHtml(
      `<html><head><title>${title}</title><meta property="og:title" content="Storm - over the valley"></head><body><h1>Storm – over the valley</h1><h2>Weather</h2></body></html>`,
      [],
    );
    const sources = gatherSources(dom.root);
    const candidates = headlineCandidates(pageContext(sources, null, urlResolver(undefined, undefined, []), []));
    const storm = candidates.find((c) => c.text === 'Storm – over the valley');
    expect(storm?.kinds).toEqual(expect.arrayContaining(['h1', 'og-title', 'og-title-whole', 'title-whole']));
    // An h2 that nothing else states is no candidate.
    expect(candidates.some((c) => c.text === 'Weather')).toBe(false);
  });
});

describe('title ends', () => {
  it("cuts a title's first or last segment and keeps the separators inside the rest", () => {
    expect(titleEnds('Flood – what we know - so far | Valley News')).toEqual({ head: 'Flood – what we know - so far', tail: 'what we know - so far | Valley News' });
    expect(titleEnds('Flood waters recede')).toEqual({});
    expect(titleEnds('- Flood waters recede')).toEqual({});
  });
});

describe('headline of a blog post', () => {
  const blog = (pageUrl: string | undefined, home: string) => {
    const dom = parseHtml(
      `<html><head><title>Valley Notes: Planting beans in spring</title></head><body><h1><a href="${home}">Valley Notes</a></h1>` +
        '<h3 class="post-title entry-title">Planting beans in spring</h3><p>Beans go in when the soil is warm.</p></body></html>',
      [],
    );
    const sources = gatherSources(dom.root);
    const urls = urlResolver(sources.base, pageUrl, []);
    return { page: readMetadata(sources, null, urls, [], pageUrl), candidates: headlineCandidates(pageContext(sources, null, urls, [], pageUrl)) };
  };
  const linksHome = (c: { features: number[] }) => c.features[HEADLINE_FEATURES.indexOf('links-home')];

  it("marks the blog's name heading as linking to the front page and takes the post's title", () => {
    const { page, candidates } = blog(undefined, '/');
    expect(candidates.find((c) => c.text === 'Valley Notes')).toSatisfy((c: { features: number[] }) => linksHome(c) === 1);
    expect(candidates.find((c) => c.text === 'Planting beans in spring')).toSatisfy((c: { features: number[] }) => linksHome(c) === 0);
    expect(page.headline).toBe('Planting beans in spring');
  });

  it('knows an absolute link to the front page from the page address', () => {
    const home = blog('https://notes.example.org/2021/04/beans.html', 'https://notes.example.org/').candidates;
    expect(linksHome(home.find((c) => c.text === 'Valley Notes')!)).toBe(1);
    const elsewhere = blog('https://notes.example.org/2021/04/beans.html', 'https://notes.example.org/about').candidates;
    expect(linksHome(elsewhere.find((c) => c.text === 'Valley Notes')!)).toBe(0);
  });
});

describe('credit candidates', () => {
  it('merges credits naming the same people and records where each came from', () => {
    const { candidates } = read(
      '<meta name="author" content="Jane Doe">',
      '<h1>A storm over the valley</h1><p class="byline">By Jane Doe</p><a href="/author/jane-doe">Jane Doe</a>',
    );
    const jane = candidates.find((c) => c.names.join() === 'Jane Doe');
    expect(jane?.kinds).toEqual(expect.arrayContaining(['meta', 'byline', 'author-link']));
    expect(jane?.features[CREDIT_FEATURES.indexOf('kinds-agreeing')]).toBeGreaterThanOrEqual(2);
  });

  it('reads a byline only a label marks, the name in the next text run', () => {
    const { page, candidates } = read(
      '',
      '<h1>Neue Wege im Stadtwald</h1><div>Am 03.05.2021 in Natur, Umwelt und Stadtleben, Wald und Wiese erschienen · <span>Von</span> <b>Jana Beispiel</b></div><p>Text.</p>',
    );
    expect(candidates.map((c) => c.kinds)).toEqual([['label-text']]);
    expect(page.authors).toEqual(['Jana Beispiel']);
  });

  it('reads the writer from a link to their author page', () => {
    const { page } = read('', '<h1>Une saison au bord du lac</h1><div><a href="https://example.org/auteur/camille-roux/">Camille Roux</a></div><p>Texte.</p>');
    expect(page.authors).toEqual(['Camille Roux']);
  });

  it('prefers the article byline to a commenter, and the list of co-authors to one of them', () => {
    const body =
      '<h1>Harbour plans approved</h1><p class="byline">By Ann Lee and Bo Chen</p><span class="author">Ann Lee</span>' +
      '<div id="comments"><span class="author">Rex Commenter</span></div>';
    expect(read('', body).page.authors).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('takes a lower-case handle from author markup, never from a plain byline text', () => {
    const { candidates } = read('', '<h1>Notes from the allotment</h1><span class="author vcard"><a class="fn" href="/author/tl/">tlow</a></span><p>By the way</p>');
    expect(candidates.map((c) => c.names)).toEqual([['tlow']]);
  });

  it('credits nobody when the page names nobody', () => {
    expect(read('', '<h1>Opening hours</h1><p>Open daily from nine.</p>').page.authors).toBeUndefined();
  });

  it('reads the author an SEO plugin states for link previews, only under a credit label', () => {
    const head = (label: string) => `<meta name="twitter:label1" content="${label}"><meta name="twitter:data1" content="Jana Beispiel">`;
    expect(read(head('Verfasst von'), '<h1>Trails after the rain</h1>').candidates.map((c) => [c.names, c.kinds])).toEqual([[['Jana Beispiel'], ['meta-label']]]);
    expect(read(head('Est. reading time'), '<h1>Trails after the rain</h1>').candidates).toEqual([]);
  });

  it('measures how much the names look like people', () => {
    const { candidates } = read(
      '',
      '<h1>Trails after the rain</h1><span class="author">Peter Muster</span><span class="author">Jana ✉ Beispiel</span><span class="author">Zur PersonAlle Beiträge</span>',
    );
    const feature = (names: string, name: (typeof CREDIT_FEATURES)[number]) => candidates.find((c) => c.names.join() === names)?.features[CREDIT_FEATURES.indexOf(name)];
    expect(feature('Peter Muster', 'odd-characters')).toBe(0);
    expect(feature('Jana ✉ Beispiel', 'odd-characters')).toBe(1);
    expect(feature('Zur PersonAlle Beiträge', 'glued-words')).toBe(1);
    expect(feature('Peter Muster', 'glued-words')).toBe(0);
  });

  it("reads a labelled credit closing the article, and one person's first name alone as the full name shown elsewhere", () => {
    const dom = parseHtml(
      '<html><body><h1>Trails after the rain</h1><article><p>The paths dried by noon and the walkers came back.</p><p>Text: Jana Beispiel</p></article>' +
        '<a class="author" href="/profile/7">Jana</a></body></html>',
      [],
    );
    const sources = gatherSources(dom.root);
    const article = [...descendants(dom.root)].find((n): n is HtmlElement => n.type === 'element' && n.name === 'article')!;
    const candidates = creditCandidates(pageContext(sources, null, urlResolver(undefined, undefined, []), [article]), sources.headings[0]);
    expect(candidates.map((c) => c.names)).toEqual([['Jana Beispiel']]);
    expect(candidates[0]!.kinds).toEqual(expect.arrayContaining(['byline', 'label-text-end']));
  });
});

describe('date candidates', () => {
  const dates = (head: string, body: string, url?: string, lang = 'de') => {
    const dom = parseHtml(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, []);
    const sources = gatherSources(dom.root);
    const urls = urlResolver(sources.base, url, []);
    const page = readMetadata(sources, null, urls, [], url);
    return { page, candidates: dateCandidates(pageContext(sources, null, urls, [], url), headingOf(sources, page.headline)) };
  };
  const feature = (c: { features: number[] } | undefined, name: (typeof DATE_FEATURES)[number]) => c?.features[DATE_FEATURES.indexOf(name)];

  it('merges the sources stating one calendar day and keeps the stamp as stated', () => {
    const { page, candidates } = dates(
      '<meta property="article:published_time" content="2021-03-04T18:30:00+01:00">',
      '<h1>Hafenfest</h1><p>04.03.2021</p><p>Text.</p>',
      'https://example.org/2021/03/04/hafenfest/',
    );
    const day = candidates.find((c) => c.day === '2021-03-04');
    expect(day?.kinds).toEqual(expect.arrayContaining(['meta-published', 'below-heading', 'url']));
    expect(day?.stamp).toBe('2021-03-04T18:30:00+01:00');
    expect(page.publishedAt).toBe('2021-03-04T18:30:00+01:00');
  });

  it('marks the local day a UTC stamp falls one day before', () => {
    const { candidates } = dates('<meta property="article:published_time" content="2020-10-13T21:50:00Z">', '<h1>Harbour reopens</h1><p>14.10.2020 05:50</p>');
    expect(feature(candidates.find((c) => c.day === '2020-10-14'), 'local-day-of-utc')).toBe(1);
    expect(feature(candidates.find((c) => c.day === '2020-10-13'), 'utc-before-local')).toBe(1);
  });

  it('marks a date labelled as an update and a teaser\'s date', () => {
    const { candidates } = dates('', '<h1>Harbour reopens</h1><p>Aktualisiert: 02.05.2021</p><aside><time datetime="2021-04-01">1.4.</time></aside>');
    expect(feature(candidates.find((c) => c.day === '2021-05-02'), 'updated-label')).toBe(1);
    expect(feature(candidates.find((c) => c.day === '2021-04-01' && c.kinds.includes('time')), 'in-teaser')).toBe(1);
  });

  it('takes the first date a label calls the publication, wherever it stands', () => {
    const body = '<h1>Hafenfest</h1><div><p>Text.</p><p><span>Veröffentlicht am</span> <span>03.05.2021</span></p></div>';
    const labelled = dates('', body).candidates.find((c) => c.kinds.includes('labelled'));
    expect(labelled?.day).toBe('2021-05-03');
    expect(feature(labelled, 'published-label')).toBe(1);
  });

  it('reads slashed dates in the page language', () => {
    const body = '<h1>Fiesta mayor</h1><p>05/10/2022</p>';
    expect(dates('', body, undefined, 'es').page.publishedAt).toBe('2022-10-05');
    expect(dates('', body, undefined, 'en-US').page.publishedAt).toBe('2022-05-10');
  });
});
