import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const split = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe('splitSentences', () => {
  it('splits at terminal marks before a capital', () => {
    expect(split('One thing. Another thing! A third? Yes.')).toEqual(['One thing.', 'Another thing!', 'A third?', 'Yes.']);
  });

  it('does not split after titles, months and initials', () => {
    expect(split('Mr. Brown met Dr. Li in Sept. last year. J. K. Rowling was there.')).toEqual([
      'Mr. Brown met Dr. Li in Sept. last year.',
      'J. K. Rowling was there.',
    ]);
  });

  it('keeps decimals and dotted acronyms inside a sentence', () => {
    expect(split('Growth was 2.5 percent in the U.S. Treasury forecast. It fell.')).toEqual([
      'Growth was 2.5 percent in the U.S. Treasury forecast.',
      'It fell.',
    ]);
  });

  it('ends a sentence after a dotted acronym when a sentence opener follows', () => {
    expect(split('He moved to the U.S. The move paid off.')).toEqual(['He moved to the U.S.', 'The move paid off.']);
  });

  it('keeps closing quotes with their sentence and does not split before a lower-case attribution', () => {
    expect(split('“We will win.” She smiled. “Will we?” he asked.')).toEqual([
      '“We will win.”',
      'She smiled.',
      '“Will we?” he asked.',
    ]);
  });

  it('splits at blank lines whatever the punctuation', () => {
    expect(split('A heading\n\nFirst line. Next one\n \n\nlast one')).toEqual(['A heading', 'First line.', 'Next one', 'last one']);
  });

  it('is linear on hostile input', () => {
    const text = 'a. '.repeat(200_000) + 'U.S. '.repeat(100_000);
    expect(splitSentences(text).length).toBeGreaterThan(0);
  });
});
