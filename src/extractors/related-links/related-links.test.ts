import { describe, expect, it } from 'vitest';
import { Analysis } from '../../analysis/context.js';
import type { RemovedRegion } from '../../input/document.js';
import { loadDocument } from '../../input/index.js';
import type { Boilerplate } from '../../model/article.js';
import type { ExtractorContext } from '../../pipeline/extractor.js';
import { createParser } from '../../pipeline/parser.js';
import { bodyExtractor } from '../body/index.js';
import { boilerplateExtractor } from '../boilerplate/index.js';
import { headlineExtractor } from '../headline/index.js';
import { relatedLinksExtractor } from './index.js';

const parser = createParser({ extractors: [headlineExtractor, boilerplateExtractor, bodyExtractor, relatedLinksExtractor] });
const links = (source: string, format: 'text' | 'markdown' = 'text') => parser.parse(source, { format }).relatedLinks;

const BODY = 'The ferry company added two sailings a day after a record summer, its chief executive said on Monday.';

describe('relatedLinks', () => {
  it('turns labelled lines into clean titles with the label as written', () => {
    const source = [
      'Ferry company adds sailings',
      '',
      BODY,
      '',
      'Read Also: Harbour fees to double next spring',
      '',
      BODY,
      '',
      'READ MORE: Why the island ferries keep breaking down',
    ].join('\n');
    expect(links(source).map(({ title, url, label }) => ({ title, url, label }))).toEqual([
      { title: 'Harbour fees to double next spring', url: null, label: 'Read Also' },
      { title: 'Why the island ferries keep breaking down', url: null, label: 'READ MORE' },
    ]);
  });

  it('drops brackets, `>>` markers and a trailing section tag', () => {
    const source = [
      'Ferry company adds sailings',
      '',
      BODY,
      '',
      '[Island council backs a second pier]',
      '',
      '>>The ferry fare war is over | Analysis',
      '',
      BODY,
    ].join('\n');
    expect(links(source).map(({ title, label }) => [title, label])).toEqual([
      ['Island council backs a second pier', '[]'],
      ['The ferry fare war is over', '>>'],
    ]);
  });

  it('takes URLs from Markdown links and from bare URLs', () => {
    const source = [
      '# Ferry company adds sailings',
      '',
      BODY,
      '',
      'Related: [Harbour fees to double](https://example.test/fees)',
      '',
      'See also: Island council backs a second pier https://example.test/pier',
      '',
      '## More like this',
      '',
      '- [Night ferry returns](https://example.test/night)',
      '- [A new timetable for the islands](https://example.test/timetable)',
    ].join('\n');
    expect(links(source, 'markdown').map(({ title, url, label }) => ({ title, url, label }))).toEqual([
      { title: 'Harbour fees to double', url: 'https://example.test/fees', label: 'Related' },
      { title: 'Island council backs a second pier', url: 'https://example.test/pier', label: 'See also' },
      { title: 'Night ferry returns', url: 'https://example.test/night', label: 'More like this' },
      { title: 'A new timetable for the islands', url: 'https://example.test/timetable', label: 'More like this' },
    ]);
  });

  it('gives offsets that cover the line each link came from', () => {
    const source = `Ferry company adds sailings\n\n${BODY}\n\nRead Also: Harbour fees to double\n`;
    const [link] = links(source);
    expect(source.slice(link!.start, link!.end)).toBe('Read Also: Harbour fees to double');
  });

  it('reads the related rails an HTML adapter cut out', () => {
    const document = loadDocument(`Ferry company adds sailings\n\n${BODY}\n`, 'text', []);
    const removed: RemovedRegion[] = [
      {
        kind: 'related',
        start: 0,
        end: 10,
        labels: ['Read next'],
        links: [
          { title: '[Harbour fees to double]', url: 'https://example.test/fees' },
          { title: 'Night ferry returns | Video', url: null },
          { title: 'Home', url: 'https://example.test/' },
          { title: 'Share this on WhatsApp', url: 'whatsapp://send?text=x' },
        ],
      },
      { kind: 'share', start: 10, end: 20, labels: ['Share'], links: [{ title: 'Facebook', url: 'https://facebook.com' }] },
    ];
    const analysis = new Analysis({ ...document, removed });
    const ctx = {
      analysis,
      options: {},
      get: (name: string) => (name === 'boilerplate' ? ([] as Boilerplate[]) : undefined),
      has: () => true,
      report: () => {},
    } as unknown as ExtractorContext;
    expect(relatedLinksExtractor.extract(ctx)).toEqual([
      { title: 'Harbour fees to double', url: 'https://example.test/fees', label: 'Read next', start: 0, end: 10 },
      { title: 'Night ferry returns', url: null, label: 'Read next', start: 0, end: 10 },
    ]);
  });

  it('lists nothing for an article without litter', () => {
    expect(links(`Ferry company adds sailings\n\n${BODY}\n\n${BODY}`)).toEqual([]);
  });

  it('handles a long run of `Read Also:` lines in one pass', () => {
    const many = 'Read Also: x\n'.repeat(20_000);
    // The first line is the headline; every other line is one link.
    expect(links(many)).toHaveLength(19_999);
  });
});
