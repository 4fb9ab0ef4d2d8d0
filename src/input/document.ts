import type { Root } from 'mdast';
import type { Format } from '../model/article.js';

/**
 * What an input says about itself, apart from its text: Markdown front matter,
 * HTML `<meta>` tags and JSON-LD. Every field is optional; extractors use these
 * first and fall back to the text.
 */
export interface PageMetadata {
  title?: string;
  headline?: string;
  authors?: string[];
  publishedAt?: string;
  modifiedAt?: string;
  siteName?: string;
  language?: string;
  canonicalUrl?: string;
  image?: string;
  description?: string;
  keywords?: string[];
}

/** A stretch of the input the adapter left out of the tree, and why (HTML share bars, rails). */
export interface RemovedRegion {
  kind: 'share' | 'related' | 'navigation' | 'comments' | 'other';
  start: number;
  end: number;
  /** Labels or link texts the region held, for the extractors that read them. */
  labels: string[];
  links: Array<{ title: string; url: string | null }>;
}

/**
 * One input turned into an mdast tree whose node positions are UTF-16 offsets
 * into `source`, the string exactly as given.
 */
export interface SourceDocument {
  source: string;
  format: Format;
  tree: Root;
  page: PageMetadata;
  removed: RemovedRegion[];
}

/** A problem an input adapter found; the pipeline stamps it `extractor: 'input'`. */
export interface InputProblem {
  code: string;
  message: string;
  severity: 'info' | 'warning' | 'error';
  start?: number;
  end?: number;
}
