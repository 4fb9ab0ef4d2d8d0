import { describe, expect, it } from 'vitest';
import { markdownToDocument } from '../input/markdown.js';
import { collectBlocks } from './blocks.js';

describe('collectBlocks', () => {
  it('strips markup from text and maps text offsets back to the source', () => {
    const source = '# A *big* day\n\nSee [the **report**](https://x.test/r) now.\n';
    const blocks = collectBlocks(markdownToDocument(source, []).tree);
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['heading', 'A big day'],
      ['paragraph', 'See the report now.'],
    ]);
    const paragraph = blocks[1]!;
    const at = paragraph.text.indexOf('report');
    expect(source.slice(paragraph.toSource(at), paragraph.toSource(at + 'report'.length, 'end'))).toBe('report');
    expect(paragraph.links).toEqual([{ text: 'the report', url: 'https://x.test/r', start: 19, end: 53 }]);
  });

  it('flags blocks inside lists and block quotes', () => {
    const blocks = collectBlocks(markdownToDocument('- one\n- two\n\n> quoted\n', []).tree);
    expect(blocks.map((b) => [b.text, b.inList, b.inBlockquote])).toEqual([
      ['one', true, false],
      ['two', true, false],
      ['quoted', false, true],
    ]);
  });

  it('never maps outside the block, even across escapes', () => {
    const source = 'a \\*literal\\* &amp; b\n';
    const [block] = collectBlocks(markdownToDocument(source, []).tree);
    for (let i = 0; i <= block!.text.length; i++) {
      const mapped = block!.toSource(i);
      expect(mapped).toBeGreaterThanOrEqual(block!.start);
      expect(mapped).toBeLessThanOrEqual(block!.end);
    }
  });
});
