import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../analysis/blocks.js';
import type { InputProblem } from './document.js';
import { containerPrefix, MARKDOWN_LIMITS, planMarkdown } from './markdown-guard.js';
import { markdownToDocument } from './markdown.js';

const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Leaf blocks as text and source range: what the extractors read. */
const leaves = (tree: Root) => collectBlocks(tree).map((b) => [b.type, b.text, b.start, b.end, b.inList, b.inBlockquote, b.links.map((l) => l.url)]);

const load = (source: string, limits = MARKDOWN_LIMITS) => {
  const problems: InputProblem[] = [];
  const doc = markdownToDocument(source, problems, limits);
  return { doc, codes: problems.map((p) => p.code) };
};

describe('planMarkdown', () => {
  it('keeps an ordinary article in one chunk, parsed exactly as remark parses it', () => {
    const source = '---\ntitle: T\n---\n\n# Head\n\nText with *stress* and [a link][r].\n\n> quoted\n\n- one\n- two\n\n[r]: https://example.com/\n';
    expect(planMarkdown(source).segments).toEqual([{ start: 0, end: source.length, line: 1, plain: false }]);
    expect(load(source).doc.tree).toEqual(remark.parse(source));
  });

  it('measures container depth from markers and indentation', () => {
    const depth = (line: string) => containerPrefix(line, 0, line.length).depth;
    expect(depth('> > - 1. text')).toBe(4);
    expect(depth('      - text')).toBe(4);
    expect(depth('2024. was the year')).toBe(1);
    expect(depth('-not a marker')).toBe(0);
  });

  it('never cuts inside fenced code or an HTML block that spans blank lines', () => {
    const fenced = '```\none\n\ntwo\n\nthree\n```\n\nafter\n';
    const small = { ...MARKDOWN_LIMITS, chunkLines: 1, chunkChars: 1 };
    const segments = planMarkdown(fenced, small).segments;
    expect(segments[0]!.end).toBe(fenced.indexOf('after'));
    const html = '<!--\n\nhidden\n\n-->\n\nafter\n';
    expect(planMarkdown(html, small).segments[0]!.end).toBe(html.indexOf('after'));
  });
});

describe('markdownToDocument under the guard', () => {
  it('parses in chunks to the same leaf blocks as one remark parse, definitions and footnotes included', () => {
    const block = fc.constantFrom(
      '# Heading',
      'A paragraph with *emphasis*, `code` and [a link](https://example.com/a).',
      'Two lines\nof one paragraph',
      'See [the report][rep] and [rep].',
      'A note[^n] here.',
      '[rep]: https://example.com/report "Report"',
      '[^n]: The note text.',
      '> A quote\n> on two lines',
      '- item one\n- item two\n  continued',
      '1. first\n2. second',
      '```\ncode\n\nmore code\n```',
      '<div>\nhtml block\n</div>',
      '| a | b |\n| - | - |\n| 1 | 2 |',
      'Setext\n===',
      '---',
      '    indented code',
    );
    const small = { ...MARKDOWN_LIMITS, chunkLines: 3, chunkChars: 40 };
    fc.assert(
      fc.property(fc.array(block, { maxLength: 14 }), (blocks) => {
        const source = blocks.join('\n\n');
        // remark-frontmatter reads an unclosed `---` at the start as the opening of front matter that
        // swallows the next block's markers; the guard sees no front matter there. Not a shape to compare.
        fc.pre(!source.startsWith('---'));
        expect(leaves(load(source, small).doc.tree)).toEqual(leaves(remark.parse(source) as Root));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('keeps positions in the source, lines and columns included, across chunks', () => {
    const source = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} with a [link](https://example.com/${i}).\r\n\r\n`).join('');
    const { doc } = load(source, { ...MARKDOWN_LIMITS, chunkLines: 4, chunkChars: 100 });
    expect(doc.tree.children).toHaveLength(50);
    expect(doc.tree).toEqual(remark.parse(source));
  });

  it('reads containers nested past the bound as plain text, markers dropped, every word kept', () => {
    const source = `# Deep\n\n${'>'.repeat(5000)} deep words here\n\nAfter.\n`;
    const { doc, codes } = load(source);
    expect(codes).toContain('markdown-too-deep');
    expect(leaves(doc.tree).map((l) => l[1])).toEqual(['Deep', 'deep words here', 'After.']);
  });

  it('reads a list nested two thousand deep as one paragraph per item', () => {
    let source = '';
    for (let i = 0; i < 2000; i++) source += `${'  '.repeat(i)}- item ${i}\n`;
    const { doc, codes } = load(source);
    expect(codes).toEqual(['markdown-too-deep']);
    const texts = leaves(doc.tree).map((l) => l[1]);
    expect(texts).toHaveLength(2000);
    expect(texts[1999]).toBe('item 1999');
  });

  it('reads a degraded stretch as paragraphs of lines, each word mapped past the markers in front of it', () => {
    const deep = '> '.repeat(40);
    const source = `${deep}first line\n${deep}second  line\n${deep}\n${deep}third line\n\n${'Title\n===\n'.repeat(300)}`;
    const { doc, codes } = load(source);
    expect(codes).toContain('markdown-too-deep');
    const blocks = collectBlocks(doc.tree);
    expect(blocks.slice(0, 2).map((b) => b.text)).toEqual(['first line\nsecond  line', 'third line']);
    for (const block of blocks) {
      for (const word of block.text.matchAll(/\S+/g)) {
        expect(source.slice(block.toSource(word.index), block.toSource(word.index + word[0].length, 'end'))).toBe(word[0]);
      }
    }
  });

  it('reads runs of emphasis delimiters and brackets past the bound as plain text', () => {
    const stars = `${'*'.repeat(30_000)}word${'*'.repeat(30_000)}`;
    const { doc, codes } = load(`Intro.\n\n${stars}\n\n${'['.repeat(20_000)}x\n`);
    expect(codes).toContain('markdown-too-many-delimiters');
    const texts = leaves(doc.tree).map((l) => l[1]);
    expect(texts[0]).toBe('Intro.');
    expect(texts[1]).toBe(stars);
  });

  it('cuts a block too long for remark into parts, with an info diagnostic', () => {
    const source = 'word line\n'.repeat(1000);
    const { doc, codes } = load(source);
    expect(codes).toEqual(['markdown-block-cut']);
    expect(leaves(doc.tree).map((l) => l[1]).join('\n')).toBe(source.trimEnd());
  });

  it('reads markup past the budget as plain text, the densest first', () => {
    const prose = 'Plain prose paragraph.\n\n'.repeat(50);
    const dense = Array.from({ length: 5000 }, (_, i) => `[l${i}](u${i}) *e${i}*\n\n`).join('');
    const { doc, codes } = load(prose + dense, { ...MARKDOWN_LIMITS, budget: 200_000 });
    expect(codes).toContain('markdown-too-large');
    const texts = leaves(doc.tree).map((l) => l[1]);
    expect(texts.slice(0, 50).every((t) => t === 'Plain prose paragraph.')).toBe(true);
    expect(texts).toHaveLength(5050);
  });
});
