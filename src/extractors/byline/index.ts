import { BylineSchema } from '../../model/article.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { cleanAuthors, parseAuthors } from './authors.js';

/** The authors: those the input states (front matter, metadata), else a `By …` line near the top. */
export const bylineExtractor = defineExtractor({
  name: 'byline',
  schema: BylineSchema.nullable(),
  extract({ analysis }) {
    const stated = analysis.page.authors ? cleanAuthors(analysis.page.authors) : [];
    if (stated.length > 0) return { authors: stated };
    const line = analysis.lead.byline;
    if (!line) return null;
    const authors = parseAuthors(line.text);
    return authors.length > 0 ? { authors } : null;
  },
});
