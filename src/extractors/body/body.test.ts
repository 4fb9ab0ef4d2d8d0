import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createParser } from '../../pipeline/parser.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { BoilerplateSchema } from '../../model/article.js';
import { bodyExtractor } from './index.js';

const withLitter = (find: (source: string) => Array<{ start: number; end: number }>) =>
  createParser({
    extractors: [
      defineExtractor({
        name: 'boilerplate',
        schema: z.array(BoilerplateSchema),
        extract: ({ analysis }) =>
          find(analysis.source).map((r) => ({ kind: 'other' as const, text: analysis.source.slice(r.start, r.end), ...r })),
      }),
      bodyExtractor,
    ],
  });

const span = (source: string, text: string) => {
  const start = source.indexOf(text);
  return { start, end: start + text.length };
};

describe('body extractor', () => {
  it('keeps every paragraph but the headline, with offsets into the input', () => {
    const source = 'Headline words here\n\nFirst paragraph.\n\nSecond paragraph.';
    const { body } = createParser({ extractors: [bodyExtractor] }).parse(source);
    expect(body.paragraphs.map((p) => [p.text, source.slice(p.start, p.end)])).toEqual([
      ['First paragraph.', 'First paragraph.'],
      ['Second paragraph.', 'Second paragraph.'],
    ]);
    expect(body.text).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('drops whole boilerplate blocks and cuts partial litter out of a block', () => {
    const source = 'Headline words here\n\nBody sentence. Follow us on Twitter\n\nShare this\n\nLast words.';
    const parser = withLitter((s) => [span(s, 'Follow us on Twitter'), span(s, 'Share this')]);
    expect(parser.parse(source).body.paragraphs.map((p) => p.text)).toEqual(['Body sentence.', 'Last words.']);
  });

  it('keeps both sides of litter in the middle of a block', () => {
    const source = 'Headline words here\n\nBefore. [ad] After.';
    const parser = withLitter((s) => [span(s, '[ad]')]);
    const paragraphs = parser.parse(source).body.paragraphs;
    expect(paragraphs.map((p) => p.text)).toEqual(['Before.', 'After.']);
    expect(paragraphs.map((p) => source.slice(p.start, p.end))).toEqual(['Before.', 'After.']);
  });

  it('maps Markdown paragraphs to their source, markup removed from the text', () => {
    const source = '# Title\n\nSome **bold** words.\n';
    const [paragraph] = createParser({ extractors: [bodyExtractor] }).parse(source).body.paragraphs;
    expect(paragraph?.text).toBe('Some bold words.');
    expect(source.slice(paragraph!.start, paragraph!.end)).toBe('Some **bold** words.');
  });
});
