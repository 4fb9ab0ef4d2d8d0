import { z } from 'zod';
import { BoilerplateSchema } from '../../model/article.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { findBoilerplate } from './detect.js';

/**
 * Page litter around and between the paragraphs: in a whole-page text dump, everything outside
 * the located article; related-article lines, share widgets, recommendation blocks, ads,
 * credits, newsletter and follow calls, embeds and footers, each with its kind and source
 * offsets. The body extractor cuts these spans out.
 */
export const boilerplateExtractor = defineExtractor({
  name: 'boilerplate',
  schema: z.array(BoilerplateSchema),
  fallback: [],
  extract(ctx) {
    const region = ctx.analysis.region;
    if (region && region.start < 0 && ctx.analysis.blocks.length > 0) {
      ctx.report({
        code: 'no-article',
        message: 'Found no run of prose that reads as an article: the text is all page litter (menus, lists, links), so the body is empty',
        severity: 'warning',
      });
    }
    return findBoilerplate(ctx.analysis);
  },
});
