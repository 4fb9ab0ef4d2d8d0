import { describe, expect, it } from 'vitest';
import { createParser } from '../../index.js';
import { quotesExtractor } from './index.js';

const alone = createParser({ extractors: [quotesExtractor] });

/** The quotes of an invented article made of the given paragraphs, after a headline. */
function quotesOf(...paragraphs: string[]) {
  return alone.parse(['Council debates the harbour plan', '', ...paragraphs].join('\n\n'), { format: 'text' }).quotes;
}

const byText = <Q extends { text: string }>(quotes: readonly Q[], start: string): Q | undefined => quotes.find((q) => q.text.startsWith(start));

describe('reported speech beyond said-that', () => {
  it('reads subjects that are neither names nor roles', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'Fishing crews say the new quay will crowd their moorings.',
      'Only 40 percent said they would use the ferry.',
    );
    expect(byText(quotes, 'the new quay')).toMatchObject({ kind: 'indirect', speaker: { name: 'Fishing crews' } });
    expect(byText(quotes, 'they would use')).toMatchObject({ kind: 'indirect', speaker: { name: 'Only 40 percent' } });
  });

  it('gives a second verb of saying the subject of the first', () => {
    const quotes = quotesOf('The harbour vote was held on Tuesday.', 'Marta Olsen welcomed the result and said the ferry would run by May.');
    expect(byText(quotes, 'the ferry would run')).toMatchObject({ speaker: { name: 'Marta Olsen' } });
  });

  it('reads a clause whose subject holds a pronoun, and a report after `, but`', () => {
    const quotes = quotesOf(
      'The harbour vote was held on Tuesday.',
      'Ivo Marsh said some of the money he raised is already spent, but officials said the accounts were in order.',
    );
    expect(byText(quotes, 'some of the money')).toMatchObject({ speaker: { name: 'Ivo Marsh' } });
    expect(byText(quotes, 'some of the money')!.text).not.toContain('officials');
    expect(byText(quotes, 'the accounts were')).toMatchObject({ speaker: { name: 'officials' } });
  });

  it('does not read a relative clause or a noun as a report', () => {
    const quotes = quotesOf('The harbour vote was held on Tuesday.', 'It was the quay which everyone said was too small, and the state of the pier worried them.');
    expect(quotes).toEqual([]);
  });
});
