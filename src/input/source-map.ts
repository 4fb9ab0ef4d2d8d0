/**
 * How an mdast text node's value maps back onto the source when it is not the source as written: HTML text
 * (white space collapsed, character references decoded), a degraded Markdown stretch (lines joined, container
 * markers dropped). `collectBlocks` reads it to map block text to source offsets.
 */
declare module 'mdast' {
  interface TextData {
    /**
     * Pairs `[value offset, source offset]` where a piece starts, each piece ending where the next starts,
     * the last at the node's end. Offsets inside a piece whose value and source lengths agree map exactly.
     */
    sourceMap?: number[];
  }
}

/**
 * Builds a text node's source map pair by pair, in order, keeping only the pairs that say something: a pair
 * inside a stretch that maps one to one (the piece before and the piece after both in step) is dropped as soon
 * as the next pair is known, so an entity bomb's million pieces are never listed twice.
 */
export class SourceMapBuilder {
  readonly #kept: number[] = [];
  // The last pair pushed, settled when the next one (or the end) is known; -1 when none is waiting.
  #text = -1;
  #source = 0;

  /** The source offset of the first pair, where the text starts; undefined before any pair. */
  get start(): number | undefined {
    return this.#kept[1];
  }

  add(text: number, source: number): void {
    if (this.#kept.length === 0) {
      this.#kept.push(text, source);
      return;
    }
    if (this.#text >= 0) this.#settle(text, source);
    this.#text = text;
    this.#source = source;
  }

  /**
   * The map of a value of `length` whose source ends at `end`; null when the whole value maps one to one onto
   * the source up to `end`.
   */
  finish(length: number, end: number): number[] | null {
    if (this.#text >= 0) this.#settle(length, end);
    const kept = this.#kept;
    return kept.length === 2 && kept[0] === 0 && length === end - kept[1]! ? null : kept;
  }

  #settle(nextText: number, nextSource: number): void {
    const kept = this.#kept;
    const before = this.#text - kept[kept.length - 2]! === this.#source - kept[kept.length - 1]!;
    if (!before || nextText - this.#text !== nextSource - this.#source) kept.push(this.#text, this.#source);
    this.#text = -1;
  }
}
