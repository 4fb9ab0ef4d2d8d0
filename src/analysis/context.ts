import type { Root } from 'mdast';
import type { PageMetadata, RemovedRegion, SourceDocument } from '../input/document.js';
import type { Format } from '../model/article.js';
import { type Block, collectBlocks } from './blocks.js';
import { isDateLine } from './dates.js';
import { findLead, type Lead } from './lead.js';
import { type ArticleRegion, locateArticle } from './region/index.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

/** A sentence of a block. `start`/`end` are source offsets; `textStart`/`textEnd` offsets into the block's text. */
export interface Sentence {
  index: number;
  block: number;
  text: string;
  start: number;
  end: number;
  textStart: number;
  textEnd: number;
}

/** A token of a sentence, with source offsets and offsets into its block's text. */
export interface Token {
  text: string;
  kind: 'word' | 'number' | 'punct' | 'symbol';
  sentence: number;
  block: number;
  start: number;
  end: number;
  textStart: number;
  textEnd: number;
}

/**
 * What every extractor reads: the document and its analysis, built once per article.
 * Sentences and tokens are computed on first use, so an extractor set that never asks
 * for them never pays for them.
 */
export class Analysis {
  readonly source: string;
  readonly format: Format;
  readonly tree: Root;
  readonly page: PageMetadata;
  readonly removed: readonly RemovedRegion[];
  readonly blocks: readonly Block[];
  #sentences: Sentence[] | undefined;
  #tokens: Token[] | undefined;
  #sentencesByBlock: Sentence[][] | undefined;
  #lead: Lead | undefined;
  #region: ArticleRegion | null | undefined;

  constructor(document: SourceDocument) {
    this.source = document.source;
    this.format = document.format;
    this.tree = document.tree;
    this.page = document.page;
    this.removed = document.removed;
    this.blocks = collectBlocks(document.tree);
  }

  /** The opening blocks: headline, byline and date line. */
  get lead(): Lead {
    this.#lead ??= findLead(this.blocks, isDateLine, this.region?.start, this.region?.title);
    return this.#lead;
  }

  /**
   * Where the article sits in a plain-text input that is a whole page (menus, teasers,
   * footers); null for an article alone, and for Markdown and HTML, whose structure says it.
   */
  get region(): ArticleRegion | null {
    if (this.#region === undefined) this.#region = this.format === 'text' ? locateArticle(this.blocks, this.source) : null;
    return this.#region;
  }

  /** Every sentence of every block, in reading order. */
  get sentences(): readonly Sentence[] {
    if (!this.#sentences) {
      const sentences: Sentence[] = [];
      for (const block of this.blocks) {
        if (block.type === 'code' || block.type === 'html') continue;
        for (const range of splitSentences(block.text)) {
          sentences.push({
            index: sentences.length,
            block: block.index,
            text: block.text.slice(range.start, range.end),
            start: block.toSource(range.start),
            end: block.toSource(range.end, 'end'),
            textStart: range.start,
            textEnd: range.end,
          });
        }
      }
      this.#sentences = sentences;
    }
    return this.#sentences;
  }

  /** The sentences of one block. */
  sentencesOf(block: number): readonly Sentence[] {
    if (!this.#sentencesByBlock) {
      const byBlock: Sentence[][] = this.blocks.map(() => []);
      for (const sentence of this.sentences) byBlock[sentence.block]?.push(sentence);
      this.#sentencesByBlock = byBlock;
    }
    return this.#sentencesByBlock[block] ?? [];
  }

  /** Every token of every sentence, in reading order. */
  get tokens(): readonly Token[] {
    if (!this.#tokens) {
      const tokens: Token[] = [];
      for (const sentence of this.sentences) {
        const block = this.blocks[sentence.block]!;
        for (const range of tokenize(block.text, sentence.textStart, sentence.textEnd)) {
          tokens.push({
            text: block.text.slice(range.start, range.end),
            kind: range.kind,
            sentence: sentence.index,
            block: block.index,
            start: block.toSource(range.start),
            end: block.toSource(range.end, 'end'),
            textStart: range.start,
            textEnd: range.end,
          });
        }
      }
      this.#tokens = tokens;
    }
    return this.#tokens;
  }
}
