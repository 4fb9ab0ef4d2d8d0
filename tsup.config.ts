import { defineConfig } from 'tsup';
import { browserBindings, nodeBindings, nodeWeightFiles } from './scripts/browser-bindings.js';

const entries = { index: 'src/index.ts', explain: 'src/explain/index.ts', batch: 'src/batch/index.ts' };
// esbuild rewrites a regular expression literal holding `\p{…}` outside a class or a lookbehind as `new RegExp(…)`, as it
// cannot tell which Unicode version a target knows; in a function body that builds the expression at every
// call (about five times the cost of a literal kept outside). Node 20 reads them all, so keep them literal.
const nodeRegExps = { supported: { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true } };

export default defineConfig([
  {
    // The Node ESM build, one build so every entry shares the core's chunks: the library, its
    // subpaths, the CLI and the file `broadsheet/batch`'s worker threads load. Each part is an
    // entry of its own, dist/parts/NAME.js, which bindings.node.ts requires when a document
    // first needs it: importing the package compiles the core only.
    entry: {
      ...entries,
      cli: 'src/cli/index.ts',
      'batch-worker': 'src/batch/worker.ts',
      'parts/html': 'src/input/html/index.ts',
      'parts/language': 'src/extractors/meta/eld.ts',
      'parts/entities': 'src/parts/entities-part.ts',
      'parts/chrono': 'src/parts/chrono.ts',
      'parts/markdown': 'src/input/markdown.ts',
    },
    format: ['esm'],
    dts: { entry: entries },
    sourcemap: true,
    target: 'node20',
    esbuildOptions: (options) => Object.assign(options, nodeRegExps),
    splitting: true,
    // Dependencies inside: Node resolves, reads and links each module file on its own, and chrono
    // alone is some forty of them (bundled, its part loads about three times faster). zod stays a
    // peer; piscina starts its workers from a file of its own; BullMQ is the queue's, loaded on use.
    noExternal: [/^(?!(?:zod|piscina|bullmq|ioredis)(?:\/|$)).*/],
    // The CommonJS ones among them (commander, yaml's Node build) require Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // The large encoded tables as .bin files beside their parts (scripts/browser-bindings.ts).
    esbuildPlugins: [nodeBindings, nodeWeightFiles],
  },
  {
    entry: entries,
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    esbuildOptions: (options) => Object.assign(options, nodeRegExps),
    splitting: false,
    // unified, remark and franc ship ESM only, and esbuild's interop misreads their default export
    // under require(esm): the CommonJS build carries them inside. zod stays a peer; piscina stays
    // outside, as it starts its workers from a file of its own.
    noExternal: [/^(?!(?:zod|piscina)(?:\/|$)).*/],
    // The batch module finds its worker file from import.meta.url.
    shims: true,
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
]);
