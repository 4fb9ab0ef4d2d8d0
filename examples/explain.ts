// Parses an article and prints the explain page: the source with what broadsheet found highlighted.
// Run: npx tsx examples/explain.ts [file] > article.html   (then open article.html in a browser)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from 'broadsheet';
import { renderExplain } from 'broadsheet/explain';

const file = process.argv[2] ?? fileURLToPath(new URL('../test/fixtures/text-harbour/input.txt', import.meta.url));
// Decode once and parse the string, so the offsets point into the very text the page shows.
const source = readFileSync(file, 'utf8');
const article = parseArticle(source);

process.stdout.write(renderExplain(source, article, { title: `explain: ${article.headline ?? file}` }));
