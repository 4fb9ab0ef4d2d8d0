// The browser build: each optional part is a dynamic import, so bundlers emit it as a chunk of
// its own that is fetched only when `loadParts` asks for it. The core parts are in the main bundle.
import * as chrono from './chrono.js';
import * as markdown from '../input/markdown.js';
import type { AllParts, AnyPartName } from './types.js';

export const preloaded: Partial<AllParts> = { chrono, markdown };

export const loaders: { [Name in AnyPartName]?: () => Promise<AllParts[Name]> } = {
  html: () => import('../input/html/index.js'),
  language: async () => (await import('../extractors/meta/eld.js')).eldDetector,
  entities: () => import('./entities-part.js'),
};

/** Loads a part synchronously where this build can: never in a browser. */
export const requirePart: (name: AnyPartName) => undefined = () => undefined;
