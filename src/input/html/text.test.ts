import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descendants, type HtmlElement, parseHtml } from './dom.js';
import { BoundedTexts, textContent } from './text.js';

const elements = (root: HtmlElement) => [...descendants(root)].filter((n): n is HtmlElement => n.type === 'element');

// Markup of nested blocks, inline elements, skipped elements, line breaks and white-space-heavy text.
const markup = fc.letrec<{ nodes: string }>((tie) => ({
  nodes: fc
    .array(
      fc.oneof(
        fc.constantFrom('', ' ', ' \n\t ', '\u00a0', 'By Jane Doe', 'x', ' hello  world ', 'a'.repeat(40), '<br>'),
        fc.tuple(fc.constantFrom('div', 'p', 'td', 'span', 'em', 'script', 'dialog'), tie('nodes')).map(([tag, inner]) => `<${tag}>${inner}</${tag}>`),
      ),
      { maxLength: 4 },
    )
    .map((parts) => parts.join('')),
})).nodes;

describe('BoundedTexts', () => {
  it('reads every element exactly as textContent does, in any order', () => {
    fc.assert(
      fc.property(markup, fc.constantFrom(1, 7, 40, 101), fc.boolean(), (html, limit, reversed) => {
        const { root } = parseHtml(`<body>${html}</body>`, []);
        const all = elements(root);
        if (reversed) all.reverse();
        const texts = new BoundedTexts(limit);
        for (const element of all) expect(texts.read(element)).toBe(textContent(element, limit));
      }),
      { numRuns: 400 },
    );
  });

  it('reads each block of deep nesting as textContent does, a short credit and a long paragraph alike', () => {
    for (const inner of ['By Jane Doe', 'The council met on Tuesday and argued about the harbour budget. '.repeat(3)]) {
      const depth = 150;
      const html = `<body>${'<table><tr><td>\n'.repeat(depth)}<p>${inner}</p>${'</td></tr></table>'.repeat(depth)}</body>`;
      const { root } = parseHtml(html, []);
      const texts = new BoundedTexts(101);
      const all = elements(root);
      expect(all.length).toBeGreaterThan(3 * depth);
      for (const element of all) expect(texts.read(element)).toBe(textContent(element, 101));
    }
  });
});
