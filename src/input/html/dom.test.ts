import { describe, expect, it } from 'vitest';
import type { InputProblem } from '../document.js';
import { descendants, type HtmlElement, type HtmlText, parseHtml } from './dom.js';
import { MAX_DEPTH } from './vocabulary.js';

const elementsByName = (root: HtmlElement, name: string) =>
  [...descendants(root)].filter((n): n is HtmlElement => n.type === 'element' && n.name === name);

const texts = (root: HtmlElement) => [...descendants(root)].filter((n): n is HtmlText => n.type === 'text');

describe('parseHtml', () => {
  it('records source offsets for elements and exact text', () => {
    const source = '<div id="a"><p>Hello <b>world</b></p></div>';
    const { root } = parseHtml(source, []);
    const p = elementsByName(root, 'p')[0]!;
    expect(source.slice(p.start, p.end)).toBe('<p>Hello <b>world</b></p>');
    for (const text of texts(root)) expect(source.slice(text.start, text.end)).toBe(text.value);
  });

  it('decodes character references into one text node that maps each piece to the source', () => {
    const source = '<p>Fish &amp; chips&nbsp;now</p>';
    const { root } = parseHtml(source, []);
    const [text] = texts(root);
    expect(texts(root)).toHaveLength(1);
    expect(text!.value).toBe('Fish & chips\u00a0now');
    expect(source.slice(text!.start, text!.end)).toBe('Fish &amp; chips&nbsp;now');
    // Pieces: 'Fish ', '&', ' chips', '\u00a0', 'now'.
    expect(text!.map).toEqual([0, 3, 5, 8, 6, 13, 12, 19, 13, 25]);
  });

  it('keeps text as written unmapped and a page of references as one node', () => {
    const plain = parseHtml('<p>Plain text</p>', []);
    expect(texts(plain.root)[0]!.map).toBeNull();
    const bomb = parseHtml(`<p>${'&lt;&#65;x'.repeat(1000)}</p>`, []);
    expect(texts(bomb.root)).toHaveLength(1);
    expect(texts(bomb.root)[0]!.value).toBe('<Ax'.repeat(1000));
  });

  it('closes paragraphs and list items the way browsers do', () => {
    const { root } = parseHtml('<p>one<p>two<div>three</div><ul><li>a<li>b</ul>', []);
    const ps = elementsByName(root, 'p');
    expect(ps).toHaveLength(2);
    expect(ps[1]!.children).toHaveLength(1);
    expect(elementsByName(root, 'li').map((li) => li.children.length)).toEqual([1, 1]);
  });

  it('keeps JSON-LD script text apart and drops other scripts and styles', () => {
    const { root, jsonLd } = parseHtml('<script type="application/ld+json">{"a":1}</script><script>var x = "<p>";</script><style>p{}</style><p>text</p>', []);
    expect(jsonLd.map((j) => j.text)).toEqual(['{"a":1}']);
    expect(texts(root).map((t) => t.value)).toEqual(['text']);
  });

  it('ignores end tags of elements that are not open', () => {
    const { root } = parseHtml('<div><p>kept</span></em></p></div>after', []);
    expect(elementsByName(root, 'div')[0]!.children).toHaveLength(1);
    expect(root.children.at(-1)).toMatchObject({ type: 'text', value: 'after' });
  });

  it('keeps content after </body> in the body, as browsers do', () => {
    const { root } = parseHtml('<html><body><p>one</p></body></html><p>two</p>', []);
    const body = elementsByName(root, 'body')[0]!;
    expect(elementsByName(body, 'p')).toHaveLength(2);
  });

  it('flattens nesting deeper than the limit and says so', () => {
    const problems: InputProblem[] = [];
    const depth = MAX_DEPTH + 100;
    const { root } = parseHtml(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}`, problems);
    let max = 0;
    const walk = (element: HtmlElement, level: number) => {
      max = Math.max(max, level);
      for (const child of element.children) if (child.type === 'element') walk(child, level + 1);
    };
    walk(root, 0);
    expect(max).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(texts(root).map((t) => t.value)).toEqual(['deep']);
    expect(problems.map((p) => p.code)).toEqual(['html-too-deep']);
  });

  describe('head and body as browsers build them', () => {
    const bodyText = (html: string) => {
      const { root } = parseHtml(html, []);
      const body = elementsByName(root, 'body')[0];
      return body ? texts(body).map((t) => t.value.trim()).filter(Boolean) : [];
    };

    it('ends an unclosed upper-case HEAD at the first element that cannot stand in it', () => {
      const html = '<HTML><HEAD><TITLE>Harbour notes</TITLE><META NAME="x" CONTENT="y"><DIV><P>The ferry left at dawn.</P></DIV></HTML>';
      expect(bodyText(html)).toEqual(['The ferry left at dawn.']);
      const { root } = parseHtml(html, []);
      expect(elementsByName(root, 'head')[0]!.children.map((c) => (c as HtmlElement).name)).toEqual(['title', 'meta']);
    });

    it('opens the implied body for visible text after the head, and keeps the later <body> tag out of the tree', () => {
      const html = '<html><head><title>t</title></head>Loose words first.<body class="x"><p>Then a paragraph.</p></body></html>';
      const { root } = parseHtml(html, []);
      expect(elementsByName(root, 'body')).toHaveLength(1);
      expect(bodyText(html)).toEqual(['Loose words first.', 'Then a paragraph.']);
    });

    it('reads an upper-case SCRIPT in the head as raw text, and the body after it', () => {
      const html = '<HTML><HEAD><SCRIPT LANGUAGE="JavaScript">if (a < b) document.write("<B>");</SCRIPT></HEAD><BODY><P>Visible prose.</P></BODY></HTML>';
      expect(bodyText(html)).toEqual(['Visible prose.']);
    });

    it('reads title and textarea as text without markup inside', () => {
      const { root } = parseHtml('<title>A <b>bold</b> title</title><textarea><p>typed</p></textarea>', []);
      expect(elementsByName(root, 'b')).toHaveLength(0);
      expect(elementsByName(root, 'p')).toHaveLength(0);
    });
  });
});
