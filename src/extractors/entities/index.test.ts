import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { BoilerplateSchema } from '../../model/article.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { createParser } from '../../pipeline/parser.js';
import { bodyExtractor } from '../body/index.js';
import { createEntitiesExtractor, entitiesExtractor } from './index.js';

const ARTICLE = [
  'Tavares Holds Firm as Harbour Strike Reaches Rotterdam',
  '',
  'LISBON (Reuters) - Port Director Jonas Tavares said on Tuesday, March 5, 2024 that the strike by the Harbour Workers Union would go on.',
  '',
  'Read also: Oslo ferry fares to rise',
  '',
  'The union’s leader, Ana Quiroga, told reporters in Rotterdam that Tavares’s offer was too small. “We will stay out,” Quiroga said.',
].join('\n');

// A boilerplate step of the test's own, so the test does not depend on the real detector.
const readAlso = defineExtractor({
  name: 'boilerplate',
  schema: z.array(BoilerplateSchema),
  extract(ctx) {
    const start = ctx.analysis.source.indexOf('Read also');
    const end = ctx.analysis.source.indexOf('\n', start);
    return [{ kind: 'related' as const, text: ctx.analysis.source.slice(start, end), start, end }];
  },
});

const parse = (text: string, extractor = entitiesExtractor) =>
  createParser({ extractors: [readAlso, bodyExtractor, extractor] }).parse(text, { format: 'text' }).entities;

describe('entities extractor', () => {
  it('finds each entity once, with every mention at its offsets in the input', () => {
    const entities = parse(ARTICLE);
    const tavares = entities.find((e) => e.name === 'Jonas Tavares')!;
    expect(tavares).toMatchObject({ type: 'person', title: 'Port Director' });
    expect(tavares.mentions.map((m) => m.text)).toEqual(['Tavares', 'Jonas Tavares', 'Tavares’s']);
    for (const e of entities) for (const m of e.mentions) expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
    expect(entities.find((e) => e.name === 'Harbour Workers Union')?.type).toBe('organization');
    expect(entities.find((e) => e.name === 'Rotterdam')?.mentions).toHaveLength(2);
    expect(entities.find((e) => e.type === 'date')).toMatchObject({ name: 'Tuesday, March 5, 2024', value: '2024-03-05' });
  });

  it('ignores entities that appear only inside boilerplate', () => {
    expect(parse(ARTICLE).map((e) => e.name)).not.toContain('Oslo');
  });

  it('scores salience from headline, lead and quotes, the most salient at 1', () => {
    const entities = parse(ARTICLE);
    expect(entities[0]).toMatchObject({ name: 'Jonas Tavares', salience: 1 });
    for (const e of entities) expect(e.salience).toBeGreaterThanOrEqual(0);
    const quiroga = entities.find((e) => e.name === 'Ana Quiroga')!;
    const lisbon = entities.find((e) => e.name === 'LISBON' || e.name === 'Lisbon')!;
    expect(quiroga.salience).toBeGreaterThan(lisbon.salience);
  });

  it('runs a recogniser the user brings', () => {
    const custom = createEntitiesExtractor({
      recognise: (text, ranges) =>
        ranges.flatMap((r) => {
          const i = text.slice(r.start, r.end).indexOf('Harbour');
          return i < 0 ? [] : [{ text: 'Harbour', start: r.start + i, end: r.start + i + 7, type: 'place' as const }];
        }),
    });
    const entities = parse(ARTICLE, custom);
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'Harbour', type: 'place' });
    expect(entities[0]!.mentions).toHaveLength(2);
  });

  it('drops mentions a recogniser places outside the text', () => {
    const broken = createEntitiesExtractor({
      recognise: (text) => [
        { text: 'x', start: -4, end: 2, type: 'person' },
        { text: 'y', start: text.length, end: text.length + 9, type: 'person' },
      ],
    });
    expect(parse(ARTICLE, broken)).toEqual([]);
  });
});
