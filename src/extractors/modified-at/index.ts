import { z } from 'zod';
import { normaliseDate } from '../../analysis/dates.js';
import { defineExtractor } from '../../pipeline/extractor.js';

/** When the article was last modified, as ISO 8601, where the input states it (metadata, front matter). */
export const modifiedAtExtractor = defineExtractor({
  name: 'modifiedAt',
  schema: z.string().min(4).nullable(),
  extract({ analysis }) {
    const stated = analysis.page.modifiedAt;
    return stated ? normaliseDate(stated) : null;
  },
});
