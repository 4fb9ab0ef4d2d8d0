import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserBindings } from '../scripts/browser-bindings.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET_KB = 250;

interface Chunk {
  gzip: number;
  imports: Metafile['outputs'][string]['imports'];
  inputs: string[];
}

/**
 * Bundles an app that parses text with the browser build and loads the optional parts only
 * when asked, as a user's bundler would, chunks split.
 */
async function bundleApp(): Promise<Map<string, Chunk>> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-browser-'));
  const entry = join(dir, 'app.ts');
  writeFileSync(
    entry,
    `import { loadParts, parseArticle } from ${JSON.stringify(join(root, 'src/index.ts'))};\n` +
      `if (location.hash) await loadParts();\nconsole.log(parseArticle(document.body.textContent ?? ''));\n`,
  );
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outdir: join(dir, 'out'),
    absWorkingDir: dir,
    metafile: true,
    plugins: [browserBindings],
    logLevel: 'silent',
  });
  const chunks = new Map<string, Chunk>();
  for (const file of result.outputFiles) {
    if (!file.path.endsWith('.js')) continue;
    const key = file.path.slice(dir.length + 1);
    const meta = result.metafile.outputs[key]!;
    chunks.set(key, { gzip: gzipSync(file.contents, { level: 9 }).length, imports: meta.imports, inputs: Object.keys(meta.inputs) });
  }
  return chunks;
}

/** A chunk and every chunk it imports statically, transitively. */
function closure(chunks: Map<string, Chunk>, start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen;
  seen.add(start);
  for (const entry of chunks.get(start)!.imports) if (entry.kind === 'import-statement') closure(chunks, entry.path, seen);
  return seen;
}

const kb = (bytes: number) => Math.round(bytes / 1024);
const sum = (chunks: Map<string, Chunk>, keys: Iterable<string>) => [...keys].reduce((total, key) => total + chunks.get(key)!.gzip, 0);

describe('the browser build', () => {
  let chunks: Map<string, Chunk>;
  let initial: Set<string>;
  /** Each optional part's own chunks, by the part's source directory. */
  const parts = new Map<string, Set<string>>();

  beforeAll(async () => {
    chunks = await bundleApp();
    const entry = [...chunks.keys()].find((key) => key.startsWith('out/app'))!;
    initial = closure(chunks, entry);
    for (const key of initial) {
      for (const dynamic of chunks.get(key)!.imports.filter((entry) => entry.kind === 'dynamic-import')) {
        const own = new Set([...closure(chunks, dynamic.path)].filter((chunk) => !initial.has(chunk)));
        const inputs = chunks.get(dynamic.path)!.inputs.join(' ');
        const name = /src\/input\/html\//.test(inputs) ? 'html' : /eld/.test(inputs) ? 'language' : /src\/extractors\/entities\//.test(inputs) ? 'entities' : dynamic.path;
        parts.set(name, new Set([...(parts.get(name) ?? []), ...own]));
      }
    }
  }, 120_000);

  it('imports no Node built-in anywhere in its import graph', () => {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    for (const chunk of chunks.values()) {
      for (const input of chunk.inputs) expect(builtins.has(input) || input.startsWith('node:'), input).toBe(false);
      for (const entry of chunk.imports) expect(entry.external ?? false, entry.path).toBe(false);
    }
  });

  it('keeps the HTML adapter, language detection and the entity recogniser out of the text-only bundle', () => {
    const loadedFirst = [...initial].flatMap((key) => chunks.get(key)!.inputs).join('\n');
    expect(loadedFirst).not.toMatch(/node_modules\/(?:eld|htmlparser2)\//);
    expect(loadedFirst).not.toMatch(/src\/input\/html\/|src\/extractors\/entities\/gazetteer/);
    expect([...parts.keys()].sort()).toEqual(['entities', 'html', 'language']);
  });

  it(`is at most ${BUDGET_KB} KB gzipped for text, and within the ceilings the README states`, () => {
    const measured: Record<string, number> = { text: kb(sum(chunks, initial)) };
    for (const [name, own] of parts) measured[name] = kb(sum(chunks, own));
    measured.all = kb(sum(chunks, chunks.keys()));
    expect(measured.text).toBeLessThanOrEqual(BUDGET_KB);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const [name, size] of Object.entries(measured)) {
      const row = new RegExp(`^\\| [^|]*<!-- size:${name} --> \\| (\\d+) KB \\| (\\d+) KB \\|`, 'm').exec(readme);
      expect(row, `README row for ${name}`).not.toBeNull();
      const [stated, ceiling] = [Number(row![1]), Number(row![2])];
      expect(size, `${name}: ${size} KB, over the README's ceiling of ${ceiling} KB`).toBeLessThanOrEqual(ceiling);
      expect(stated).toBeLessThanOrEqual(ceiling);
      // The headline figure must stay true; parts move as their models and word lists change.
      if (name === 'text') expect(Math.abs(stated - size) / size, `text: README says ${stated} KB, the build is ${size} KB`).toBeLessThanOrEqual(0.15);
    }
  });
});
