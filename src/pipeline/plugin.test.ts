import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineExtractor } from './extractor.js';
import { broadsheet } from './plugin.js';

describe('broadsheet unified plugin', () => {
  it('leaves the Article on file.data.article', async () => {
    const file = new VFile('# Bridge reopens\n\nThe bridge reopened today after repairs.\n');
    const processor = unified().use(remarkParse).use(broadsheet);
    await processor.run(processor.parse(file), file);
    const article = file.data.article as { headline: string; body: { paragraphs: unknown[] }; meta: { format: string } };
    expect(article.headline).toBe('Bridge reopens');
    expect(article.body.paragraphs).toHaveLength(1);
    expect(article.meta.format).toBe('markdown');
  });

  it('reads front matter when the processor parses it', async () => {
    const file = new VFile('---\ntitle: From front matter\nauthor: Ines Calder\n---\n\nThe bridge reopened today.\n');
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(broadsheet);
    await processor.run(processor.parse(file), file);
    expect(file.data.article).toMatchObject({ headline: 'From front matter', byline: { authors: ['Ines Calder'] } });
  });

  it('runs the extractors it is given instead of the defaults', async () => {
    const count = defineExtractor({ name: 'blocks', schema: z.number(), fallback: 0, extract: ({ analysis }) => analysis.blocks.length });
    const file = new VFile('One.\n\nTwo.\n');
    const processor = unified().use(remarkParse).use(broadsheet, { extractors: [count] });
    await processor.run(processor.parse(file), file);
    expect(file.data.article).toEqual({ blocks: 2, diagnostics: [] });
  });
});
