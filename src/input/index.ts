import { isBlank } from '../analysis/chars.js';
import { BroadsheetError } from '../errors.js';
import type { Format } from '../model/article.js';
import { binaryRatio, detectFormat } from './detect.js';
import type { InputProblem, SourceDocument } from './document.js';
import type { CoreParts } from '../parts/types.js';
import { corePart, getPart } from '../parts/index.js';
import { textToDocument } from './text.js';

export type { InputProblem, PageMetadata, RemovedRegion, SourceDocument } from './document.js';
export { detectFormat } from './detect.js';
/** Wraps a tree someone else parsed (the unified plugin) as a document: the Markdown part reads its front matter. */
export const fromMarkdownTree: CoreParts['markdown']['fromMarkdownTree'] = (source, tree, problems) =>
  corePart('markdown').fromMarkdownTree(source, tree, problems);

/** The formats `parseArticle` accepts; `auto` detects one. */
export type InputFormat = Format | 'auto';

/**
 * Turns an input string into a document, recording what looks wrong with it in `problems`; `options.url` resolves
 * HTML links, and `options.encoding` says the string was decoded from bytes in that encoding.
 */
export function loadDocument(
  source: string,
  format: InputFormat,
  problems: InputProblem[],
  options: { url?: string; encoding?: string } = {},
): SourceDocument {
  // A test, not trim(): trimming copies a page that ends in a line break.
  if (isBlank(source)) {
    problems.push({ code: 'empty-input', message: 'The input is empty or only white space.', severity: 'warning' });
  } else if (binaryRatio(source) > 0.1) {
    problems.push({
      code: 'binary-input',
      message: 'The input looks like binary data, not text: results are unlikely to mean anything.',
      severity: 'warning',
    });
  }
  const resolved = format === 'auto' ? detectFormat(source) : format;
  switch (resolved) {
    case 'text':
      return textToDocument(source);
    case 'markdown':
      return corePart('markdown').markdownToDocument(source, problems);
    case 'html': {
      const html = getPart('html');
      if (!html) {
        throw new BroadsheetError('PART_NOT_LOADED', "HTML input needs the HTML adapter, which this build loads on demand: `await loadParts(['html'])` before parsing");
      }
      return html.htmlToDocument(source, problems, options);
    }
    default:
      throw new BroadsheetError('UNSUPPORTED_FORMAT', `Expected format auto, text, markdown or html, not \`${String(format)}\``);
  }
}
