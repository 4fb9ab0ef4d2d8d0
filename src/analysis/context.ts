import type { Root } from 'mdast';
import type { PageMetadata, RemovedRegion, SourceDocument } from '../input/document.js';
import type { Format } from '../model/article.js';
import { type Block, collectBlocks } from './blocks.js';
import { isSpace } from './chars.js';
import { isDateLine } from './dates.js';
import { findLead, type Lead } from './lead.js';
import { type ArticleRegion, locateArticle } from './region/index.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';
import { DEFAULT_MAX_READ_LENGTH } from '../pipeline/extractor.js';

/** The most blocks of a plain-text page searched for its article (see `Analysis.searchesPage`); a long page dump has a few thousand. */
export const MAX_PAGE_BLOCKS = 20_000;

/**
 * What a block costs the read budget besides its text: the readers' work per block (a sentence, a
 * piece, their tokens' context) is that of some thirty characters, so 100k one-word lines are not
 * read as if they were 100k characters of prose.
 */
const BLOCK_CHARGE = 32;

/**
 * Where reading stops: the source offset after `budget` code units of the text of the blocks that have
 * sentences (code and HTML have none; each block charged {@link BLOCK_CHARGE} more), moved back to
 * white space so no word is cut, or `length`.
 */
function readEnd(blocks: readonly Block[], length: number, budget: number): number {
  let left = budget;
  for (const block of blocks) {
    if (block.type === 'code' || block.type === 'html') continue;
    if (block.text.length + BLOCK_CHARGE <= left) {
      left -= block.text.length + BLOCK_CHARGE;
      continue;
    }
    left = Math.max(0, left - BLOCK_CHARGE);
    let cut = left;
    // Back to white space, within reason: a line with none (a 10 MB run of letters) is cut where the budget ends.
    for (let i = left; i > Math.max(0, left - 1000); i--) {
      if (isSpace(block.text.charCodeAt(i))) {
        cut = i;
        break;
      }
    }
    if (cut > 0 && (block.text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    return Math.max(block.start, block.toSource(cut));
  }
  return length;
}

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
  /**
   * The source offset where sentence-level reading stops: past `maxReadLength` characters of block text
   * (at the last white space before it), or the source's length when the text is shorter. `sentences`
   * and `tokens` end there; the blocks go on.
   */
  readonly readEnd: number;
  #sentences: Sentence[] | undefined;
  #tokens: Token[] | undefined;
  /** Block index → its first sentence's index (one past the blocks read: the sentence count). */
  #firstSentence: Int32Array | undefined;
  #lead: Lead | undefined;
  #region: ArticleRegion | null | undefined;

  constructor(document: SourceDocument, options: { maxReadLength?: number } = {}) {
    this.source = document.source;
    this.format = document.format;
    this.tree = document.tree;
    this.page = document.page;
    this.removed = document.removed;
    this.blocks = collectBlocks(document.tree, document.format === 'markdown' ? document.source : undefined);
    this.readEnd = readEnd(this.blocks, this.source.length, options.maxReadLength ?? DEFAULT_MAX_READ_LENGTH);
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
    if (this.#region === undefined) this.#region = this.searchesPage ? locateArticle(this.blocks, this.source) : null;
    return this.#region;
  }

  /**
   * Whether a plain-text input is searched for its article among page chrome: not past
   * `MAX_PAGE_BLOCKS` (20,000) lines, where the line models would take seconds on what is no page
   * a reader would see, and the text is read as an article alone (every line kept but litter).
   */
  get searchesPage(): boolean {
    return this.format === 'text' && this.blocks.length <= MAX_PAGE_BLOCKS;
  }

  /** Every sentence of every block, in reading order. */
  get sentences(): readonly Sentence[] {
    if (!this.#sentences) {
      const sentences: Sentence[] = [];
      for (const block of this.blocks) {
        if (block.start >= this.readEnd) break;
        if (block.type === 'code' || block.type === 'html') continue;
        // The block the reading stops in is split only as far as it is read: it may be megabytes on one line.
        const readTo = block.end > this.readEnd ? block.toText(this.readEnd) : block.text.length;
        const text = readTo < block.text.length ? block.text.slice(0, readTo) : block.text;
        for (const range of splitSentences(text)) {
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
    const sentences = this.sentences;
    if (!this.#firstSentence) {
      // One offset per block rather than an array per block: a page may have a million blocks.
      const first = new Int32Array(this.blocks.length + 1).fill(sentences.length);
      for (let i = sentences.length - 1; i >= 0; i--) first[sentences[i]!.block] = i;
      for (let b = this.blocks.length - 1; b >= 0; b--) first[b] = Math.min(first[b]!, first[b + 1]!);
      this.#firstSentence = first;
    }
    if (!Number.isInteger(block) || block < 0 || block >= this.blocks.length) return [];
    return sentences.slice(this.#firstSentence[block], this.#firstSentence[block + 1]);
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
