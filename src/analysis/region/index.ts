import type { Block } from '../blocks.js';
import { isProse, type LineShape, type PageLine, shapeOf } from './features.js';
import { type LogisticModel, logit } from '../../learn/index.js';
import { type LocatorModels, pageLines, scoreLines, selectArticle } from './locate.js';
import { titleCandidates, titleFeatures } from './title.js';
import { ARTICLE_LINES } from './weights.generated.js';

/**
 * Where the article sits in a whole-page text dump: which blocks are its body, and the span
 * from its first to its last body block. Menus, teasers and footers around it, and litter
 * blocks inside it, are not kept.
 */
export interface ArticleRegion {
  /** Per block (by index): whether it is article body. */
  keep: readonly boolean[];
  /** The first body block, or -1 when no article was found. */
  start: number;
  /** One past the last body block (`start` when none). */
  end: number;
  /** The block above the article that holds its title, or -1. */
  title: number;
}

/** The line models and the title model of the article locator. */
export interface RegionModels extends LocatorModels {
  title: LogisticModel;
}

/** The shipped models, trained on the public textdump pages (scripts/train-article-lines.ts). */
const MODELS: RegionModels = { lines: ARTICLE_LINES.lines, context: ARTICLE_LINES.context, title: ARTICLE_LINES.title };
const SELECT = ARTICLE_LINES.config.select;

/** Below this many blocks a text is a short note or an article alone, never a page to search. */
export const MIN_PAGE_BLOCKS = 8;
/** How many menu-like lines make a text a whole page rather than an article (see {@link isPageDump}). */
export const MIN_CHROME_LINES = 8;

/**
 * Locates the article among a text document's blocks with the trained line models
 * (scripts/train-article-lines.ts) and a maximum-subarray span over their scores. Linear in
 * the number of blocks. A text of {@link MIN_PAGE_BLOCKS} blocks or more without a line of
 * prose holds no article. Null when the text is an article rather than a whole page: then no
 * block is left out for where it sits. `models` default to the shipped weights; the training script
 * passes each cross-validation fold's own.
 */
export function locateArticle(blocks: readonly Block[], source: string, models: RegionModels = MODELS): ArticleRegion | null {
  if (blocks.length < MIN_PAGE_BLOCKS) return null;
  const allShapes = blocks.map((b) => shapeOf(b.text));
  if (!allShapes.some(isProse)) return { keep: blocks.map(() => false), start: -1, end: -1, title: -1 };
  // Lines without a letter or a digit (separators, zero-width spaces) say nothing of where the
  // article sits: the models read the others, and these follow their neighbours.
  const content = contentLines(allShapes);
  const allLines = pageLines(blocks, source);
  const lines = content.map((i) => allLines[i]!);
  const shapes = content.map((i) => allShapes[i]!);
  if (!isPageDump(lines, shapes)) return null;
  const probabilities = scoreLines(lines, models, SELECT, shapes);
  const kept = selectArticle(probabilities, shapes, SELECT);
  const first = kept.indexOf(true);
  const keep = blocks.map(() => false);
  if (first < 0) return { keep, start: -1, end: -1, title: -1 };
  const last = kept.lastIndexOf(true);
  // The span is one run: every block from its first line to its last, empty ones included.
  for (let i = content[first]!; i <= content[last]!; i++) keep[i] = true;
  const title = findTitle(lines, shapes, probabilities, kept, first, models.title);
  return { keep, start: content[first]!, end: content[last]! + 1, title: title < 0 ? -1 : content[title]! };
}

/** The indices of the lines that hold a letter or a digit. */
export function contentLines(shapes: readonly LineShape[]): number[] {
  const out: number[] = [];
  shapes.forEach((s, i) => {
    if (s.letters + s.digits > 0) out.push(i);
  });
  return out;
}

/** The candidate line the title model scores highest, or -1 when there is none above the article. */
export function findTitle(
  lines: readonly PageLine[],
  shapes: readonly LineShape[],
  probabilities: ArrayLike<number>,
  keep: readonly boolean[],
  start: number,
  model: LogisticModel,
): number {
  const candidates = titleCandidates(shapes, start);
  const features = titleFeatures(lines, shapes, probabilities, keep, start, candidates);
  let best = -1;
  let bestScore = -Infinity;
  candidates.forEach((line, row) => {
    const score = logit(model, features, row);
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  });
  return best;
}

/**
 * Whether a text is a whole page: it holds page chrome, at least {@link MIN_CHROME_LINES} short
 * lines that end no sentence in runs of three or more lines with no blank line between them,
 * as menus, link lists and footers are. An article, however littered, has none, and is left
 * to the line rules whole.
 */
export function isPageDump(lines: readonly PageLine[], shapes: readonly LineShape[]): boolean {
  let chrome = 0;
  let runStart = 0;
  const closeRun = (end: number) => {
    if (end - runStart < 3) return;
    for (let i = runStart; i < end; i++) if (shapes[i]!.words <= 4 && !shapes[i]!.endsSentence) chrome++;
  };
  for (let i = 1; i <= lines.length; i++) {
    if (i === lines.length || lines[i]!.blankBefore) {
      closeRun(i);
      runStart = i;
    }
  }
  return chrome >= MIN_CHROME_LINES;
}
