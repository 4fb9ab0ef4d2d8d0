import { MetaSchema } from '../../model/article.js';
import { defineExtractor } from '../../pipeline/extractor.js';
import { detectLanguage, normaliseLanguageTag } from './language.js';
import { countWords } from './words.js';

/** Adult silent reading speed for non-fiction, words per minute. */
const WORDS_PER_MINUTE = 230;

/** Word count, reading time and language of the body. */
export const metaExtractor = defineExtractor({
  name: 'meta',
  dependsOn: ['body'],
  schema: MetaSchema,
  fallback: { format: 'text', wordCount: 0, readingTimeMinutes: 0, language: null },
  extract(ctx) {
    const text = ctx.get('body')?.text ?? '';
    const wordCount = countWords(text);
    const stated = ctx.analysis.page.language;
    return {
      format: ctx.analysis.format,
      wordCount,
      readingTimeMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
      language:
        (stated && normaliseLanguageTag(stated)) ||
        detectLanguage(text, () =>
          ctx.report({
            code: 'language-not-loaded',
            message: "The text is not plainly English and language detection is not loaded: `await loadParts(['language'])` before parsing",
            severity: 'info',
          }),
        ),
    };
  },
});
