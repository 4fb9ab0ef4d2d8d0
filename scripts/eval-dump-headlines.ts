// Measures the headline the text path gives a whole-page text dump against the page's own title:
// its `og:title` or its first `<h1>`, read from the page's HTML. Both are compared after
// folding case, quote styles, dashes and white space, and a title matches when it equals the
// headline or the headline plus a site-name suffix (`Title | Site`, `Title - Site`).
//
//   npx tsx scripts/eval-dump-headlines.ts [TEXTDUMP_DIR] [HTML_DIR] [--show]
//
// Defaults: ../shared/corpus/textdump and ../shared/corpus/articlebody/html (`<id>.html.gz`).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/index.js';
import { pageTitles, sameTitle } from './page-titles.js';

const args = process.argv.slice(2);
const [dumps = '../shared/corpus/textdump', pages = '../shared/corpus/articlebody/html'] = args.filter((a) => !a.startsWith('--'));
const show = args.includes('--show');

const walk = (f: string): string[] =>
  statSync(f).isDirectory() ? readdirSync(f).sort().flatMap((n) => walk(join(f, n))) : f.endsWith('.json') ? [f] : [];

const byRenderer = new Map<string, { right: number; total: number }>();
for (const file of walk(dumps)) {
  const c = JSON.parse(readFileSync(file, 'utf8')) as { id: string; renderer?: string; input: string };
  const titles = pageTitles(pages, c.id);
  if (titles.length === 0) continue;
  const headline = parseArticle(c.input, { format: 'text' }).headline;
  const right = sameTitle(titles, headline);
  const row = byRenderer.get(c.renderer ?? '-') ?? { right: 0, total: 0 };
  row.total++;
  if (right) row.right++;
  byRenderer.set(c.renderer ?? '-', row);
  if (show && !right) console.log(`${c.id.slice(0, 10)} ${c.renderer}\n  title    ${titles.map((t) => t.trim()).join('  //  ')}\n  headline ${headline}`);
}
let right = 0;
let total = 0;
for (const [renderer, row] of byRenderer) {
  console.log(`${renderer.padEnd(13)} headline = page title ${row.right}/${row.total} (${((100 * row.right) / row.total).toFixed(1)}%)`);
  right += row.right;
  total += row.total;
}
console.log(`both          headline = page title ${right}/${total} (${((100 * right) / total).toFixed(1)}%)`);
