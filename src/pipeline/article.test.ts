import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultExtractors } from '../extractors/preset.js';
import { EMPTY_SHARE } from '../extractors/share/index.js';
import { ArticleSchema } from '../model/article.js';
import { parseArticle, toArticle } from './article.js';

type Def = { type: string; checks?: unknown[]; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType) => schema.def as unknown as Def;

/** Whether every value `narrow` accepts, `wide` accepts: the same structure, `wide` adding no checks. */
function narrows(narrow: z.ZodType, wide: z.ZodType): boolean {
  if (narrow === wide) return true;
  const a = defOf(narrow);
  const b = defOf(wide);
  if (b.type === 'nullable' || b.type === 'optional') return narrows(a.type === b.type ? a.innerType! : narrow, b.innerType!);
  if (a.type !== b.type || (b.checks?.length ?? 0) > 0) return false;
  if (b.type === 'array') return narrows(a.element!, b.element!);
  if (b.type === 'object') {
    const keys = Object.keys(b.shape!);
    return keys.length === Object.keys(a.shape!).length && keys.every((k) => a.shape![k] && narrows(a.shape![k], b.shape![k]!));
  }
  return b.type === 'string' || b.type === 'number' || b.type === 'boolean';
}

describe('toArticle', () => {
  it('relies on extractor schemas that accept no more than the Article fields', () => {
    const fields = ArticleSchema.shape as Record<string, z.ZodType>;
    for (const extractor of defaultExtractors) {
      expect(fields[extractor.name], extractor.name).toBeDefined();
      expect(narrows(extractor.schema, fields[extractor.name]!), extractor.name).toBe(true);
    }
    expect(defaultExtractors.map((e) => e.name).sort()).toEqual(Object.keys(fields).filter((f) => f !== 'diagnostics').sort());
  });

  it('returns what ArticleSchema would, field order included', () => {
    const article = parseArticle('Harbour reopens\n\nBy Ann Lee\n\n"We are ready," said Ann Lee, the harbour master, on Tuesday.');
    expect(JSON.stringify(ArticleSchema.parse(article))).toBe(JSON.stringify(article));
  });

  it('copies an extractor fallback rather than handing out the shared object', () => {
    const article = parseArticle('Headline\n\nSome body text.');
    const completed = toArticle({ ...article, share: EMPTY_SHARE });
    expect(completed.share).toEqual(EMPTY_SHARE);
    expect(completed.share).not.toBe(EMPTY_SHARE);
  });

  it('checks the diagnostics', () => {
    const article = parseArticle('Headline\n\nSome body text.');
    expect(() => toArticle({ ...article, diagnostics: [{ extractor: 'x', code: 'y', message: 'z', severity: 'fatal' }] })).toThrow();
  });
});
