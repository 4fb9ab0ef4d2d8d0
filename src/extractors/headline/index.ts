import { z } from 'zod';
import { defineExtractor } from '../../pipeline/extractor.js';

/**
 * The headline: a Markdown h1, else what the input says of itself (front matter
 * `title`, HTML metadata), else a headline-shaped first line. For HTML the page's stated
 * headline (voted from JSON-LD, meta tags, h1 and title) comes first, as an h1 inside
 * the content may be a section title.
 */
export const headlineExtractor = defineExtractor({
  name: 'headline',
  schema: z.string().min(1).nullable(),
  extract({ analysis }) {
    const { lead, page } = analysis;
    if (analysis.format === 'html' && page.headline && clean(page.headline)) return clean(page.headline);
    if (lead.headline?.type === 'heading') return clean(lead.headline.text);
    const stated = page.headline ?? page.title;
    if (stated && clean(stated)) return clean(stated);
    return lead.headline ? clean(lead.headline.text) : null;
  },
});

function clean(text: string): string | null {
  const cleaned = text.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? null : cleaned;
}
