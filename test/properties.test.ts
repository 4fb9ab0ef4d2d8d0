// Properties over all three formats: any string, and generated Markdown and HTML structures, give a valid
// Article with every offset inside the input on a code-unit boundary that does not split a surrogate pair,
// without a throw or an extractor failure; and the time grows roughly linearly with the input.
//
// FUZZ_RUNS sets the runs per property (`npm run fuzz` runs many more). A failure prints the seed and path
// and the one command that replays it: FUZZ_SEED=… FUZZ_PATH=… npx vitest run test/properties.test.ts -t '…'
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { articleProblems } from './hostile/check.js';
import { hostileClass, UNICODE_SPACES } from './hostile/corpus.js';

// CI: a thousand strings, a few hundred documents per format; the machine is shared, so no more.
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const DOCUMENT_RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const SIZE = process.env.FUZZ_RUNS ? 'medium' : 'small';
const TIMEOUT = Math.max(240_000, RUNS * 300);

/** Runs a property; on failure, throws with the counterexample and a command that replays exactly it. */
function holds<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns = RUNS): void {
  const { FUZZ_SEED: seed, FUZZ_PATH: path } = process.env;
  const replay = seed ? { seed: Number(seed), ...(path ? { path } : {}) } : {};
  const details = fc.check(fc.property(arbitrary, predicate), { numRuns, ...replay });
  if (!details.failed) return;
  const command = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''} npx vitest run test/properties.test.ts -t '${name}'`;
  throw new Error(`${fc.defaultReportMessage(details)}\n\nReplay: ${command}`);
}

function parsesCleanly(source: string, format: 'auto' | 'text' | 'markdown' | 'html'): void {
  const article = parseArticle(source, { format });
  expect(articleProblems(article, source)).toEqual([]);
}

const format = fc.constantFrom('auto' as const, 'text' as const, 'markdown' as const, 'html' as const);
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const tokens = fc.constantFrom(
  ...['Headline', 'said', 'Ana Ruiz', 'the', 'U.S.', 'Mr.', 'By ', '\n', '\n\n', '\r\n', '\r', '"', '“', '”', '‘', '’', "'", '«', '»'],
  ...['# ', '> ', '- ', '1. ', '* ', '_', '**', '`', '```', '[', ']', '(', ')', '[x](y)', '[r]: /u', '|', '---', '===', '<', '>'],
  ...['<p>', '</p>', '<div>', '<a href="/x">', '</a>', '&amp;', '&#0;', '&#xD800;', '&', '<!--', '<script>', '</script>'],
  ...['5 March 2024', 'Tuesday', '2024-03-05', '10:30', '\u0000', '\uD800', '\uDC00', '😀', '\u202E', 'قال', 'שלום'],
  ...UNICODE_SPACES,
);
const anyString = fc.oneof(
  fc.string({ unit: 'binary', size: SIZE }),
  fc.array(codeUnit, { size: SIZE }).map((units) => units.join('')),
  fc.array(tokens, { size: SIZE }).map((parts) => parts.join('')),
);

const word = fc.constantFrom('council', 'Harbour', 'Ana', 'Ruiz', 'said', 'budget', 'Tuesday', '2024', 'it', 'the', 'March');
const inline = fc.oneof(
  word,
  word.map((w) => `*${w}*`),
  word.map((w) => `**${w}**`),
  word.map((w) => `_${w}_`),
  word.map((w) => `[${w}](https://example.com/${w})`),
  word.map((w) => `[${w}][ref]`),
  word.map((w) => `\`${w}\``),
  word.map((w) => `“${w},” said Ana Ruiz.`),
  fc.constantFrom('*', '_', '[', ']', '![', '<b>', '&amp;', '"', '\\', '~~', 'www.example.com', '<https://e.com>'),
);
const line = fc.array(inline, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));
const containers = fc.array(fc.constantFrom('> ', '- ', '1. ', '  ', '* ', '+ ', '>'), { maxLength: 40 }).map((p) => p.join(''));
const markdownBlock = fc.oneof(
  fc.tuple(containers, fc.array(line, { minLength: 1, maxLength: 4 })).map(([prefix, lines]) => lines.map((l) => prefix + l).join('\n')),
  line.map((l) => `# ${l}`),
  fc.tuple(line, fc.constantFrom('===', '---')).map(([l, u]) => `${l}\n${u}`),
  fc.array(line, { maxLength: 4 }).map((lines) => `\`\`\`\n${lines.join('\n\n')}\n\`\`\``),
  fc.array(line, { maxLength: 4 }).map((lines) => `| a | b |\n| - | - |\n${lines.map((l) => `| ${l} | x |`).join('\n')}`),
  line.map((l) => `[ref]: https://example.com/ref "${l}"`),
  line.map((l) => `<div>\n${l}\n</div>`),
  line.map((l) => `${l}[^n]\n\n[^n]: ${l}`),
);
const markdownDocument = fc
  .tuple(
    fc.option(line.map((l) => `---\ntitle: ${l}\nauthor: [Ana Ruiz]\n---\n`)),
    fc.array(markdownBlock, { size: SIZE }),
    fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n'),
  )
  .map(([front, blocks, separator]) => (front ?? '') + blocks.join(separator));

const tag = fc.constantFrom('div', 'p', 'span', 'a', 'article', 'main', 'h1', 'h2', 'ul', 'li', 'table', 'tr', 'td', 'blockquote', 'b', 'em', 'nav', 'aside', 'footer', 'figure', 'time', 'script', 'style', 'pre', 'br', 'img');
const attributes = fc.array(
  fc.tuple(fc.constantFrom('class', 'id', 'href', 'itemprop', 'datetime', 'rel', 'content'), fc.oneof(word, fc.constantFrom('share', 'related', 'author', 'articleBody', '/x', 'https://e.com/a', '"', ''))),
  { maxLength: 3 },
).map((pairs) => pairs.map(([k, v]) => ` ${k}="${v}"`).join(''));
const { htmlNode } = fc.letrec((tie) => ({
  htmlNode: fc.oneof({ depthSize: 'small' }, line, tie('element')),
  element: fc
    .tuple(tag, attributes, fc.array(tie('htmlNode'), { maxLength: 5 }), fc.boolean())
    .map(([name, attrs, children, close]) => `<${name}${attrs}>${(children as string[]).join('')}${close ? `</${name}>` : ''}`),
}));
const jsonLd = fc
  .oneof(fc.json({ depthSize: 'small' }), fc.constant('{"@type":"NewsArticle","headline":"A head","author":{"name":"Ana Ruiz"}}'), fc.constant('{"@graph":[{"@id":"#a","author":{"@id":"#a"}}]}'))
  .map((json) => `<script type="application/ld+json">${json}</script>`);
const htmlDocument = fc
  .tuple(fc.array(jsonLd, { maxLength: 2 }), fc.array(fc.tuple(fc.constantFrom('og:title', 'author', 'article:published_time', 'description'), line), { maxLength: 3 }), fc.array(htmlNode, { size: SIZE }), fc.boolean())
  .map(([scripts, metas, body, whole]) => {
    const head = scripts.join('') + metas.map(([name, content]) => `<meta property="${name}" content="${content}">`).join('');
    return whole ? `<!DOCTYPE html><html><head>${head}</head><body>${body.join('\n')}</body></html>` : `${head}${body.join('')}`;
  });

describe('properties', () => {
  it('any string, in any format, gives a valid Article', () => {
    holds('any string, in any format, gives a valid Article', fc.tuple(anyString, format), ([source, f]) => parsesCleanly(source, f));
  }, TIMEOUT);

  it('generated Markdown gives a valid Article', () => {
    holds('generated Markdown gives a valid Article', fc.tuple(markdownDocument, fc.constantFrom('auto' as const, 'markdown' as const)), ([source, f]) => parsesCleanly(source, f), DOCUMENT_RUNS);
  }, TIMEOUT);

  it('generated HTML gives a valid Article', () => {
    holds('generated HTML gives a valid Article', fc.tuple(htmlDocument, fc.constantFrom('auto' as const, 'html' as const)), ([source, f]) => parsesCleanly(source, f), DOCUMENT_RUNS);
  }, TIMEOUT);
});

/** CPU milliseconds of the fastest of three parses: the least disturbed by the machine's other load. */
function cost(source: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const before = process.cpuUsage();
    parseArticle(source);
    const spent = process.cpuUsage(before);
    best = Math.min(best, (spent.user + spent.system) / 1000);
  }
  return best;
}

/**
 * The large input's cost over the small one's (the small one floored at `floorMs`), measured again up to three
 * times while it is over `bound`: on a loaded machine a GC pause or a neighbour's burst can land on one
 * measurement, while a superlinear shape is over the bound every time.
 */
function growthRatio(small: string, large: string, bound: number, floorMs: number): number {
  parseArticle(small);
  parseArticle(large);
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && ratio > bound; attempt++) {
    ratio = Math.min(ratio, cost(large) / Math.max(cost(small), floorMs));
  }
  return ratio;
}

describe('growth', () => {
  // Shapes that were superlinear once, and one per format: doubling the input may at most triple the time.
  // (A shape's generator at twice the scale may write more than twice the text; the bound follows the text.)
  const shapes = ['md-blockquote-deep-lines', 'md-list-bullet-deep', 'md-emphasis-nested', 'md-link-brackets-nested', 'md-headings-setext', 'html-div-deep', 'html-100k-links', 'text-1m-quote-marks'];
  // A shape whose superlinear term shows only at a larger size: a paragraph's link texts read off its growing
  // text cost little below 10k links.
  const scale: Record<string, number> = { 'html-100k-links': 1 / 8 };
  for (const name of shapes) {
    it(`${name}: doubling the input at most triples the time`, () => {
      const shape = hostileClass(name);
      const small = shape.make(scale[name] ?? 1 / 32);
      const large = shape.make(2 * (scale[name] ?? 1 / 32));
      // Some shapes grow faster than their scale (nesting depth × lines): compare with the input's own growth.
      const bound = 1.5 * (large.length / small.length);
      expect(growthRatio(small, large, bound, 5)).toBeLessThanOrEqual(bound);
    }, 300_000);
  }

  it('generated Markdown and HTML, repeated to twice the length, at most triple the time', () => {
    holds(
      'generated Markdown and HTML, repeated to twice the length, at most triple the time',
      fc.oneof(markdownDocument, htmlDocument).filter((s) => s.length > 50),
      (source) => {
        // 40k characters and up, and a 20 ms floor: below that, JIT warm-up and GC pauses outweigh the parse.
        const times = Math.ceil(40_000 / source.length);
        const small = source.repeat(times);
        const large = source.repeat(times * 2);
        expect(growthRatio(small, large, 3, 20)).toBeLessThanOrEqual(3);
      },
      Math.max(4, Math.round(DOCUMENT_RUNS / 50)),
    );
  }, TIMEOUT);
});
