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

  it('maps a text node through its data.sourceMap, piece by piece', () => {
    // `Fish &amp;  chips` read as `Fish & chips`: 'Fish ' as written, '&' from a reference, ' ' from two spaces, 'chips'.
    const source = 'Fish &amp;  chips';
    const text = { type: 'text' as const, value: 'Fish & chips', data: { sourceMap: [0, 0, 5, 5, 6, 10, 7, 12] }, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 18, offset: 17 } } };
    const paragraph = { type: 'paragraph' as const, children: [text], position: text.position };
    for (const tree of [paragraph, { ...paragraph, children: [{ type: 'emphasis' as const, children: [text] }] }]) {
      const [block] = collectBlocks({ type: 'root', children: [tree] });
      const slice = (from: number, to: number) => source.slice(block!.toSource(from), block!.toSource(to, 'end'));
      expect(slice(0, 4)).toBe('Fish');
      expect(slice(5, 6)).toBe('&amp;');
      expect(slice(7, 12)).toBe('chips');
      expect(block!.toText(12)).toBe(7);
    }
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

  it('maps code and HTML blocks line by line past the indentation, fences and quote markers their value drops', () => {
    const cases: Array<[string, string]> = [
      ['\t𐀀 tab-indented\n', '𐀀 tab-indented'],
      ['```\n\n\tcode 𐀀 here\n```\n', 'code 𐀀 here'],
      ['> ```\n> one\n> two 𐀀\n> ```\n', 'two 𐀀'],
      ['- a\n\n\t\tx𐀀 in a list\n', 'x𐀀 in a list'],
      ['\tone\r\n\ttwo 𐀀\r\n', 'two 𐀀'],
    ];
    for (const [source, word] of cases) {
      const block = collectBlocks(markdownToDocument(source, []).tree, source).find((b) => b.type === 'code')!;
      const at = block.text.indexOf(word);
      expect(source.slice(block.toSource(at), block.toSource(at + word.length))).toBe(word);
      expect(block.toSource(block.toText(block.toSource(at)))).toBe(block.toSource(at));
    }
  });
});
