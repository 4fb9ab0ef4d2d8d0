import type { Block } from '../../analysis/blocks.js';
import type { Analysis } from '../../analysis/context.js';
import type { Boilerplate } from '../../model/article.js';

/**
 * Adds to the rules' `spans` the blocks of a plain-text page that the article locator left out
 * of the article: the page chrome before it (`navigation`), what follows it (`footer`), and
 * litter blocks inside it (`other`). A block the rules took whole (`whole`) keeps its kind; the
 * rules' partial spans inside a block left out give way to the whole block. Blocks in `skip`
 * (headline, byline, date line) are never litter.
 */
export function pageLitter(analysis: Analysis, skip: ReadonlySet<Block | null>, spans: Boilerplate[], whole: ReadonlySet<Block>): Boilerplate[] {
  const region = analysis.region;
  if (!region) return spans;
  const added: Boilerplate[] = [];
  const covered: Array<{ start: number; end: number }> = [];
  for (const block of analysis.blocks) {
    if (region.keep[block.index] || skip.has(block) || whole.has(block) || block.type === 'html' || block.text.trim() === '') continue;
    const kind = region.start < 0 || block.index < region.start ? 'navigation' : block.index >= region.end ? 'footer' : 'other';
    added.push({ kind, text: analysis.source.slice(block.start, block.end), start: block.start, end: block.end });
    covered.push(block);
  }
  if (added.length === 0) return spans;
  const inside = (span: Boilerplate) => {
    // Both lists are in source order, so a binary search finds the one block a span could sit in.
    let lo = 0;
    let hi = covered.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (covered[mid]!.start <= span.start) lo = mid;
      else hi = mid - 1;
    }
    const block = covered[lo]!;
    return block.start <= span.start && span.end <= block.end;
  };
  return [...spans.filter((span) => !inside(span)), ...added];
}
