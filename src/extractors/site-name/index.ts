import { z } from 'zod';
import { defineExtractor } from '../../pipeline/extractor.js';

/** The publication's name, where the input states it (HTML metadata, front matter). */
export const siteNameExtractor = defineExtractor({
  name: 'siteName',
  schema: z.string().min(1).nullable(),
  extract({ analysis }) {
    return analysis.page.siteName?.trim() || null;
  },
});
