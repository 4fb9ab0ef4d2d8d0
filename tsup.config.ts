import { defineConfig } from 'tsup';

const shared = {
  entry: { index: 'src/index.ts' },
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
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
  },
]);
