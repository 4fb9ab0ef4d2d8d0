import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BroadsheetError } from '../errors.js';
import { defineExtractor } from './extractor.js';
import { createParser } from './parser.js';
import { MAX_PAGE_BLOCKS } from '../analysis/context.js';

const words = defineExtractor({
  name: 'words',
  schema: z.number().int(),
  fallback: 0,
  extract: ({ analysis }) => analysis.tokens.filter((t) => t.kind === 'word').length,
});
const doubled = defineExtractor({
  name: 'doubled',
  dependsOn: ['words'],
  schema: z.number(),
  fallback: -1,
  extract: ({ get }) => (get('words') as number) * 2,
});
const throws = defineExtractor({
  name: 'throws',
  schema: z.string().nullable(),
  extract: () => {
    throw new Error('boom');
  },
});
const invalid = defineExtractor({
  name: 'invalid',
  schema: z.array(z.string()),
  extract: () => [1] as unknown as string[],
});

describe('createParser', () => {
  it('runs extractors in dependency order and puts each output under its name', () => {
    const result = createParser({ extractors: [doubled, words] }).parse('Three small words.');
    expect(result).toEqual({ words: 3, doubled: 6, diagnostics: [] });
  });

  it('falls back and records a diagnostic when an extractor throws or returns invalid data', () => {
    const result = createParser({ extractors: [throws, invalid] }).parse('Text.');
    expect(result.throws).toBeNull();
    expect(result.invalid).toEqual([]);
    expect(result.diagnostics.map((d) => [d.extractor, d.code, d.severity])).toEqual([
      ['throws', 'extractor-failed', 'error'],
      ['invalid', 'invalid-output', 'error'],
    ]);
  });

  it('throws a BroadsheetError with a stable code in strict mode', () => {
    const parser = createParser({ extractors: [throws] });
    expect(() => parser.parse('Text.', { strict: true })).toThrow(BroadsheetError);
    const safe = createParser({ extractors: [invalid] }).safeParse('Text.', { strict: true });
    expect(safe.success).toBe(false);
    expect(safe.error?.code).toBe('INVALID_EXTRACTOR_OUTPUT');
    expect(safe.error?.extractor).toBe('invalid');
  });

  it('stamps reported diagnostics with the extractor and clamps their offsets', () => {
    const reporter = defineExtractor({
      name: 'reporter',
      schema: z.null(),
      extract: ({ report }) => {
        report({ code: 'odd', message: 'Something odd.', start: -5, end: 10_000 });
        return null;
      },
    });
    const [diagnostic] = createParser({ extractors: [reporter] }).parse('Short.').diagnostics;
    expect(diagnostic).toEqual({ extractor: 'reporter', code: 'odd', message: 'Something odd.', severity: 'warning', start: 0, end: 6 });
  });

  it('accepts UTF-8 bytes and rejects what is neither a string nor bytes', () => {
    const parser = createParser({ extractors: [words] });
    expect(parser.parse(new TextEncoder().encode('Two words')).words).toBe(2);
    expect(() => parser.parse(42 as unknown as string)).toThrow(/Expected a string or Uint8Array/);
  });

  it('refuses input past maxInputLength with INPUT_TOO_LARGE, strings and bytes alike', () => {
    const parser = createParser({ extractors: [words] });
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as BroadsheetError).code;
      }
      return 'parsed';
    };
    expect(code(() => parser.parse('four', { maxInputLength: 4 }))).toBe('parsed');
    expect(code(() => parser.parse('fives', { maxInputLength: 4 }))).toBe('INPUT_TOO_LARGE');
    expect(code(() => parser.parse(new TextEncoder().encode('fives'), { maxInputLength: 4 }))).toBe('INPUT_TOO_LARGE');
    // Three bytes of UTF-8, one code unit: measured after decoding.
    expect(code(() => parser.parse(new TextEncoder().encode('€€€€'), { maxInputLength: 4 }))).toBe('parsed');
    expect(code(() => parser.parse(new Uint8Array(13), { maxInputLength: 4 }))).toBe('INPUT_TOO_LARGE');
    expect(code(() => parser.parse('x'.repeat(100), { maxInputLength: Infinity }))).toBe('parsed');
    expect(code(() => parser.parse('x', { maxInputLength: -1 }))).toBe('INVALID_OPTIONS');
    expect(parser.safeParse('fives', { maxInputLength: 4 }).error?.code).toBe('INPUT_TOO_LARGE');
  });

  it('refuses a format it does not read with UNSUPPORTED_FORMAT', () => {
    const parser = createParser({ extractors: [words] });
    expect(parser.safeParse('x', { format: 'pdf' as 'text' }).error?.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('reads sentences up to maxReadLength, at white space, and says where it stopped', () => {
    const parser = createParser({ extractors: [words] });
    const text = 'Storm closes the harbour\n\n' + 'The council met on Tuesday. '.repeat(100);
    const whole = parser.parse(text, { format: 'text' });
    expect(whole.diagnostics.some((d) => d.code === 'read-limit')).toBe(false);
    const cut = parser.parse(text, { format: 'text', maxReadLength: 164 });
    // Each block is charged 32 characters besides its text: 24 + 32 for the headline, then 32 + 76 of the
    // paragraph: two sentences of five words and 20 characters, `The council met on T`, cut back to white space.
    expect(cut.words).toBe(4 + 2 * 5 + 4);
    const limit = cut.diagnostics.find((d) => d.code === 'read-limit');
    expect(limit).toMatchObject({ extractor: 'input', severity: 'info', end: text.length });
    expect(text.slice(0, limit!.start).endsWith('Tuesday. The council met on')).toBe(true);
    expect(parser.parse(text, { format: 'text', maxReadLength: Infinity }).words).toBe(whole.words);
    expect(() => parser.parse(text, { maxReadLength: Number.NaN })).toThrow(/maxReadLength/);
  });

  it('reads a text of more lines than MAX_PAGE_BLOCKS as one article, and says so', () => {
    const region = defineExtractor({ name: 'region', schema: z.boolean(), fallback: false, extract: ({ analysis }) => analysis.region !== null });
    const parser = createParser({ extractors: [region] });
    const page = (lines: number) => ['Storm closes the harbour', 'The council met on Tuesday and argued about the budget for an hour.', ...Array.from({ length: lines }, (_, i) => ['Home', 'News', 'Sport', 'Share'][i % 4])].join('\n');
    const searched = parser.parse(page(MAX_PAGE_BLOCKS - 2), { format: 'text' });
    expect(searched.region).toBe(true);
    expect(searched.diagnostics.some((d) => d.code === 'page-too-long')).toBe(false);
    const long = parser.parse(page(MAX_PAGE_BLOCKS - 1), { format: 'text' });
    expect(long.region).toBe(false);
    expect(long.diagnostics.find((d) => d.code === 'page-too-long')).toMatchObject({ extractor: 'input', severity: 'info' });
  });

  it('fails at creation, not at parse, for a missing dependency', () => {
    expect(() => createParser({ extractors: [doubled] })).toThrow(/depends on `words`/);
  });
});
