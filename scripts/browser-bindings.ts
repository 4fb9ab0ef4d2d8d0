import { join } from 'node:path';
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
