// The Node ESM build (dist/index.js): each part is a file of its own (dist/parts/NAME.js),
// required synchronously the first time a document needs it, so importing the package
// compiles only the core and a text article never loads the HTML adapter, eld or remark.
// `loaders` holds the same files as dynamic imports: a bundler follows those and carries the
// parts along, and in a bundle, where there are no files beside it to require, `loadParts()`
// loads them (docs/batch.md, "Cold start").
import type { AllParts, AnyPartName } from './types.js';

export const preloaded: Partial<AllParts> = {};

export const loaders: { [Name in AnyPartName]: () => Promise<AllParts[Name]> } = {
  html: () => import('../input/html/index.js'),
  language: () => import('../extractors/meta/eld.js'),
  entities: () => import('./entities-part.js'),
  chrono: () => import('./chrono.js'),
  markdown: () => import('../input/markdown.js'),
};

// None where this file is bundled into a script without import.meta.url or run outside Node.
const requireFile = typeof import.meta.url === 'string' ? globalThis.process?.getBuiltinModule?.('node:module')?.createRequire(import.meta.url) : undefined;

/** Requires the file of a part (require(esm), Node ≥ 20.19); undefined where there is none to require. */
export function requirePart<Name extends AnyPartName>(name: Name): AllParts[Name] | undefined {
  if (!requireFile) return undefined;
  try {
    return requireFile(`./parts/${name}.js`) as AllParts[Name];
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'MODULE_NOT_FOUND' || code === 'ERR_REQUIRE_ESM') return undefined;
    throw error;
  }
}
