// The Node build: every part is in the bundle and ready, so parsing stays synchronous with
// nothing to load. The browser build swaps this file for bindings.browser.ts (scripts/browser-bindings.ts).
import { eldDetector } from '../extractors/meta/eld.js';
import { htmlToDocument } from '../input/html/index.js';
import * as entities from './entities-part.js';
import type { PartName, Parts } from './types.js';

export const preloaded: Partial<Parts> = { html: { htmlToDocument }, language: eldDetector, entities };

export const loaders: { [Name in PartName]?: () => Promise<Parts[Name]> } = {};
