import { defineConfig } from 'tsup';
import { browserBindings } from './scripts/browser-bindings.js';

const shared = {
  entry: { index: 'src/index.ts', explain: 'src/explain/index.ts' },
  dts: true,
  sourcemap: true,
  target: 'node20',
  splitting: false,
} as const;

export default defineConfig([
  { ...shared, format: ['esm'] },
  {
    ...shared,
    format: ['cjs'],
    // unified, remark and franc ship ESM only, and esbuild's interop misreads their default export
    // under require(esm): the CommonJS build carries them inside. zod stays a peer.
    noExternal: [/^(?!zod(?:\/|$)).*/],
  },
  {
    // The browser build: the same API; the HTML adapter, language detection and the entity
    // recogniser are chunks of their own that `loadParts` fetches. Dependencies stay imports,
    // for the user's bundler to resolve with its browser conditions.
    entry: { index: 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    sourcemap: true,
    esbuildPlugins: [browserBindings],
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
  },
]);
