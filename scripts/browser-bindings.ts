import { join } from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * The browser build's one difference from the Node build: `src/parts/bindings.ts`, which
 * imports every optional part, becomes `bindings.browser.ts`, which imports each on demand.
 * Used by tsup.config.ts, the playground's build and the bundle-size test.
 */
export const browserBindings: Plugin = {
  name: 'broadsheet-browser-bindings',
  setup(build) {
    build.onResolve({ filter: /^\.\/bindings\.js$/ }, (args) =>
      args.resolveDir.endsWith(join('src', 'parts')) ? { path: join(args.resolveDir, 'bindings.browser.ts') } : undefined,
    );
  },
};
