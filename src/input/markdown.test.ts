import { describe, expect, it } from 'vitest';
import type { InputProblem } from './document.js';
import { markdownToDocument } from './markdown.js';

describe('markdownToDocument', () => {
  it('reads front matter into page metadata', () => {
    const problems: InputProblem[] = [];
    const doc = markdownToDocument('---\ntitle: Storm closes port\nauthor: [Ana Ruiz, Ben Cole]\ndate: 2024-03-05\ntags: [weather]\n---\n\nBody.', problems);
    expect(doc.page).toMatchObject({
      title: 'Storm closes port',
      authors: ['Ana Ruiz', 'Ben Cole'],
      publishedAt: '2024-03-05',
      keywords: ['weather'],
    });
    expect(problems).toEqual([]);
  });

  it('reports invalid front matter instead of throwing', () => {
    const problems: InputProblem[] = [];
    const doc = markdownToDocument('---\ntitle: [unclosed\n---\n\nBody.', problems);
    expect(doc.page).toEqual({});
    expect(problems[0]?.code).toBe('front-matter-invalid');
  });

  it('parses GFM tables with positions into the source', () => {
    const source = '| a | b |\n| - | - |\n| 1 | 2 |\n';
    const doc = markdownToDocument(source, []);
    expect(doc.tree.children[0]?.type).toBe('table');
    expect(doc.tree.children[0]?.position?.end.offset).toBeLessThanOrEqual(source.length);
  });
});
