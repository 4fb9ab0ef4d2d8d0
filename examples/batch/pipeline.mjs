// A pipeline module for parseMany's workers: the default extractors plus one of ours.
// JavaScript, not TypeScript: Node 20's worker threads cannot load TypeScript, even under tsx.
// Used by examples/batch-crawl.ts; see docs/batch.md.
import { createParser, defaultExtractors, defineExtractor } from 'broadsheet';
import { z } from 'zod';

/** Minutes to read the body at 230 words a minute, and the word count it comes from. */
export const readingTime = defineExtractor({
  name: 'readingTime',
  dependsOn: ['body'],
  schema: z.object({ words: z.number().int().nonnegative(), minutes: z.number().nonnegative() }),
  fallback: { words: 0, minutes: 0 },
  extract({ get }) {
    const text = get('body')?.text ?? '';
    const words = text.split(/\s+/).filter(Boolean).length;
    return { words, minutes: Math.round((words / 230) * 10) / 10 };
  },
});

export default createParser({ extractors: [...defaultExtractors, readingTime] });
