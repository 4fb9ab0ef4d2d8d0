// What every Article must satisfy whatever the input: used by the property tests, the hostile corpus test
// and `npm run fuzz`.
import { type Article, ArticleSchema } from '../../src/index.js';

/** Every `{ start, end }` pair anywhere in the Article (spans, paragraphs, quotes, mentions, diagnostics). */
export function offsetPairs(article: Article): Array<{ start: number; end: number; where: string }> {
  const pairs: Array<{ start: number; end: number; where: string }> = [];
  const stack: Array<[unknown, string]> = [[article, '']];
  while (stack.length > 0) {
    const [value, where] = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, `${where}[${i}]`]));
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.start === 'number' || typeof record.end === 'number') {
        const start = typeof record.start === 'number' ? record.start : (record.end as number);
        const end = typeof record.end === 'number' ? record.end : start;
        pairs.push({ start, end, where });
      }
      for (const [key, item] of Object.entries(record)) stack.push([item, `${where}.${key}`]);
    }
  }
  return pairs;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair. */
export function splitsPair(source: string, offset: number): boolean {
  return offset > 0 && offset < source.length && isHigh(source.charCodeAt(offset - 1)) && isLow(source.charCodeAt(offset));
}

/**
 * The problems with an Article parsed from `source`, empty when there are none: it fails its schema, an
 * offset lies outside the input, ends before it starts or splits a surrogate pair, or an extractor threw.
 */
export function articleProblems(article: Article, source: string): string[] {
  const problems: string[] = [];
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) problems.push(`schema: ${checked.error.issues[0]?.path.join('.')}: ${checked.error.issues[0]?.message}`);
  for (const { start, end, where } of offsetPairs(article)) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > source.length || start > end) {
      problems.push(`${where}: offsets ${start}–${end} outside the input of ${source.length}`);
    } else if (splitsPair(source, start) || splitsPair(source, end)) {
      problems.push(`${where}: offsets ${start}–${end} split a surrogate pair`);
    }
    if (problems.length > 5) break;
  }
  for (const d of article.diagnostics) {
    if (d.code === 'extractor-failed' || d.code === 'invalid-output') problems.push(`${d.extractor}: ${d.code}: ${d.message.slice(0, 200)}`);
  }
  return problems;
}

/** Distinct letter-words of a text (lower case), for checking that no word went missing. */
export function wordsOf(text: string, limit = Number.POSITIVE_INFINITY): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(/\p{L}+/gu)) {
    words.add(match[0].toLowerCase());
    if (words.size >= limit) break;
  }
  return words;
}
