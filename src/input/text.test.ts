import { describe, expect, it } from 'vitest';
import { textToDocument } from './text.js';

const paragraphs = (source: string) =>
  textToDocument(source).tree.children.map((node) => {
    const start = node.position?.start.offset ?? -1;
    const end = node.position?.end.offset ?? -1;
    return source.slice(start, end);
  });

describe('textToDocument', () => {
  it('makes every non-blank line a paragraph, trimmed, with offsets into the input', () => {
    const source = 'Headline here\n\n  First line.  \nSecond line.\n';
    expect(paragraphs(source)).toEqual(['Headline here', 'First line.', 'Second line.']);
  });

  it('reads no Markdown syntax the text never meant', () => {
    const source = '# not a heading\n\n1. not a list\n\n> not a quote\n\n*stars* and _underscores_ stay';
    const doc = textToDocument(source);
    expect(doc.tree.children.every((n) => n.type === 'paragraph')).toBe(true);
    expect(paragraphs(source)).toEqual(['# not a heading', '1. not a list', '> not a quote', '*stars* and _underscores_ stay']);
  });

  it('keeps a hard-wrapped paragraph as one block', () => {
    const source =
      'The committee met on Tuesday to discuss the plans for the new\n' +
      'library, which has been delayed twice since the council first\n' +
      'approved it in the spring of last year.\n';
    expect(paragraphs(source)).toHaveLength(1);
  });

  it('keeps two lines the writer broke apart: a label above a title, a title above its byline', () => {
    expect(paragraphs('Continue reading the main story\nCouncil Delays the New Library Plan Again')).toHaveLength(2);
    expect(paragraphs('Council Delays the New Library Plan for a Third Time\nBy Jane Doe, City Reporter')).toHaveLength(2);
    // Two wrapped lines of one sentence stay one paragraph.
    expect(paragraphs('The committee met on Tuesday to discuss the plans for the new\nlibrary and its costs.')).toHaveLength(1);
  });

  it('does not join lines broken where the next word would have fit', () => {
    const source =
      'Opening hours for the new library\n' +
      'Monday to Friday from nine until six in the evening\n' +
      'Saturday from ten until four in the afternoon\n';
    expect(paragraphs(source)).toHaveLength(3);
  });

  it('handles CRLF and CR line endings', () => {
    expect(paragraphs('One\r\n\r\nTwo\rThree')).toEqual(['One', 'Two', 'Three']);
  });

  it('gives an empty tree for empty and blank input', () => {
    expect(textToDocument('').tree.children).toEqual([]);
    expect(textToDocument(' \n\t\n').tree.children).toEqual([]);
  });
});
