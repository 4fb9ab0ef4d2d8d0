// The bindings of the sources (tests, the CommonJS build): every part imported and ready, so
// parsing stays synchronous with nothing to load. The Node ESM build swaps this file for
// bindings.node.ts, the browser build for bindings.browser.ts (scripts/part-bindings.ts).
import * as chrono from './chrono.js';
import { eldDetector } from '../extractors/meta/eld.js';
import { htmlToDocument } from '../input/html/index.js';
import * as markdown from '../input/markdown.js';
import * as entities from './entities-part.js';
import type { AllParts, AnyPartName } from './types.js';

export const preloaded: Partial<AllParts> = { html: { htmlToDocument }, language: eldDetector, entities, chrono, markdown };

export const loaders: { [Name in AnyPartName]?: () => Promise<AllParts[Name]> } = {};

/** Loads a part synchronously where this build can: never here, as every part is preloaded. */
export const requirePart: (name: AnyPartName) => undefined = () => undefined;
