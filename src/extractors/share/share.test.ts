import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { Analysis } from '../../analysis/context.js';
import type { PageMetadata, RemovedRegion } from '../../input/document.js';
import { loadDocument } from '../../input/index.js';
import { EntitySchema } from '../../model/article.js';
import { defineExtractor, type ExtractorContext } from '../../pipeline/extractor.js';
import { createParser } from '../../pipeline/parser.js';
import { bodyExtractor } from '../body/index.js';
import { boilerplateExtractor } from '../boilerplate/index.js';
import { datelineExtractor } from '../dateline/index.js';
import { headlineExtractor } from '../headline/index.js';
import { hashtagsFrom, toHashtag } from './hashtags.js';
import { DESCRIPTION_MAX, shareExtractor, trimToWord } from './index.js';
import { shareTargets } from './targets.js';

const base = [headlineExtractor, datelineExtractor, boilerplateExtractor, bodyExtractor, shareExtractor] as const;
const parser = createParser({ extractors: base });

const SOURCE = [
  'Ferry company adds sailings after record summer',
  '',
  'The ferry company added two sailings a day after a record summer. Its chief executive said demand had never been higher.',
  '',
  'Fares will stay the same until April, the company said.',
  '',
  'Share post:',
  '',
  'More like this',
].join('\n');

/** An entities extractor standing in for the real one, which another part of the library provides. */
const fakeEntities = defineExtractor({
  name: 'entities',
  schema: z.array(EntitySchema),
  extract: () => [
    { id: 'e1', name: 'Isla Ferries', type: 'organization' as const, mentions: [], salience: 0.4 },
    { id: 'e2', name: 'Kim Jong Un', type: 'person' as const, mentions: [], salience: 0.9 },
    { id: 'e3', name: 'Monday', type: 'date' as const, mentions: [], salience: 1 },
    { id: 'e4', name: "St. Mary's Harbour", type: 'place' as const, mentions: [], salience: 0.2 },
    { id: 'e5', name: 'Ferry Board', type: 'organization' as const, mentions: [], salience: 0.1 },
  ],
});

describe('share', () => {
  it('finds the widget and its label, the title and the lead', () => {
    const share = parser.parse(SOURCE, { format: 'text' }).share;
    expect(share.widget).toEqual({ present: true, labels: ['Share post:'] });
    expect(share.title).toBe('Ferry company adds sailings after record summer');
    expect(share.description).toBe(
      'The ferry company added two sailings a day after a record summer. Its chief executive said demand had never been higher.',
    );
    expect(share.url).toBeNull();
    expect(share.targets).toEqual([]);
    expect(share.hashtags).toEqual([]);
  });

  it('reports no widget for an article without one', () => {
    const share = parser.parse('Ferry company adds sailings\n\nThe company added two sailings a day.', { format: 'text' }).share;
    expect(share.widget).toEqual({ present: false, labels: [] });
  });

  it('finds a share label at the end of another kind of litter', () => {
    const bio = 'Ann Reed is a reporter at The Ledger. Follow Ann on Twitter. Share this:';
    const share = parser.parse(`${SOURCE.split('\n\nShare')[0]}\n\n${bio}`, { format: 'text' }).share;
    expect(share.widget).toEqual({ present: true, labels: ['Share this:'] });
  });

  it('builds share-intent URLs from the url option, encoded with URLSearchParams', () => {
    const url = 'https://news.example/ferry?id=7&lang=en';
    const share = parser.parse(SOURCE, { format: 'text', url }).share;
    expect(share.url).toBe(url);
    expect(share.targets.map((t) => t.network)).toEqual(['x', 'facebook', 'linkedin', 'reddit', 'whatsapp', 'telegram', 'email']);
    const x = new URL(share.targets[0]!.url);
    expect(x.origin + x.pathname).toBe('https://x.com/intent/tweet');
    expect(x.searchParams.get('url')).toBe(url);
    expect(x.searchParams.get('text')).toBe(share.title);
    expect(new URL(share.targets[1]!.url).searchParams.get('u')).toBe(url);
    const email = share.targets[6]!.url;
    expect(email.startsWith('mailto:?subject=Ferry%20company')).toBe(true);
    expect(email).not.toContain('+');
    expect(decodeURIComponent(email.split('body=')[1]!)).toBe(`${share.description}\n\n${url}`);
  });

  it('falls back to the canonical URL and image the input states', () => {
    const source = '---\ntitle: Ferry company adds sailings\n---\n\n# Ferry company adds sailings\n\nThe company added two sailings a day.';
    const document = loadDocument(source, 'markdown', []);
    const page: PageMetadata = { ...document.page, canonicalUrl: 'https://news.example/ferry', image: 'https://news.example/ferry.jpg', keywords: ['ferries', 'island life'] };
    const share = runShare(new Analysis({ ...document, page }), {});
    expect(share.url).toBe('https://news.example/ferry');
    expect(share.image).toBe('https://news.example/ferry.jpg');
    expect(share.hashtags).toEqual(['#Ferries', '#IslandLife']);
    expect(share.targets).toHaveLength(7);
  });

  it('ignores a URL option that is not http(s)', () => {
    expect(parser.parse(SOURCE, { format: 'text', url: 'javascript:alert(1)' }).share.url).toBeNull();
  });

  it('reads the share bars an HTML adapter cut out', () => {
    const document = loadDocument('Ferry company adds sailings\n\nThe company added two sailings a day.', 'text', []);
    const removed: RemovedRegion[] = [{ kind: 'share', start: 0, end: 5, labels: ['Share this article', 'Facebook'], links: [] }];
    const share = runShare(new Analysis({ ...document, removed }), {});
    expect(share.widget).toEqual({ present: true, labels: ['Share this article', 'Facebook'] });
  });

  it('takes hashtags from the most salient people, organisations and places when entities ran', () => {
    const withEntities = createParser({ extractors: [...base, fakeEntities] });
    expect(withEntities.parse(SOURCE, { format: 'text' }).share.hashtags).toEqual(['#KimJongUn', '#IslaFerries', '#StMarysHarbour']);
  });

  it('leaves the dateline out of the description', () => {
    const source = 'Ferry company adds sailings\n\nKESTREL BAY, Maine — The company added two sailings a day.';
    expect(parser.parse(source, { format: 'text' }).share.description).toBe('The company added two sailings a day.');
  });
});

describe('share helpers', () => {
  it('cuts a long description at a word boundary within the limit', () => {
    const long = `${'harbour '.repeat(40)}end`;
    const cut = trimToWord(long)!;
    expect(cut.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(cut.endsWith('harbour…')).toBe(true);
    expect(trimToWord('x'.repeat(500))!.length).toBe(DESCRIPTION_MAX);
    expect(trimToWord('  ')).toBeNull();
  });

  it('makes hashtags from names and reads odd entity results defensively', () => {
    expect(toHashtag('Kim Jong Un')).toBe('#KimJongUn');
    expect(toHashtag('2024')).toBeNull();
    expect(hashtagsFrom('not an array', undefined)).toEqual([]);
    expect(hashtagsFrom([null, 3, { name: 'Oslo' }, { name: 'Oslo', type: 'place', salience: Number.NaN }], ['Ports'])).toEqual(['#Ports']);
  });

  it('encodes titles with symbols safely', () => {
    const [x] = shareTargets({ url: 'https://a.example/?q=1', title: 'Fees & fares: 50% up #now', description: null, hashtags: [] });
    expect(new URL(x!.url).searchParams.get('text')).toBe('Fees & fares: 50% up #now');
  });
});

function runShare(analysis: Analysis, results: Record<string, unknown>) {
  const ctx = {
    analysis,
    options: {},
    get: (name: string) => results[name],
    has: (name: string) => name in results,
    report: () => {},
  } as unknown as ExtractorContext;
  return shareExtractor.schema.parse(shareExtractor.extract(ctx));
}
