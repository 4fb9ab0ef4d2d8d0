import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../analysis/blocks.js';
import type { InputProblem } from '../document.js';
import { htmlToDocument } from './index.js';

function load(html: string, url?: string) {
  const problems: InputProblem[] = [];
  const doc = htmlToDocument(html, problems, url ? { url } : {});
  const blocks = collectBlocks(doc.tree);
  // Every offset lies inside the input.
  for (const block of blocks) {
    expect(block.start).toBeGreaterThanOrEqual(0);
    expect(block.end).toBeLessThanOrEqual(html.length);
  }
  for (const region of doc.removed) expect(region.end).toBeLessThanOrEqual(html.length);
  return { doc, blocks, codes: problems.map((p) => p.code) };
}

const sentence = 'The committee met again on Tuesday, and its members argued about the budget for an hour. ';

describe('bad HTML input', () => {
  it('reads unclosed tags to the end of the page', () => {
    const { blocks } = load(`<html><body><article><p>${sentence}<p>${sentence}<div><span>${sentence}`);
    expect(blocks).toHaveLength(3);
  });

  it('survives 10k-deep nesting, flattening it with a diagnostic', () => {
    const { blocks, codes } = load(`<body>${'<div>'.repeat(10_000)}<p>${sentence}</p>${'</div>'.repeat(10_000)}</body>`);
    expect(blocks.map((b) => b.text.trim())).toEqual([sentence.trim()]);
    expect(codes).toContain('html-too-deep');
  });

  it('parses a 20 MB page', () => {
    const paragraph = `<p>${sentence.repeat(10)}</p>\n`;
    const html = `<html><body><article>${paragraph.repeat(Math.ceil(20_000_000 / paragraph.length))}</article></body></html>`;
    expect(html.length).toBeGreaterThan(20_000_000);
    const { blocks } = load(html);
    expect(blocks.length).toBe(Math.ceil(20_000_000 / paragraph.length));
  }, 30_000);

  it('reports a page of only scripts and styles', () => {
    const { blocks, codes } = load(`<html><head><style>${'p{color:red}'.repeat(1000)}</style></head><body><script>${'var a = "<p>x</p>";'.repeat(1000)}</script></body></html>`);
    expect(blocks).toEqual([]);
    expect(codes).toContain('html-no-text');
  });

  it('notes a declared charset that is not UTF-8, louder when the text looks mis-decoded', () => {
    expect(load(`<meta charset="iso-8859-1"><p>${sentence}</p>`).codes).toContain('html-charset');
    const { codes, doc } = load(`<meta charset="windows-1252"><article><p>CafÃ© â€” ${sentence}</p></article>`);
    expect(codes).toContain('html-charset');
    expect(doc.tree.children).toHaveLength(1);
  });

  it('handles huge attribute values', () => {
    const { blocks } = load(`<article class="${'x '.repeat(1_000_000)}"><p title="${'t'.repeat(2_000_000)}">${sentence}</p><a href="/${'a'.repeat(100_000)}">link</a></article>`, 'https://example.com/');
    expect(blocks[0]!.text.trim()).toBe(sentence.trim());
  });

  it('decodes entity-heavy text', () => {
    const { blocks } = load(`<article><p>${'&amp;&#169;&eacute;&nbsp;&#x1F600;&bogus; '.repeat(20_000)}</p></article>`);
    expect(blocks[0]!.text.startsWith('&©é\u00a0😀&bogus;')).toBe(true);
  });

  it('ignores a <base> with an invalid URL, with a diagnostic', () => {
    const { blocks, codes } = load(`<base href="http://exa mple:99999/"><article><p>${sentence}<a href="next.html">next</a></p></article>`, 'https://site.example/a/');
    expect(codes).toContain('html-invalid-base');
    expect(blocks[0]!.links[0]!.url).toBe('https://site.example/a/next.html');
  });

  it('drops 200k end tags of elements that are not open under 500 open ones', () => {
    const { blocks } = load(`${'<div>'.repeat(500)}<p>${sentence}</p>${'</span>'.repeat(200_000)}<pre>${' '.repeat(100_000)}x</pre>`);
    expect(blocks.map((b) => b.text.trim())).toEqual([sentence.trim(), 'x']);
  });

  it('never throws on truncated markup', () => {
    for (const html of ['<', '<a', '<a href="', '<!--', '<script>', '<p>&#', '<![CDATA[', '</', '<html><body><p>x</p']) {
      expect(() => load(html)).not.toThrow();
    }
  });

  it('keeps every text node inside the input and true to it, for any tag soup', () => {
    const pieces = ['<p>', '</p>', '<div class="a b">', '</div>', '<article>', '<br>', '<a href="x">', '</a>', '&amp;', '&#x41;', '&bogus', ' ', '\n', 'word', 'é😀', '<!--', '-->', '<script>', '</script>', '<ul><li>', '<table><tr><td>', '"', '<', '>'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const html = parts.join('');
        const { doc } = load(html);
        const stack: Nodes[] = [doc.tree];
        while (stack.length > 0) {
          const node = stack.pop()!;
          const start = node.position?.start.offset ?? 0;
          const end = node.position?.end.offset ?? 0;
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeLessThanOrEqual(html.length);
          expect(start).toBeLessThanOrEqual(end);
          if (node.type === 'text') {
            // Piece by piece: as written (white space read as a space), else a collapsed run or a decoded reference.
            const map = node.data?.sourceMap ?? [0, start];
            for (let i = 0; i < map.length; i += 2) {
              const value = node.value.slice(map[i]!, map[i + 2] ?? node.value.length);
              const source = html.slice(map[i + 1]!, map[i + 3] ?? end);
              if (source.replace(/[ \t\n\r\f]/g, ' ') === value) continue;
              if (value === ' ') expect(source.trim()).toBe('');
              else expect(source).toContain('&');
            }
          }
          if ('children' in node) stack.push(...(node.children as Nodes[]));
        }
      }),
      { numRuns: 300 },
    );
  });
});
