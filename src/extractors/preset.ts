import { bodyExtractor } from './body/index.js';
import { boilerplateExtractor } from './boilerplate/index.js';
import { bylineExtractor } from './byline/index.js';
import { datelineExtractor } from './dateline/index.js';
import { entitiesExtractor } from '../parts/entities.js';
import { headlineExtractor } from './headline/index.js';
import { metaExtractor } from './meta/index.js';
import { modifiedAtExtractor } from './modified-at/index.js';
import { publishedAtExtractor } from './published-at/index.js';
import { quotesExtractor } from './quotes/index.js';
import { relatedLinksExtractor } from './related-links/index.js';
import { shareExtractor } from './share/index.js';
import { siteNameExtractor } from './site-name/index.js';

/**
 * The default extractors, in a sensible order. An array: spread it to extend,
 * filter it to trim, and pass the result to `createParser`.
 */
export const defaultExtractors = [
  headlineExtractor,
  bylineExtractor,
  datelineExtractor,
  publishedAtExtractor,
  modifiedAtExtractor,
  siteNameExtractor,
  boilerplateExtractor,
  bodyExtractor,
  relatedLinksExtractor,
  entitiesExtractor,
  quotesExtractor,
  shareExtractor,
  metaExtractor,
] as const;
