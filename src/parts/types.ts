import type * as chrono from 'chrono-node/en';
import type * as entities from './entities-part.js';
import type { htmlToDocument } from '../input/html/index.js';
import type { fromMarkdownTree, markdownToDocument } from '../input/markdown.js';

/** Detects a sample's language as an ISO 639-1 code; null when unsure. */
export interface LanguageDetector {
  detect(sample: string): string | null;
}

/** The name of an optional part: `html`, `language` or `entities`. */
export type PartName = 'html' | 'language' | 'entities';

/** What each optional part holds. */
export interface Parts extends Record<PartName, unknown> {
  /** The HTML input adapter (htmlparser2 and the page reader). */
  html: { htmlToDocument: typeof htmlToDocument };
  /** Language detection for samples that are not plainly English (eld's n-gram tables). */
  language: LanguageDetector;
  /** The entity recogniser with its word lists, and the extractor around it. */
  entities: typeof entities;
}

/**
 * Parts every build parses with, which the Node build still loads only when a document first
 * needs them: chrono when a date is looked for, unified and remark for Markdown input.
 */
export interface CoreParts {
  /** chrono's English date parsers. */
  chrono: typeof chrono;
  /** The Markdown input adapter (unified, remark-parse, remark-gfm, yaml for front matter). */
  markdown: { markdownToDocument: typeof markdownToDocument; fromMarkdownTree: typeof fromMarkdownTree };
}

/** Every part, optional or core. */
export type AllParts = Parts & CoreParts;
export type AnyPartName = keyof AllParts;
