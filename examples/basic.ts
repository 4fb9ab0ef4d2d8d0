// Parses the reference article and prints its Article as JSON.
// Run: npx tsx examples/basic.ts [file]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from 'broadsheet';

const seed = fileURLToPath(new URL('../../shared/corpus/seed/article.txt', import.meta.url));
const fallback = fileURLToPath(new URL('../test/fixtures/text-harbour/input.txt', import.meta.url));
const file = process.argv[2] ?? (existsOrNull(seed) ?? fallback);

const article = parseArticle(readFileSync(file, 'utf8'));
console.log(JSON.stringify(article, null, 2));

function existsOrNull(path: string): string | null {
  try {
    readFileSync(path);
    return path;
  } catch {
    return null;
  }
}
