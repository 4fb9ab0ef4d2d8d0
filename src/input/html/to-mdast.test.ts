import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../analysis/blocks.js';
import { htmlToDocument } from './index.js';

const doc = (html: string) => htmlToDocument(html, [], { url: 'https://example.com/a/' });

function textNodes(node: Nodes): Array<{ value: string; start: number; end: number }> {
  const out: Array<{ value: string; start: number; end: number }> = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push({ value: n.value, start: n.position!.start.offset!, end: n.position!.end.offset! });
    if ('children' in n) stack.push(...(n.children as Nodes[]));
  }
  return out;
}

describe('toMdast', () => {
  it('collapses white space and keeps the offsets of every word exact', () => {
    const html = '<article><p>One   two\n   three <b>four</b>\tfive</p></article>';
    const { tree } = doc(html);
    const [block] = collectBlocks(tree);
    expect(block!.text).toBe('One two three four five');
    for (const t of textNodes(tree)) expect(html.slice(t.start, t.end).replace(/\s+/g, ' ')).toBe(t.value);
    for (const word of block!.text.matchAll(/\S+/g)) {
      expect(html.slice(block!.toSource(word.index), block!.toSource(word.index + word[0].length, 'end'))).toBe(word[0]);
    }
  });

  it('maps words around character references exactly and a reference to what it was written as', () => {
    const html = '<article><p>Tom &amp;  Jerry&#x2019;s   caf&eacute; &lt;opens&gt;\n today</p></article>';
    const [block] = collectBlocks(doc(html).tree);
    expect(block!.text).toBe('Tom & Jerry\u2019s caf\u00e9 <opens> today');
    const source = (from: number, to: number) => html.slice(block!.toSource(from), block!.toSource(to, 'end'));
    for (const word of ['Tom', 'Jerry', 'today', 'opens']) {
      const at = block!.text.indexOf(word);
      expect(source(at, at + word.length)).toBe(word);
    }
    const amp = block!.text.indexOf('&');
    expect(source(amp, amp + 1)).toBe('&amp;');
    const cafe = block!.text.indexOf('caf');
    expect(source(cafe, cafe + 4)).toBe('caf&eacute;');
  });

  it('maps positions to lines and columns', () => {
    const { tree } = doc('<article>\n<p>first</p>\n<p>second</p></article>');
    const second = tree.children[1]!;
    expect(second.position!.start).toMatchObject({ line: 3, column: 1 });
  });

  it('converts headings, lists, quotes, code, breaks and links', () => {
    const html =
      '<article><h2>Sub</h2><ul><li>alpha</li><li>beta</li></ul><blockquote><p>quoted</p></blockquote><pre>a  b\nc</pre><p>x<br>y <a href="/z">link</a></p></article>';
    const { tree } = doc(html);
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'list', 'blockquote', 'code', 'paragraph']);
    const blocks = collectBlocks(tree);
    expect(blocks.find((b) => b.inList)?.text).toBe('alpha');
    expect(blocks.find((b) => b.inBlockquote)?.text).toBe('quoted');
    const last = blocks.at(-1)!;
    expect(last.text).toBe('x\ny link');
    expect(last.links[0]).toMatchObject({ text: 'link', url: 'https://example.com/z' });
  });

  it('gathers loose inline content between blocks into paragraphs', () => {
    const { tree } = doc('<article><div>Loose text <i>here</i><p>inner</p>after</div></article>');
    expect(collectBlocks(tree).map((b) => b.text.trim())).toEqual(['Loose text here', 'inner', 'after']);
  });

  it('reads a data table row by row and a layout table as containers', () => {
    const data = doc('<article><table><tr><th>Pos.</th><th>Name</th></tr><tr class="row player-1"><td>1</td><td>Ann <b>Lee</b></td></tr></table></article>');
    expect(data.tree.children.map((c) => c.type)).toEqual(['table']);
    expect(collectBlocks(data.tree).map((b) => [b.type, b.text])).toEqual([
      ['table-row', 'Pos. Name'],
      ['table-row', '1 Ann Lee'],
    ]);
    const layout = doc('<article><table><tr><td><p>First column paragraph.</p></td><td><p>Second column paragraph.</p></td></tr></table></article>');
    expect(collectBlocks(layout.tree).map((b) => [b.type, b.text])).toEqual([
      ['paragraph', 'First column paragraph.'],
      ['paragraph', 'Second column paragraph.'],
    ]);
  });
});
