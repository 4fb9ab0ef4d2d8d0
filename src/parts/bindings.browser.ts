// The browser build: each part is a dynamic import, so bundlers emit it as a chunk of its own
// that is fetched only when `loadParts` asks for it.
import type { PartName, Parts } from './types.js';

export const preloaded: Partial<Parts> = {};

export const loaders: { [Name in PartName]: () => Promise<Parts[Name]> } = {
  html: () => import('../input/html/index.js'),
  language: async () => (await import('../extractors/meta/eld.js')).eldDetector,
  entities: () => import('./entities-part.js'),
};
