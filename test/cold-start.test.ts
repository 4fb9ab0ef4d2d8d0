// The Node ESM build loads each part when a document first needs it (src/parts/bindings.node.ts):
// importing the package loads the core and zod only, a plain English article adds the entity
// recogniser and chrono, and HTML, Markdown and other languages add their own parts. Runs on
// the built package in a child process; landing and CI build first.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist/index.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) newest = Math.max(newest, statSync(join(dir, file)).mtimeMs);
  return newest;
}

const fresh = existsSync(built) && newestSource(join(root, 'src')) <= statSync(built).mtimeMs;

// Records every module the ESM loader resolves at import (a resolve hook, which require() does
// not pass through), then what each kind of document requires (require.cache).
const CHILD = String.raw`
import { createRequire, register } from 'node:module';
const port = new (await import('node:worker_threads')).MessageChannel();
const seen = [];
port.port1.on('message', (url) => seen.push(url));
port.port1.unref();
register('data:text/javascript,' + encodeURIComponent(
  'let port; export function initialize(data) { port = data.port; }' +
  'export async function resolve(specifier, context, next) { const r = await next(specifier, context); port.postMessage(r.url); return r; }'),
  { data: { port: port.port2 }, transferList: [port.port2] });
const broadsheet = await import(process.argv[1]);
await new Promise((resolve) => setTimeout(resolve, 50));
const require = createRequire(import.meta.url);
const parts = () => Object.keys(require.cache).map((file) => file.match(/parts[\\/](\w+)\.js$/)?.[1]).filter(Boolean).sort();
const report = { imported: seen.map((url) => url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'own'), steps: {} };
const steps = {
  text: () => broadsheet.parseArticle('Harbour reopens\n\nThe harbour at Porthlyn reopened on Monday, March 4, 2024, said Tom Price, who has been the harbour master there since 2019 and who said that the storm was the worst he had seen.'),
  html: () => broadsheet.parseArticle('<html><body><h1>A title</h1><p>Some body text here, and then some more.</p></body></html>', { format: 'html' }),
  markdown: () => broadsheet.parseArticle('# A title\n\nSome *body* text here, and then some more.', { format: 'markdown' }),
  french: () => broadsheet.parseArticle('Le port rouvre\n\nLe port de Porthlyn a rouvert lundi, trois semaines après la tempête. « Nous sommes de retour », a déclaré Tom Price, le capitaine du port, devant les pêcheurs réunis sur le quai.'),
};
for (const [name, step] of Object.entries(steps)) {
  const article = step();
  report.steps[name] = { parts: parts(), headline: article.headline, language: article.meta.language, entities: article.entities.length };
}
console.log(JSON.stringify(report));
`;

describe.skipIf(!fresh && !process.env.CI)('cold start of the Node build', () => {
  it('imports the core and zod only, and loads each part when a document first needs it', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, built], { encoding: 'utf8', timeout: 60_000 });
    const report = JSON.parse(out) as { imported: string[]; steps: Record<string, { parts: string[]; headline: string; language: string | null; entities: number }> };
    expect(new Set(report.imported)).toEqual(new Set(['own', 'zod']));
    expect(report.steps.text).toEqual({ parts: ['chrono', 'entities'], headline: 'Harbour reopens', language: 'en', entities: expect.any(Number) });
    expect(report.steps.text!.entities).toBeGreaterThan(0);
    expect(report.steps.html).toMatchObject({ parts: ['chrono', 'entities', 'html'], headline: 'A title' });
    expect(report.steps.markdown).toMatchObject({ parts: ['chrono', 'entities', 'html', 'markdown'], headline: 'A title' });
    expect(report.steps.french).toMatchObject({ parts: ['chrono', 'entities', 'html', 'language', 'markdown'], language: 'fr' });
  });

  it('ships the large encoded tables as binary files beside their parts, not as base64 text inside them', () => {
    for (const file of ['entity-model.bin', 'gazetteer-table.bin', 'ngram-table.bin']) expect(statSync(join(root, 'dist/parts', file)).size).toBeGreaterThan(100_000);
    for (const part of ['entities.js', 'language.js']) {
      expect(readFileSync(join(root, 'dist/parts', part), 'utf8')).not.toMatch(/"[A-Za-z0-9+/=]{65536,}"/);
    }
  });
});
