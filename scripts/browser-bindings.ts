import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

/** An esbuild plugin that swaps `src/parts/bindings.ts` for `bindings.VARIANT.ts`. */
function partBindings(variant: 'browser' | 'node'): Plugin {
  return {
    name: `broadsheet-${variant}-bindings`,
    setup(build) {
      build.onResolve({ filter: /^\.\/bindings\.js$/ }, (args) =>
        args.resolveDir.endsWith(join('src', 'parts')) ? { path: join(args.resolveDir, `bindings.${variant}.ts`) } : undefined,
      );
    },
  };
}

/**
 * The browser build's one difference from the sources: `src/parts/bindings.ts`, which imports
 * every part, becomes `bindings.browser.ts`, which imports each optional part on demand.
 * Used by tsup.config.ts, the playground's build and the bundle-size test.
 */
export const browserBindings: Plugin = partBindings('browser');

/**
 * The Node ESM build's: `bindings.node.ts` requires each part from a file of its own the first
 * time a document needs it, so importing the package loads only the core. Used by tsup.config.ts.
 */
export const nodeBindings: Plugin = partBindings('node');

/** A generated module's export of base64 text long enough to be worth a file: `export const NAME = "…";`. */
const LARGE_BASE64_EXPORT = /^export const (\w+)(?::\s*string)? = "([A-Za-z0-9+/=]{65536,})";$/gm;

/**
 * The Node ESM build's other difference: each large base64 table in a `*.generated.ts` module
 * (the entity model, the gazetteer, eld's n-grams) becomes a binary file beside the output file
 * that holds the module (`dist/parts/entity-model.bin`), and the export a call that reads it
 * (`src/parts/weights-file.node.ts`). The sources, the CommonJS and the browser builds keep the text.
 */
export const nodeWeightFiles: Plugin = {
  name: 'broadsheet-node-weight-files',
  setup(build) {
    build.initialOptions.metafile = true;
    /** Input path (as the metafile names it) → the files its exports became. */
    const files = new Map<string, { name: string; bytes: Buffer }[]>();
    const reader = resolve('src/parts/weights-file.node.ts');
    build.onLoad({ filter: /\.generated\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const found: { name: string; bytes: Buffer }[] = [];
      const contents = source.replace(LARGE_BASE64_EXPORT, (_, name: string, base64: string) => {
        const file = `${name.toLowerCase().replaceAll('_', '-')}.bin`;
        found.push({ name: file, bytes: Buffer.from(base64, 'base64') });
        return `export const ${name} = readWeightsFile(new URL('./${file}', import.meta.url));`;
      });
      if (found.length === 0) return undefined;
      files.set(relative(process.cwd(), args.path).split('\\').join('/'), found);
      return { contents: `import { readWeightsFile } from ${JSON.stringify(reader)};\n${contents}`, loader: 'ts' };
    });
    build.onEnd((result) => {
      for (const [output, { inputs }] of Object.entries(result.metafile?.outputs ?? {})) {
        for (const input of Object.keys(inputs)) {
          for (const { name, bytes } of files.get(input) ?? []) {
            mkdirSync(dirname(output), { recursive: true });
            writeFileSync(join(dirname(output), name), bytes);
          }
        }
      }
    });
  },
};
