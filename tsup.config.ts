import { defineConfig } from 'tsup';
import { browserBindings } from './scripts/browser-bindings.js';

const shared = {
  // `batch` is `broadsheet/batch` (Node only); `batch-worker` is the file its worker threads load.
  entry: { index: 'src/index.ts', explain: 'src/explain/index.ts', batch: 'src/batch/index.ts' },
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
    // under require(esm): the CommonJS build carries them inside. zod stays a peer; piscina stays
    // outside, as it starts its workers from a file of its own.
    noExternal: [/^(?!(?:zod|piscina)(?:\/|$)).*/],
    // The batch module finds its worker file from import.meta.url.
    shims: true,
  },
  {
    entry: { 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
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
    // broadsheet/queue loads the core as the package itself, so both entries share one BroadsheetError,
    // and BullMQ only when a queue is used: the core never pulls in a Redis client.
    entry: { queue: 'src/queue/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    external: ['broadsheet', 'bullmq', 'ioredis'],
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
  },
]);
