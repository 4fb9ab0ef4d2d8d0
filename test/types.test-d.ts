import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  type Article,
  type ArticleSchema,
  createParser,
  defaultExtractors,
  defineExtractor,
  type Diagnostic,
  parseArticle,
  safeParseArticle,
} from '../src/index.js';

const readingLevel = defineExtractor({
  name: 'readingLevel',
  dependsOn: ['body'],
  schema: z.object({ grade: z.number() }),
  fallback: { grade: 0 },
  extract: () => ({ grade: 8 }),
});

describe('types', () => {
  it('infers Article from its schema', () => {
    expectTypeOf<Article>().toEqualTypeOf<z.output<typeof ArticleSchema>>();
    expectTypeOf(parseArticle('x')).toEqualTypeOf<Article>();
  });

  it('puts a user extractor’s output on the result, typed, beside the defaults', () => {
    const result = createParser({ extractors: [...defaultExtractors, readingLevel] }).parse('x');
    expectTypeOf(result.readingLevel).toEqualTypeOf<{ grade: number }>();
    expectTypeOf(result.headline).toEqualTypeOf<string | null>();
    expectTypeOf(result.diagnostics).toEqualTypeOf<Diagnostic[]>();
  });

  it('types a trimmed parser without the fields it dropped', () => {
    const result = createParser({ extractors: [readingLevel] }).parse('x');
    expectTypeOf(result).toEqualTypeOf<{ readingLevel: { grade: number }; diagnostics: Diagnostic[] }>();
  });

  it('narrows safeParse results on success', () => {
    const result = safeParseArticle('x');
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Article>();
    else expectTypeOf(result.error.code).toBeString();
  });

  it('types ctx.get for built-in results', () => {
    defineExtractor({
      name: 'check',
      schema: z.null(),
      extract: ({ get }) => {
        expectTypeOf(get('body')).toEqualTypeOf<Article['body'] | undefined>();
        return null;
      },
    });
  });
});
