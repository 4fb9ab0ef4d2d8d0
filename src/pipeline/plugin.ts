import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Article } from '../model/article.js';
import { articleFromTree } from './article.js';
import type { AnyExtractor, ParseOptions } from './extractor.js';
import { createParser } from './parser.js';

/** Options of the {@link broadsheet} unified plugin. */
export interface BroadsheetPluginOptions extends Omit<ParseOptions, 'format'> {
  /** Extractors to run instead of the default set; the result then holds their fields only (optional). */
  extractors?: readonly AnyExtractor[];
}

declare module 'vfile' {
  interface DataMap {
    /** The article broadsheet extracted from this file's tree. */
    article: Article | Record<string, unknown>;
  }
}

/**
 * A unified plugin: runs the extractors over the mdast tree and leaves the Article on
 * `file.data.article`. Use after `remark-parse` and any remark plugins you like.
 *
 * @example
 * const file = new VFile(markdown);
 * const processor = unified().use(remarkParse).use(broadsheet);
 * await processor.run(processor.parse(file), file);
 * file.data.article; // Article
 */
export const broadsheet: Plugin<[BroadsheetPluginOptions?], Root> = function (options = {}) {
  const { extractors, ...parseOptions } = options;
  const custom = extractors ? createParser({ extractors }) : null;
  return (tree, file) => {
    const source = String(file.value ?? '');
    file.data.article = custom ? custom.parseTree(tree, source, parseOptions) : articleFromTree(tree, source, parseOptions);
  };
};
