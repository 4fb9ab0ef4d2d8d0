import { z } from 'zod';
import { BoilerplateSchema } from '../../model/article.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { findBoilerplate } from './detect.js';

/**
 * Page litter between and after the paragraphs: related-article lines, share widgets,
 * recommendation blocks, ads, credits, newsletter and follow calls, embeds and footers,
 * each with its kind and source offsets. The body extractor cuts these spans out.
 */
export const boilerplateExtractor = defineExtractor({
  name: 'boilerplate',
  schema: z.array(BoilerplateSchema),
  fallback: [],
  extract(ctx) {
    return findBoilerplate(ctx.analysis);
  },
});
