// Trains the article locator of the text path (src/analysis/region/): boosted trees and a
// logistic rescore over the lines of whole-page text dumps, labelled from each page's gold
// article body, and reports the body F1 of the span they choose, cross-validated by page.
//
//   npm run train:article-lines -- [DIR HTML_DIR] [--cv] [--write]
//
// DIR holds case files {id, input, gold: {articleBody}} (default ../shared/corpus/textdump);
// HTML_DIR the pages as `<id>.html.gz` (default ../shared/corpus/articlebody/html), whose stated
// titles (og:title and h1) label the title model's candidate lines.
// --cv reports k-fold figures (folds by a hash of the page id, both renderers of a page in the
// same fold); --write regenerates src/analysis/region/weights.generated.ts from all pages.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectBlocks } from '../src/analysis/blocks.js';
import { FEATURE_COUNT, FEATURE_NAMES, isProse, type LineShape, lineFeatures, type PageLine, shapeOf } from '../src/analysis/region/features.js';
import {
  CONTEXT_FEATURES,
  contextFeatures,
  type LocatorModels,
  pageLines,
  selectArticle,
} from '../src/analysis/region/locate.js';
import { contentLines, isPageDump, MIN_PAGE_BLOCKS } from '../src/analysis/region/index.js';
import { TITLE_FEATURES, titleCandidates, titleFeatures } from '../src/analysis/region/title.js';
import { isDateLine } from '../src/analysis/dates.js';
import { findLead } from '../src/analysis/lead.js';
import { Analysis } from '../src/analysis/context.js';
import { type ArticleRegion, type RegionModels, locateArticle } from '../src/analysis/region/index.js';
import { bodyExtractor } from '../src/extractors/body/index.js';
import { findBoilerplate } from '../src/extractors/boilerplate/detect.js';
import { headlineExtractor } from '../src/extractors/headline/index.js';
import type { ExtractorContext } from '../src/pipeline/extractor.js';
import { textToDocument } from '../src/input/text.js';
import { type BoostedModel, boostedLogit, type LogisticModel, logit, sigmoid, trainBoosted, trainLogistic } from '../src/learn/index.js';
import { ARTICLE_LINES_CONFIG } from './article-lines.config.js';
import { pageTitles, sameTitle } from './page-titles.js';

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// Experiments override the configuration from the command line; --write refuses them.
const CONFIG = structuredClone(ARTICLE_LINES_CONFIG);
if (option('threshold')) CONFIG.select.threshold = Number(option('threshold'));
if (option('litter-words')) CONFIG.select.litterWords = Number(option('litter-words'));
if (option('l2')) CONFIG.l2 = Number(option('l2'));
if (option('title-l2')) CONFIG.titleL2 = Number(option('title-l2'));
if (option('rounds')) CONFIG.boost.rounds = Number(option('rounds'));
if (option('depth')) CONFIG.boost.depth = Number(option('depth'));
if (option('learning-rate')) CONFIG.boost.learningRate = Number(option('learning-rate'));
const without = new Set((option('without') ?? '').split(',').filter(Boolean).map((n) => FEATURE_NAMES.indexOf(n as never)));

interface Page {
  id: string;
  file: string;
  input: string;
  gold: string;
  lines: string[];
  page: PageLine[];
  shapes: LineShape[];
  features: Float64Array;
  labels: Uint8Array;
  /** Whether the runtime treats the text as a whole page (else it keeps it whole). */
  dump: boolean;
  /** The headline the lead rules give a text that is not a whole page (no model involved). */
  leadHeadline: string | null;
}

const [dir = '../shared/corpus/textdump', htmlDir = '../shared/corpus/articlebody/html'] = args.filter((a) => !a.startsWith('--'));

const walk = (f: string): string[] =>
  statSync(f).isDirectory() ? readdirSync(f).sort().flatMap((n) => walk(join(f, n))) : f.endsWith('.json') ? [f] : [];

const tokenize = (text: string) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];
const shingleKeys = (tokens: string[]) => {
  const keys: string[] = [];
  for (let i = 0; i + 4 <= tokens.length; i++) keys.push(tokens.slice(i, i + 4).join(' '));
  return keys;
};

/** Body (1) or litter (0) for each line, from the share of its shingles found in the gold body. */
function labelLines(lines: string[], gold: string): Uint8Array {
  const goldTokens = tokenize(gold.toLowerCase());
  const goldShingles = new Set(shingleKeys(goldTokens));
  const goldText = ` ${goldTokens.join(' ')} `;
  const labels = new Uint8Array(lines.length);
  let first = -1;
  let last = -1;
  const short: number[] = [];
  lines.forEach((line, i) => {
    const tokens = tokenize(line.toLowerCase());
    if (tokens.length >= 4) {
      const keys = shingleKeys(tokens);
      const found = keys.filter((k) => goldShingles.has(k)).length;
      if (found >= keys.length * CONFIG.bodyShare) {
        labels[i] = 1;
        if (first < 0) first = i;
        last = i;
      }
    } else if (tokens.length > 0 && goldText.includes(` ${tokens.join(' ')} `)) short.push(i);
  });
  // A short line counts as body only inside the stretch the long body lines span.
  for (const i of short) if (i > first && i < last) labels[i] = 1;
  return labels;
}

function loadPages(): Page[] {
  return walk(dir).map((file) => {
    const c = JSON.parse(readFileSync(file, 'utf8')) as { id: string; input: string; gold: { articleBody: string } };
    const document = textToDocument(c.input);
    const blocks = collectBlocks(document.tree);
    const allLines = pageLines(blocks, c.input);
    const allShapes = allLines.map((l) => shapeOf(l.text));
    const content = contentLines(allShapes);
    const page = content.map((i) => allLines[i]!);
    const shapes = content.map((i) => allShapes[i]!);
    const lines = page.map((l) => l.text);
    const features = lineFeatures(page, shapes);
    for (let i = 0; i < lines.length; i++) for (const j of without) features[i * FEATURE_COUNT + j] = 0;
    const dump = blocks.length >= MIN_PAGE_BLOCKS && (isPageDump(page, shapes) || !shapes.some(isProse));
    const leadHeadline = dump ? null : (findLead(blocks, isDateLine).headline?.text ?? null);
    return { id: c.id, file, input: c.input, gold: c.gold.articleBody, lines, page, shapes, features, labels: labelLines(lines, c.gold.articleBody), dump, leadHeadline };
  });
}

function foldOf(id: string): number {
  return createHash('sha256').update(id).digest()[0]! % CONFIG.folds;
}

function stack(pages: Page[], pick: (p: Page) => Float64Array, width: number) {
  const total = pages.reduce((n, p) => n + p.lines.length, 0);
  const x = new Float64Array(total * width);
  const y = new Uint8Array(total);
  const w = new Float64Array(total);
  let at = 0;
  for (const p of pages) {
    x.set(pick(p), at * width);
    y.set(p.labels, at);
    for (let i = 0; i < p.lines.length; i++) w[at + i] = Math.sqrt(Math.max(1, p.shapes[i]!.words));
    at += p.lines.length;
  }
  return { x, y, w };
}

function firstScores(model: BoostedModel, p: Page): Float64Array {
  const out = new Float64Array(p.lines.length);
  for (let i = 0; i < p.lines.length; i++) out[i] = sigmoid(boostedLogit(model, p.features, FEATURE_COUNT, i));
  return out;
}

function train(pages: Page[]): LocatorModels {
  const options = { l2: CONFIG.l2, iterations: CONFIG.iterations };
  const a = stack(pages, (p) => p.features, FEATURE_COUNT);
  const lines = trainBoosted(a.x, FEATURE_COUNT, a.y, CONFIG.boost, a.w);
  const b = stack(pages, (p) => contextFeatures(firstScores(lines, p), p.shapes, CONFIG.select), CONTEXT_FEATURES.length);
  const context = trainLogistic(b.x, CONTEXT_FEATURES.length, b.y, options, b.w);
  return { lines, context };
}

function locate(models: LocatorModels, p: Page) {
  const context = contextFeatures(firstScores(models.lines, p), p.shapes, CONFIG.select);
  const probabilities = p.lines.map((_, i) => sigmoid(logit(models.context, context, i)));
  return { probabilities, keep: selectArticle(probabilities, p.shapes, CONFIG.select) };
}

function predict(models: LocatorModels, p: Page): string {
  if (!p.dump) return p.lines.join('\n\n');
  const { keep } = locate(models, p);
  return p.lines.filter((_, i) => keep[i]).join('\n\n');
}

/** Prints a page's lines with label, probability and whether the span keeps them. */
function showPage(models: LocatorModels, p: Page) {
  const { probabilities, keep } = locate(models, p);
  p.lines.forEach((line, i) => {
    if (probabilities[i]! < 0.05 && !p.labels[i] && !keep[i]) return;
    console.log(`${String(i).padStart(4)} ${p.labels[i] ? 'G' : ' '}${keep[i] ? 'K' : ' '} ${probabilities[i]!.toFixed(2)} ${line.slice(0, 100).replace(/\n/g, ' / ')}`);
  });
}

/** A page's title candidates with their features and labels (1: the line is one of the page's stated titles). */
interface TitleRows {
  page: Page;
  candidates: number[];
  features: Float64Array;
  labels: Uint8Array;
  /** 1: the line is the page's first stated title, which the model learns. */
  trainLabels: Uint8Array;
}

function titleRows(models: LocatorModels, p: Page, title: readonly string[]): TitleRows | null {
  const { probabilities, keep } = locate(models, p);
  const start = keep.indexOf(true);
  if (start < 0) return null;
  const candidates = titleCandidates(p.shapes, start);
  const features = titleFeatures(p.page, p.shapes, probabilities, keep, start, candidates);
  const labels = Uint8Array.from(candidates, (i) => (sameTitle(title, p.lines[i]!) ? 1 : 0));
  // The model learns the page's first stated title alone (og:title, else its h1): one title per
  // page fits better than every h1 a page holds; it is scored against any of them.
  const trainLabels = Uint8Array.from(candidates, (i) => (sameTitle(title[0]!, p.lines[i]!) ? 1 : 0));
  return { page: p, candidates, features, labels, trainLabels };
}

function trainTitle(rows: TitleRows[]): LogisticModel {
  const width = TITLE_FEATURES.length;
  const usable = rows.filter((r) => r.trainLabels.includes(1));
  const total = usable.reduce((n, r) => n + r.candidates.length, 0);
  const x = new Float64Array(total * width);
  const y = new Uint8Array(total);
  let at = 0;
  for (const r of usable) {
    x.set(r.features, at * width);
    y.set(r.trainLabels, at);
    at += r.candidates.length;
  }
  return trainLogistic(x, width, y, { l2: CONFIG.titleL2, iterations: CONFIG.iterations });
}

/** Whether the model's best candidate is the page's title. */
function titleRight(model: LogisticModel, r: TitleRows): boolean {
  let best = -1;
  let bestScore = -Infinity;
  r.candidates.forEach((_, row) => {
    const z = logit(model, r.features, row);
    if (z > bestScore) {
      bestScore = z;
      best = row;
    }
  });
  return best >= 0 && r.labels[best] === 1;
}

/** An analysis whose article region comes from the given models rather than the shipped ones. */
class FoldAnalysis extends Analysis {
  #region: ArticleRegion | null | undefined;
  constructor(
    input: string,
    private readonly models: RegionModels,
  ) {
    super(textToDocument(input));
  }
  override get region(): ArticleRegion | null {
    if (this.#region === undefined) this.#region = this.searchesPage ? locateArticle(this.blocks, this.source, this.models) : null;
    return this.#region;
  }
}

/** The body and headline the text path gives a page when its locator uses `models`. */
function parseWith(input: string, models: RegionModels): { body: string; headline: string | null } {
  const analysis = new FoldAnalysis(input, models);
  const litter = findBoilerplate(analysis);
  const ctx = { analysis, options: {}, get: (name: string) => (name === 'boilerplate' ? litter : undefined), has: () => true } as unknown as ExtractorContext;
  const body = bodyExtractor.extract(ctx) as { text: string };
  return { body: body.text, headline: headlineExtractor.extract(ctx) as string | null };
}

/** Prints a page's five best-scored title candidates, marking the page's titles. */
function showTitles(model: LogisticModel, r: TitleRows) {
  const ranked = r.candidates.map((line, row) => ({ line, row, z: logit(model, r.features, row) })).sort((a, b) => b.z - a.z);
  console.log(`${r.page.file.split('/').slice(-2).join('/').slice(0, 24)}: title ${r.labels.includes(1) ? 'among candidates' : 'not a candidate'}`);
  for (const c of ranked.filter((c, k) => k < 5 || r.labels[c.row])) {
    console.log(`  ${r.labels[c.row] ? 'T' : ' '} ${c.z.toFixed(2).padStart(6)} ${String(c.line).padStart(4)} ${r.page.lines[c.line]!.slice(0, 90)}`);
  }
}

/** The benchmark's metric: shingle tp/fp/fn normalised per page, P and R averaged, F1 of the averages. */
function score(results: Array<{ gold: string; body: string }>) {
  let P = 0;
  let R = 0;
  let np = 0;
  let nr = 0;
  for (const { gold, body } of results) {
    const count = (text: string) => {
      const m = new Map<string, number>();
      const tokens = tokenize(text);
      for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
        const s = tokens.slice(i, i + 4);
        if (s.length) m.set(s.join('\u0001'), (m.get(s.join('\u0001')) ?? 0) + 1);
      }
      return m;
    };
    const g = count(gold);
    const b = count(body);
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const k of new Set([...g.keys(), ...b.keys()])) {
      const x = g.get(k) ?? 0;
      const y = b.get(k) ?? 0;
      tp += Math.min(x, y);
      fp += Math.max(0, y - x);
      fn += Math.max(0, x - y);
    }
    if (tp + fp > 0) {
      P += fp === 0 && fn === 0 ? 1 : tp / (tp + fp);
      np++;
    }
    if (tp + fn > 0) {
      R += fp === 0 && fn === 0 ? 1 : tp / (tp + fn);
      nr++;
    }
  }
  const p = np ? P / np : 0;
  const r = nr ? R / nr : 0;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, precision: p, recall: r, pages: results.length };
}

const fmt = (s: ReturnType<typeof score>) =>
  `F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  (${s.pages} cases)`;

const pages = loadPages();
if (args.includes('--cv')) {
  const results: Array<{ gold: string; body: string; fold: number; page: Page }> = [];
  for (let k = 0; k < CONFIG.folds; k++) {
    const models = train(pages.filter((p) => foldOf(p.id) !== k));
    for (const p of pages.filter((q) => foldOf(q.id) === k)) {
      results.push({ gold: p.gold, body: predict(models, p), fold: k, page: p });
      if (option('show') && p.file.includes(option('show')!)) showPage(models, p);
    }
  }
  const worst = Number(option('worst') ?? 0);
  for (const r of results.map((r) => ({ r, s: score([r]) })).sort((a, b) => a.s.f1 - b.s.f1).slice(0, worst)) {
    console.log(`  ${r.r.page.file.split('/').slice(-2).join('/').slice(0, 24)} fold ${r.r.fold} ${fmt(r.s)}`);
  }
  for (let k = 0; k < CONFIG.folds; k++) console.log(`fold ${k}: ${fmt(score(results.filter((r) => r.fold === k)))}`);
  console.log(`cross-validated: ${fmt(score(results))}`);
  console.log(`label ceiling: ${fmt(score(pages.map((p) => ({ gold: p.gold, body: p.lines.filter((_, i) => p.labels[i]).join('\n\n') }))))}`);
}
const models = train(pages);
console.log(`trained on all, in sample: ${fmt(score(pages.map((p) => ({ gold: p.gold, body: predict(models, p) }))))}`);

// The title model reads the located article of the body models trained on all pages.
const titles = new Map(pages.map((p) => [p, pageTitles(htmlDir, p.id)]));
const rows = pages.flatMap((p) => {
  const title = titles.get(p);
  const r = p.dump && title?.length ? titleRows(models, p, title) : null;
  return r ? [r] : [];
});
const titled = pages.filter((p) => p.dump && titles.get(p)?.length).length;
// Texts that are no whole page take the lead rules' headline, in every fold alike.
const plain = pages.filter((p) => !p.dump && titles.get(p)?.length);
const plainRight = plain.filter((p) => sameTitle(titles.get(p)!, p.leadHeadline)).length;
const allPages = (right: number) => `${right + plainRight}/${titled + plain.length} pages (${((100 * (right + plainRight)) / (titled + plain.length)).toFixed(1)}%)`;
if (args.includes('--cv')) {
  let right = 0;
  for (let k = 0; k < CONFIG.folds; k++) {
    const model = trainTitle(rows.filter((r) => foldOf(r.page.id) !== k));
    for (const r of rows.filter((r) => foldOf(r.page.id) === k)) {
      if (titleRight(model, r)) right++;
      else if (args.includes('--show-titles')) showTitles(model, r);
    }
  }
  console.log(`title, cross-validated: ${right}/${titled} pages (${((100 * right) / titled).toFixed(1)}%); a candidate is the title on ${rows.filter((r) => r.labels.includes(1)).length}`);
  console.log(`headline = page title, cross-validated, with the ${plain.length} texts that are no page: ${allPages(right)}`);
  // The whole text path on each page with its fold's models: locator, title, line rules, body.
  const whole: Array<{ gold: string; body: string }> = [];
  let headlines = 0;
  let titledPages = 0;
  for (let k = 0; k < CONFIG.folds; k++) {
    const fold = pages.filter((p) => foldOf(p.id) === k);
    const models: RegionModels = { ...train(pages.filter((p) => foldOf(p.id) !== k)), title: trainTitle(rows.filter((r) => foldOf(r.page.id) !== k)) };
    for (const p of fold) {
      const { body, headline } = parseWith(p.input, models);
      whole.push({ gold: p.gold, body });
      const title = titles.get(p);
      if (!title?.length) continue;
      titledPages++;
      if (sameTitle(title, headline)) headlines++;
      else if (args.includes('--show-titles')) console.log(`  ${p.file.split('/').slice(-2).join('/').slice(0, 24)}: headline ${JSON.stringify(headline)}, title ${JSON.stringify(title[0])}`);
    }
  }
  console.log(`whole text path, cross-validated: body ${fmt(score(whole))}; headline = page title ${headlines}/${titledPages} (${((100 * headlines) / titledPages).toFixed(1)}%)`);
}
const title = trainTitle(rows);
const titleHits = rows.filter((r) => titleRight(title, r)).length;
console.log(`title, trained on all, in sample: ${titleHits}/${titled} pages (${((100 * titleHits) / titled).toFixed(1)}%); with the texts that are no page: ${allPages(titleHits)}`);
if (args.includes('--weights')) {
  // The line model's trees: how often each feature splits a node.
  const splits = FEATURE_NAMES.map(() => 0);
  for (const tree of models.lines.trees) for (const f of tree.feature) if (f >= 0) splits[f]!++;
  FEATURE_NAMES.forEach((name, j) => console.log(`  ${name.padEnd(28)} ${splits[j]} splits`));
  CONTEXT_FEATURES.forEach((name, j) => console.log(`  ${name.padEnd(28)} ${models.context.weights[j]!.toFixed(3)}`));
}
if (args.includes('--write') && (without.size > 0 || JSON.stringify(CONFIG) !== JSON.stringify(ARTICLE_LINES_CONFIG))) {
  throw new Error('--write trains with scripts/article-lines.config.ts only: edit it instead of passing overrides');
}
if (args.includes('--write')) {
  const round = (m: LogisticModel) => ({ bias: Number(m.bias.toPrecision(6)), weights: m.weights.map((w) => Number(w.toPrecision(6))) });
  const body = {
    config: CONFIG,
    features: FEATURE_NAMES,
    contextFeatures: CONTEXT_FEATURES,
    titleFeatures: TITLE_FEATURES,
    // Thresholds keep full precision: a rounded one could send a training value the other way.
    lines: models.lines,
    context: round(models.context),
    title: round(title),
  };
  const text =
    '// Generated by `npm run train:article-lines` (scripts/train-article-lines.ts) from the textdump corpus. Do not edit.\n' +
    // One key a line, the line model one tree a line: small to ship, readable in a diff.
    'export const ARTICLE_LINES = {\n' +
    Object.entries(body)
      .map(([key, value]) =>
        key === 'lines'
          ? `  lines: {\n    bias: ${JSON.stringify(models.lines.bias)},\n    trees: [\n${models.lines.trees.map((t) => `      ${JSON.stringify(t)},`).join('\n')}\n    ],\n  },`
          : `  ${key}: ${JSON.stringify(value)},`,
      )
      .join('\n') +
    '\n};\n';
  writeFileSync('src/analysis/region/weights.generated.ts', text);
  console.log('wrote src/analysis/region/weights.generated.ts');
}
