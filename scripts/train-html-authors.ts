// Trains the byline ranker of the HTML adapter (src/input/html/bylines.ts): a logistic model over the credits a
// page states (structured data, meta tags, byline markup, author links, credit lines), labelled by whether a
// credit names exactly the gold authors, and reports the author F1 of the credits it picks, cross-validated by page.
//
//   npm run train:html-authors -- [--cv] [--write]
//
// Pages: ../shared/corpus/html-meta (all) and the tuning half of ../shared/corpus/html-meta-2 (a page is in it
// when sha256("i12:" + name) starts with a byte below 128; the other half is never read here).
// --write regenerates src/input/html/bylines.generated.ts from all training pages.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeInput } from '../src/input/decode.js';
import { creditCandidates, CREDIT_FEATURES, type CreditCandidate, bestCredit } from '../src/input/html/bylines.js';
import { findContent } from '../src/input/html/content.js';
import { parseHtml } from '../src/input/html/dom.js';
import { findBody } from '../src/input/html/index.js';
import { readJsonLd } from '../src/input/html/jsonld.js';
import { gatherSources, headingOf, readMetadata } from '../src/input/html/metadata.js';
import { measure } from '../src/input/html/stats.js';
import { urlResolver } from '../src/input/html/urls.js';
import { collapse } from '../src/input/html/text.js';
import { logit, type LogisticModel, sigmoid, trainLogistic } from '../src/learn/index.js';
import { HTML_AUTHORS_CONFIG as CONFIG } from './html-authors.config.js';

const args = process.argv.slice(2);
const SHARED = '../shared/corpus';

interface Page {
  name: string;
  gold: Set<string>;
  candidates: CreditCandidate[];
}

// The scorer's folding of names: NFKC, quote styles, white space, case, a final full stop.
const normName = (s: string) =>
  s.normalize('NFKC').replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase().replace(/\.$/, '');
const tuningHalf = (name: string) => createHash('sha256').update(`i12:${name}`).digest()[0]! < 128;

function loadPages(dir: string, keep: (name: string) => boolean): Page[] {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { pages: Record<string, { authors?: string[]; canonicalUrl?: string }> };
  const pages: Page[] = [];
  for (const [name, g] of Object.entries(gold.pages).sort(([a], [b]) => a.localeCompare(b))) {
    const file = join(dir, name, 'source.html');
    if (!Array.isArray(g.authors) || !keep(name) || !existsSync(file)) continue;
    pages.push({ name, gold: new Set(g.authors.map(normName)), candidates: candidatesOf(readFileSync(file), g.canonicalUrl) });
  }
  return pages;
}

/** The credits of a page, read the way htmlToDocument reads them. */
function candidatesOf(bytes: Uint8Array, url: string | undefined): CreditCandidate[] {
  const source = decodeInput(bytes, true, []).text;
  const dom = parseHtml(source, []);
  const stats = measure(dom.root);
  const sources = gatherSources(dom.root);
  const urls = urlResolver(sources.base, url, [], sources.links.get('canonical'));
  const jsonLd = readJsonLd(dom.jsonLd, []);
  const content = findContent(findBody(dom.root), stats, jsonLd?.articleBody);
  const page = readMetadata(sources, jsonLd, urls, content.roots, url);
  const get = (...keys: string[]) => {
    for (const key of keys) {
      const value = sources.meta.get(key)?.[0];
      if (value) return collapse(value);
    }
    return undefined;
  };
  return creditCandidates(sources, jsonLd, get, content.roots, page.siteName, headingOf(sources, page.headline));
}

const matches = (candidate: CreditCandidate, gold: Set<string>) =>
  candidate.names.length === gold.size && candidate.names.every((n) => gold.has(normName(n)));

function train(pages: readonly Page[]): LogisticModel {
  const width = CREDIT_FEATURES.length;
  const rows = pages.flatMap((p) => p.candidates.map((c) => ({ features: c.features, label: matches(c, p.gold) ? 1 : 0 })));
  const features = new Float64Array(rows.length * width);
  rows.forEach((row, i) => features.set(row.features, i * width));
  return trainLogistic(features, width, Float64Array.from(rows, (r) => r.label), { l2: CONFIG.l2, iterations: CONFIG.iterations });
}

/** The scorer's author P/R/F1, summed over pages. */
function score(pages: readonly Page[], pick: (page: Page) => string[]): { p: number; r: number; f1: number } {
  let tp = 0;
  let predicted = 0;
  let wanted = 0;
  for (const page of pages) {
    const got = new Set(pick(page).map(normName));
    for (const name of got) if (page.gold.has(name)) tp++;
    predicted += got.size;
    wanted += page.gold.size;
  }
  const p = predicted ? tp / predicted : 1;
  const r = wanted ? tp / wanted : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const fmt = ({ p, r, f1 }: { p: number; r: number; f1: number }) => `F1 ${f1.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)})`;

const pages = [...loadPages(join(SHARED, 'html-meta'), () => true), ...loadPages(join(SHARED, 'html-meta-2'), tuningHalf)];
const reachable = pages.filter((p) => p.gold.size === 0 || p.candidates.some((c) => matches(c, p.gold))).length;
console.log(`${pages.length} pages, ${pages.reduce((n, p) => n + p.candidates.length, 0)} candidates; gold among the candidates on ${reachable}`);

if (args.includes('--cv')) {
  const fold = (name: string) => createHash('sha256').update(`fold:${name}`).digest()[0]! % CONFIG.folds;
  const picked = new Map<Page, string[]>();
  for (let k = 0; k < CONFIG.folds; k++) {
    const model = train(pages.filter((p) => fold(p.name) !== k));
    for (const page of pages.filter((p) => fold(p.name) === k)) picked.set(page, bestCredit(page.candidates, model, CONFIG.threshold)?.names ?? []);
  }
  console.log(`cross-validated: ${fmt(score(pages, (p) => picked.get(p)!))}`);
  for (const threshold of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]) {
    const at = new Map<Page, string[]>();
    for (let k = 0; k < CONFIG.folds; k++) {
      const model = train(pages.filter((p) => fold(p.name) !== k));
      for (const page of pages.filter((p) => fold(p.name) === k)) at.set(page, bestCredit(page.candidates, model, threshold)?.names ?? []);
    }
    console.log(`  threshold ${threshold}: ${fmt(score(pages, (p) => at.get(p)!))}`);
  }
}

const model = train(pages);
console.log(`fit on all:      ${fmt(score(pages, (p) => bestCredit(p.candidates, model, CONFIG.threshold)?.names ?? []))}`);
console.log(CREDIT_FEATURES.map((name, i) => `  ${name} ${model.weights[i]!.toFixed(2)}`).join('\n'));

// --show=NAME prints a page's candidates with their probabilities under the model fit on all pages.
const shown = args.find((a) => a.startsWith('--show='))?.slice(7);
for (const page of pages.filter((p) => shown !== undefined && (shown === 'misses' ? !matchesPick(p) : p.name === shown))) {
  console.log(`${page.name}: gold ${JSON.stringify([...page.gold])}`);
  for (const c of page.candidates) console.log(`  ${sigmoid(logit(model, c.features, 0)).toFixed(2)} ${c.kinds.join('+')} ${JSON.stringify(c.names)}`);
}

function matchesPick(page: Page): boolean {
  const picked = bestCredit(page.candidates, model, CONFIG.threshold);
  return picked ? matches(picked, page.gold) : page.gold.size === 0;
}

if (args.includes('--write')) {
  const out = `// Generated by \`npm run train:html-authors\` (scripts/train-html-authors.ts) from html-meta and half of html-meta-2. Do not edit.
export const HTML_AUTHORS = {
  config: ${JSON.stringify(CONFIG)},
  features: ${JSON.stringify(CREDIT_FEATURES)},
  model: { bias: ${model.bias}, weights: ${JSON.stringify(model.weights)} },
};
`;
  writeFileSync('src/input/html/bylines.generated.ts', out);
  console.log('wrote src/input/html/bylines.generated.ts');
}
