import { z } from 'zod';
import { normaliseDate, stripDateLabel } from '../../analysis/dates.js';
import { defineExtractor } from '../../pipeline/extractor.js';

/** When the article was published, as ISO 8601: the stated date (metadata, front matter), else a date line near the top. */
export const publishedAtExtractor = defineExtractor({
  name: 'publishedAt',
  schema: z.string().min(4).nullable(),
  extract({ analysis, report }) {
    const stated = analysis.page.publishedAt;
    if (stated) {
      const iso = normaliseDate(stated);
      if (iso) return iso;
      report({ code: 'unreadable-date', message: `The stated publication date \`${stated.slice(0, 80)}\` is not a date.` });
    }
    const line = analysis.lead.dateLine;
    return line ? normaliseDate(stripDateLabel(line.text)) : null;
  },
});
