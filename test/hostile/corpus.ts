// Generators of hostile inputs, one per class: what a crawler may bring back and what an attacker may
// write. Used by test/hostile.test.ts (each class within a generous bound), the growth property,
// `npm run bench -- hostile` and `npm run fuzz`. `scale` 1 is the size the issue names; the growth
// property calls a generator at two scales and compares times.

export type HostileFormat = 'text' | 'markdown' | 'html';

export interface HostileClass {
  name: string;
  format: HostileFormat;
  /** Builds the input; `scale` multiplies its size (1 = the class as specified, at most 10 MB). */
  make(scale?: number): string;
  /** A diagnostic code the parse must report, where the input is degraded on purpose. */
  diagnostic?: string;
  /** Words of the input that must be in the body (or the headline): the class's own text, not its markup. */
  words?: string[];
}

const sentence = 'The council met on Tuesday and argued about the harbour budget for an hour. ';
const SENTENCE_WORDS = ['council', 'tuesday', 'argued', 'harbour', 'budget', 'hour'];
const n = (count: number, scale: number) => Math.max(1, Math.round(count * scale));

/** Every code point Unicode (and JavaScript's \s) calls a space. */
export const UNICODE_SPACES = [
  '\t', '\v', '\f', ' ', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
  '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
  '\u200b', '\u180e',
];

export const HOSTILE_CLASSES: HostileClass[] = [
  // Markdown containers nested deep: each level is one more marker in front of the text.
  {
    name: 'md-blockquote-deep',
    format: 'markdown',
    make: (s = 1) => `# Deep quote\n\n${'>'.repeat(n(5000, s))} ${sentence}\n\nAfter the quote.\n`,
    diagnostic: 'markdown-too-deep',
    words: ['council', 'harbour', 'after'],
  },
  {
    name: 'md-blockquote-deep-lines',
    format: 'markdown',
    make: (s = 1) => {
      const depth = n(3000, s);
      let out = '# Quotes\n\n';
      for (let i = 1; i <= depth; i++) out += `${'> '.repeat(i)}level ${i}\n`;
      return out;
    },
    diagnostic: 'markdown-too-deep',
    words: ['level'],
  },
  {
    name: 'md-list-bullet-deep',
    format: 'markdown',
    make: (s = 1) => {
      const depth = n(2000, s);
      let out = '# Lists\n\n';
      for (let i = 0; i < depth; i++) out += `${'  '.repeat(i)}- item ${i}\n`;
      return out;
    },
    diagnostic: 'markdown-too-deep',
    words: ['item'],
  },
  {
    name: 'md-list-ordered-deep',
    format: 'markdown',
    make: (s = 1) => {
      const depth = n(2000, s);
      let out = '# Lists\n\n';
      for (let i = 0; i < depth; i++) out += `${'   '.repeat(i)}1. item ${i}\n`;
      return out;
    },
    diagnostic: 'markdown-too-deep',
    words: ['item'],
  },
  {
    name: 'md-list-one-line-deep',
    format: 'markdown',
    make: (s = 1) => `# Lists\n\n${'- '.repeat(n(5000, s))}item\n\n${'1. '.repeat(n(5000, s))}item\n`,
    diagnostic: 'markdown-too-deep',
    words: ['item'],
  },
  {
    name: 'md-mixed-containers-deep',
    format: 'markdown',
    make: (s = 1) => `# Mixed\n\n${'> - 1. '.repeat(n(2000, s))}item\n`,
    diagnostic: 'markdown-too-deep',
    words: ['item'],
  },
  {
    name: 'md-emphasis-nested',
    format: 'markdown',
    make: (s = 1) => `# Stars\n\n${'*'.repeat(n(30_000, s))}word${'*'.repeat(n(30_000, s))}\n\n${'_*'.repeat(n(15_000, s))}word${'*_'.repeat(n(15_000, s))}\n`,
    diagnostic: 'markdown-too-many-delimiters',
    words: ['word'],
  },
  {
    name: 'md-emphasis-runs',
    format: 'markdown',
    make: (s = 1) => `# Stars\n\n${'*a '.repeat(n(30_000, s))}\n\n${'**b _c '.repeat(n(20_000, s))}\n`,
    diagnostic: 'markdown-too-many-delimiters',
    words: ['a', 'b', 'c'],
  },
  {
    name: 'md-link-brackets-nested',
    format: 'markdown',
    make: (s = 1) => `# Brackets\n\n${'['.repeat(n(30_000, s))}word${']'.repeat(n(30_000, s))}(https://example.com/)\n\n${'[a'.repeat(n(20_000, s))}\n\n${'![b]('.repeat(n(20_000, s))}\n`,
    diagnostic: 'markdown-too-many-delimiters',
    words: ['word', 'a', 'b'],
  },
  {
    name: 'md-link-definitions',
    format: 'markdown',
    make: (s = 1) => {
      const count = n(30_000, s);
      const parts = ['# References\n\n'];
      for (let i = 0; i < count; i++) parts.push(`See [ref ${i}] and [text][ref ${i}].\n`);
      parts.push('\n');
      for (let i = 0; i < count; i++) parts.push(`[ref ${i}]: https://example.com/${i} "Title ${i}"\n`);
      return parts.join('');
    },
    words: ['see', 'ref', 'text'],
  },
  {
    name: 'md-code-spans',
    format: 'markdown',
    make: (s = 1) => `# Ticks\n\n${'`a '.repeat(n(50_000, s))}\n\n${'`'.repeat(n(50_000, s))}\n`,
    words: ['a'],
  },
  {
    name: 'md-autolinks',
    format: 'markdown',
    make: (s = 1) => `# Links\n\n${'www.a'.repeat(n(100_000, s))}\n\n${'http://x.'.repeat(n(50_000, s))}\n\n${'a@b.'.repeat(n(50_000, s))}\n`,
    words: ['www'],
  },
  {
    name: 'md-table-wide',
    format: 'markdown',
    make: (s = 1) => {
      const cols = n(2000, s);
      const row = `|${' cell |'.repeat(cols)}\n`;
      return `# Table\n\n${row}|${' --- |'.repeat(cols)}\n${row.repeat(50)}`;
    },
  },
  {
    name: 'md-fences-unclosed',
    format: 'markdown',
    make: (s = 1) => `# Fences\n\n${'```\ncode\n~~~\n'.repeat(n(50_000, s))}`,
  },
  {
    name: 'md-html-blocks',
    format: 'markdown',
    make: (s = 1) => `# Html\n\n${'<div>\n<span>text</span>\n'.repeat(n(50_000, s))}`,
  },
  {
    name: 'md-headings-setext',
    format: 'markdown',
    make: (s = 1) => `# Headings\n\n${'Title\n===\n'.repeat(n(100_000, s))}`,
  },
  {
    name: 'md-yaml-billion-laughs',
    format: 'markdown',
    make: () => {
      const lines = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      const names = 'abcdefghi';
      for (let i = 1; i < names.length; i++) {
        const prev = names[i - 1];
        lines.push(`${names[i]}: &${names[i]} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
      }
      lines.push('title: Laughs', '---', '', sentence);
      return lines.join('\n');
    },
    diagnostic: 'front-matter-invalid',
  },
  {
    name: 'md-yaml-deep',
    format: 'markdown',
    make: (s = 1) => `---\ntitle: ${'['.repeat(n(5000, s))}x${']'.repeat(n(5000, s))}\nnested: ${'{a: '.repeat(n(2000, s))}1${'}'.repeat(n(2000, s))}\n---\n\n${sentence}\n`,
  },
  {
    name: 'md-yaml-huge',
    format: 'markdown',
    make: (s = 1) => `---\ntitle: Big\ntags: [${Array.from({ length: n(100_000, s) }, (_, i) => `tag${i}`).join(', ')}]\n---\n\n${sentence}\n`,
  },
  {
    name: 'md-100k-links',
    format: 'markdown',
    make: (s = 1) => `# Links\n\n${Array.from({ length: n(100_000, s) }, (_, i) => `[link ${i}](https://example.com/${i})`).join(' ')}\n`,
    words: ['link'],
  },

  // HTML.
  ...['div', 'blockquote', 'span', 'b', 'a', 'table', 'ul', 'ol', 'section', 'p', 'font'].map(
    (tag): HostileClass => ({
      name: `html-${tag}-deep`,
      format: 'html',
      make: (s = 1) => {
        const depth = n(20_000, s);
        const open = tag === 'table' ? '<table><tr><td>' : tag === 'ul' || tag === 'ol' ? `<${tag}><li>` : `<${tag}>`;
        const close = tag === 'table' ? '</td></tr></table>' : tag === 'ul' || tag === 'ol' ? `</li></${tag}>` : `</${tag}>`;
        return `<html><body><article><h1>Deep ${tag}</h1>${open.repeat(depth)}<p>${sentence}</p>${close.repeat(depth)}</article></body></html>`;
      },
      words: SENTENCE_WORDS,
    }),
  ),
  {
    name: 'html-unclosed-deep',
    format: 'html',
    make: (s = 1) => `<html><body>${'<div><span><em>'.repeat(n(20_000, s))}${sentence}`,
    words: SENTENCE_WORDS,
  },
  {
    name: 'html-20mb-page',
    format: 'html',
    make: (s = 1) => {
      const paragraph = `<p>${sentence.repeat(10)}</p>\n`;
      return `<html><body><article><h1>Long</h1>${paragraph.repeat(n(Math.ceil(20_000_000 / paragraph.length), s))}</article></body></html>`;
    },
    words: SENTENCE_WORDS,
  },
  {
    name: 'html-entity-bomb',
    format: 'html',
    make: (s = 1) => `<html><body><article><h1>Entities</h1><p>${'&amp;&lt;&eacute;&nbsp;&bogus;&#169;&#x1F600;&#0;&#xD800;&#99999999999;&'.repeat(n(100_000, s))}</p></article></body></html>`,
  },
  {
    name: 'html-numeric-reference-bomb',
    format: 'html',
    make: (s = 1) => `<html><body><article><h1>References</h1><p>${'&#00000000000000000000065;&#x000000000041;'.repeat(n(100_000, s))}</p></article></body></html>`,
  },
  {
    name: 'html-jsonld-megabyte',
    format: 'html',
    make: (s = 1) => {
      const graph = Array.from({ length: n(8000, s) }, (_, i) => ({
        '@type': i % 2 ? 'Person' : 'NewsArticle',
        '@id': `#node${i}`,
        name: `Name ${i}`,
        headline: `Headline ${i}`,
        articleBody: sentence.repeat(2),
        author: { '@id': `#node${(i + 1) % 8000}` },
      }));
      return `<html><head><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph })}</script></head><body><article><h1>JSON-LD</h1><p>${sentence}</p></article></body></html>`;
    },
  },
  {
    name: 'html-jsonld-cyclic',
    format: 'html',
    make: (s = 1) => {
      const count = n(5000, s);
      const graph = Array.from({ length: count }, (_, i) => ({
        '@id': `#n${i}`,
        '@type': ['NewsArticle', 'Person', 'Organization'][i % 3],
        author: { '@id': `#n${(i + 1) % count}` },
        publisher: { '@id': `#n${(i + 2) % count}` },
        isPartOf: { '@id': `#n${i}` },
        mainEntityOfPage: { '@id': `#n${(i + count - 1) % count}` },
      }));
      return `<html><head><script type="application/ld+json">${JSON.stringify({ '@graph': graph })}</script></head><body><p>${sentence}</p></body></html>`;
    },
  },
  {
    name: 'html-jsonld-deep',
    format: 'html',
    make: (s = 1) => {
      const depth = n(100_000, s);
      const value = `${'{"@type":"NewsArticle","author":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
      const array = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      return `<html><head><script type="application/ld+json">${value}</script><script type="application/ld+json">${array}</script></head><body><p>${sentence}</p></body></html>`;
    },
  },
  {
    name: 'html-100k-links',
    format: 'html',
    make: (s = 1) => `<html><body><article><h1>Links</h1><p>${Array.from({ length: n(100_000, s) }, (_, i) => `<a href="/p/${i}">link ${i}</a>`).join(' ')}</p></article></body></html>`,
    words: ['link'],
  },
  {
    name: 'html-attributes-huge',
    format: 'html',
    make: (s = 1) => `<html><body><article class="${'x '.repeat(n(1_000_000, s))}"><p title="${'t'.repeat(n(2_000_000, s))}">${sentence}</p></article></body></html>`,
    words: SENTENCE_WORDS,
  },
  {
    name: 'html-meta-tags',
    format: 'html',
    make: (s = 1) => `<html><head>${'<meta property="og:title" content="A title"><meta name="author" content="Ana Ruiz">'.repeat(n(50_000, s))}</head><body><p>${sentence}</p></body></html>`,
  },

  // Text (and anything), by shape.
  {
    name: 'text-10mb-line',
    format: 'text',
    make: (s = 1) => 'word '.repeat(n(2_000_000, s)),
    words: ['word'],
  },
  {
    name: 'text-10mb-line-no-spaces',
    format: 'text',
    make: (s = 1) => 'a'.repeat(n(10_000_000, s)),
  },
  {
    name: 'text-10mb-line-dates',
    format: 'text',
    make: (s = 1) => 'on 5 March 2024 at 10:30 and Tuesday, '.repeat(n(250_000, s)),
  },
  {
    name: 'text-10mb-line-sentences',
    format: 'text',
    make: (s = 1) => 'Mr. Ana Ruiz of the U.S. Harbour Board said so. '.repeat(n(200_000, s)),
  },
  {
    name: 'text-1m-quote-marks',
    format: 'text',
    make: (s = 1) => `Quotes\n\n${'"'.repeat(n(1_000_000, s))}\n\n${'“'.repeat(n(500_000, s))}\n`,
  },
  {
    name: 'text-quotes-alternating',
    format: 'text',
    make: (s = 1) => `Quotes\n\n${'"a" said Ana. '.repeat(n(200_000, s))}\n`,
    words: ['said', 'ana'],
  },
  {
    name: 'text-unbalanced-quotes',
    format: 'text',
    make: (s = 1) => `Quotes\n\n${'“He said it was fine, Ana Ruiz said. '.repeat(n(100_000, s))}\n\n${'He said it was fine,” '.repeat(n(100_000, s))}\n`,
    words: ['he', 'said', 'fine', 'ruiz'],
  },
  {
    name: 'text-nul-and-lone-surrogates',
    format: 'text',
    make: (s = 1) => `Headline\n\n${'Broken \uD800 pair \u0000 and \uDC00 here \uDBFF. '.repeat(n(100_000, s))}\n`,
  },
  {
    name: 'text-every-unicode-space',
    format: 'text',
    make: (s = 1) => `Head${UNICODE_SPACES.join('')}line\n\n${`Word${UNICODE_SPACES.join('word')}end. `.repeat(n(20_000, s))}\n${UNICODE_SPACES.join('\n').repeat(n(10_000, s))}`,
  },
  {
    name: 'text-right-to-left',
    format: 'text',
    make: (s = 1) => `عنوان المقال\n\n${'قال أحمد إن الميناء سيغلق يوم الثلاثاء. \u202eאמר משה "זה בסדר". \u200f'.repeat(n(100_000, s))}\n`,
    words: ['قال', 'الميناء', 'אמר', 'בסדר'],
  },
  {
    name: 'text-100k-tiny-paragraphs',
    format: 'text',
    make: (s = 1) => `Headline\n\n${'a\n\n'.repeat(n(100_000, s))}`,
    words: ['a'],
  },
  {
    name: 'text-800k-litter-lines',
    format: 'text',
    make: (s = 1) => {
      const litter = ['Share', 'Tweet', 'Advertisement', 'Read more', 'Subscribe', 'Email', 'Print', 'Menu'];
      const lines = ['Storm closes the harbour', '', sentence.repeat(3), ''];
      for (let i = 0; i < n(800_000, s); i++) lines.push(litter[i % litter.length]!);
      return lines.join('\n');
    },
  },
  {
    name: 'text-1m-bylines',
    format: 'text',
    make: (s = 1) => `Headline\n\n${'By Ana Ruiz and Ben Cole\n'.repeat(n(200_000, s))}`,
  },
  {
    name: 'text-capitalised-words',
    format: 'text',
    make: (s = 1) => `Headline\n\n${'Ana Ben Cole Harbour Board Of The United Nations '.repeat(n(200_000, s))}\n`,
    words: ['ana', 'harbour', 'united', 'nations'],
  },
  {
    name: 'text-100k-urls',
    format: 'text',
    make: (s = 1) => `Headline\n\n${Array.from({ length: n(100_000, s) }, (_, i) => `https://example.com/${i}`).join(' ')}\n`,
  },
];

/** The classes by name. */
export const hostileClass = (name: string): HostileClass => {
  const found = HOSTILE_CLASSES.find((c) => c.name === name);
  if (!found) throw new Error(`No hostile class ${name}`);
  return found;
};
