import type { Block } from '../../analysis/blocks.js';
import { BodySchema, type Paragraph } from '../../model/article.js';
import { defineExtractor } from '../../pipeline/extractor.js';

interface Range {
  start: number;
  end: number;
}

/**
 * The article's paragraphs: every text block but the headline, byline and date line,
 * with boilerplate cut out (whole blocks, or the litter part of a block).
 */
export const bodyExtractor = defineExtractor({
  name: 'body',
  after: ['boilerplate'],
  schema: BodySchema,
  fallback: { text: '', paragraphs: [] },
  extract(ctx) {
    const { blocks, lead } = ctx.analysis;
    const skip = new Set<Block | null>([lead.headline, lead.byline, lead.dateLine]);
    const litter: Range[] = [...(ctx.get('boilerplate') ?? [])].sort((a, b) => a.start - b.start);
    const paragraphs: Paragraph[] = [];
    let cursor = 0;
    for (const block of blocks) {
      if (skip.has(block) || block.type === 'html') continue;
      while (cursor < litter.length && litter[cursor]!.end <= block.start) cursor++;
      const overlapping: Range[] = [];
      for (let i = cursor; i < litter.length && litter[i]!.start < block.end; i++) overlapping.push(litter[i]!);
      for (const piece of keptPieces(block, overlapping)) paragraphs.push(piece);
    }
    return { text: paragraphs.map((p) => p.text).join('\n\n'), paragraphs };
  },
});

/** The parts of a block outside the litter ranges, trimmed, as paragraphs with source offsets. */
function keptPieces(block: Block, litter: Range[]): Paragraph[] {
  const cuts = litter.map((r) => ({ start: block.toText(r.start), end: block.toText(r.end) }));
  const pieces: Paragraph[] = [];
  let from = 0;
  for (const cut of [...cuts, { start: block.text.length, end: block.text.length }]) {
    const raw = block.text.slice(from, cut.start);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') {
      const start = from + lead;
      pieces.push({ text, start: block.toSource(start), end: block.toSource(start + text.length, 'end') });
    }
    from = Math.max(from, cut.end);
  }
  return pieces;
}

