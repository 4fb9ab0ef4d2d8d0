import { describe, expect, it } from 'vitest';
import { textToDocument } from '../input/text.js';
import { collectBlocks } from './blocks.js';
import { isDateLine } from './dates.js';
import { findLead, isBylineText } from './lead.js';

const lead = (source: string) => {
  const found = findLead(collectBlocks(textToDocument(source).tree), isDateLine);
  return { headline: found.headline?.text ?? null, byline: found.byline?.text ?? null, dateLine: found.dateLine?.text ?? null };
};

describe('findLead', () => {
  it('finds headline, byline and date line at the top of a text article', () => {
    expect(lead('Port reopens after storm\n\nBy Ana Ruiz\n\nMarch 3, 2024\n\nThe port reopened on Monday.')).toEqual({
      headline: 'Port reopens after storm',
      byline: 'By Ana Ruiz',
      dateLine: 'March 3, 2024',
    });
  });

  it('does not take a long first paragraph for a headline', () => {
    const paragraph = 'The port reopened on Monday after a storm closed it for three days, officials said in a statement.';
    expect(lead(`${paragraph}\n\nMore text follows here.`).headline).toBeNull();
  });

  it('passes over a section label above the headline', () => {
    expect(lead('Business\n\nPort reopens after storm\n\nThe port reopened on Monday.').headline).toBe('Port reopens after storm');
    expect(lead('Local news\n\nPort reopens after storm\n\nThe port reopened on Monday.').headline).toBe('Port reopens after storm');
    // A short headline above its first paragraph stays the headline.
    expect(lead('Port reopens\n\nThe port reopened on Monday after a storm closed it for three days.').headline).toBe('Port reopens');
  });

  it("takes the page's chosen title even where the located article opens the text", () => {
    const blocks = collectBlocks(textToDocument('Back to the list\n\nBy Ana Ruiz\n\nPort reopens after storm\n\nThe port reopened on Monday.').tree);
    expect(findLead(blocks, isDateLine, 0, 2).headline?.text).toBe('Port reopens after storm');
  });

  it('does not take a one-line input for its own headline', () => {
    expect(lead('Just one line').headline).toBeNull();
  });
});

describe('isBylineText', () => {
  it('accepts name-shaped bylines and rejects sentences starting with by', () => {
    expect(isBylineText('By Ana Ruiz and Ben Cole')).toBe(true);
    expect(isBylineText('By Ana Ruiz, Ben Cole | Reuters')).toBe(true);
    expect(isBylineText('By the end of the week the port had reopened.')).toBe(false);
  });
});
