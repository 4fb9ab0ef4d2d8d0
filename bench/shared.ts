// What several benchmarks need: the reference article, and extractors that time themselves.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AnyExtractor, defineExtractor } from '../src/index.js';

/** The seed article beside the checkout, else a fixture of ours. */
export function seedArticle(): string {
  const seed = fileURLToPath(new URL('../../shared/corpus/seed/article.txt', import.meta.url));
  const fallback = fileURLToPath(new URL('../test/fixtures/text-harbour/input.txt', import.meta.url));
  return readFileSync(existsSync(seed) ? seed : fallback, 'utf8');
}

/** Wraps each extractor to add the milliseconds spent inside it to `spent`, by name. */
export function timedExtractors(extractors: readonly AnyExtractor[], spent: Map<string, number>): AnyExtractor[] {
  return extractors.map((extractor) =>
    defineExtractor<string, AnyExtractor['schema']>({
      ...extractor,
      extract(ctx) {
        const start = performance.now();
        try {
          return extractor.extract(ctx);
        } finally {
          spent.set(extractor.name, (spent.get(extractor.name) ?? 0) + performance.now() - start);
        }
      },
    }),
  );
}
