// Trains the metadata rankers of the HTML adapter: the byline ranker (src/input/html/bylines.ts), a logistic model
// over the credits a page states, labelled by whether a credit names exactly the gold authors; the headline ranker
// (src/input/html/headlines.ts) over the titles a page states, labelled by whether one reads as the gold headline;
// and the date ranker (src/input/html/dates.ts) over the days a page states, labelled by whether one is the gold
// publication day. Reports the scorer's figures for the candidates they pick, cross-validated by page.
//
//   npm run train:html-rankers -- [--cv] [--write] [--task=authors|headline|date] [--show=PAGE|misses]
//
// Pages: ../shared/corpus/html-meta (all) and the tuning half of ../shared/corpus/html-meta-2 (a page is in it
// when sha256("i12:" + name) starts with a byte below 128; the other half is never read here).
// --write regenerates src/input/html/rankers.generated.ts from all training pages.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeInput } from '../src/input/decode.js';
import { CREDIT_FEATURES, type CreditCandidate, creditCandidates } from '../src/input/html/bylines.js';
import { DATE_FEATURES, type DateCandidate, dateCandidates } from '../src/input/html/dates.js';
import { findContent } from '../src/input/html/content.js';
import { parseHtml } from '../src/input/html/dom.js';
import { HEADLINE_FEATURES, type HeadlineCandidate, headlineCandidates } from '../src/input/html/headlines.js';
import { findBody } from '../src/input/html/index.js';
import { readJsonLd } from '../src/input/html/jsonld.js';
import { gatherSources, headingOf, pageContext, readMetadata } from '../src/input/html/metadata.js';
import { measure } from '../src/input/html/stats.js';
import { urlResolver } from '../src/input/html/urls.js';
import { bestCandidate, logit, type LogisticModel, sigmoid, trainLogistic } from '../src/learn/index.js';
import { HTML_RANKERS_CONFIG as CONFIG } from './html-rankers.config.js';

const args = process.argv.slice(2);
const SHARED = '../shared/corpus';

interface Page {
  name: string;
  goldAuthors?: Set<string>;
  goldHeadline?: string;
  goldDay?: string;
  credits: CreditCandidate[];
  headlines: HeadlineCandidate[];
  dates: DateCandidate[];
}

// The scorer's folding: NFKC, quote styles, white space, case; for names also a final full stop.
const norm = (s: string) => s.normalize('NFKC').replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
const normName = (s: string) => norm(s).replace(/\.$/, '');
const tuningHalf = (name: string) => createHash('sha256').update(`i12:${name}`).digest()[0]! < 128;

function loadPages(dir: string, keep: (name: string) => boolean): Page[] {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
    pages: Record<string, { authors?: string[]; headline?: string; publishedAt?: string; canonicalUrl?: string }>;
  };
  const pages: Page[] = [];
  for (const [name, g] of Object.entries(gold.pages).sort(([a], [b]) => a.localeCompare(b))) {
    const file = join(dir, name, 'source.html');
    if (!keep(name) || !existsSync(file) || (!Array.isArray(g.authors) && !g.headline && !g.publishedAt)) continue;
    pages.push({
      name,
      goldAuthors: Array.isArray(g.authors) ? new Set(g.authors.map(normName)) : undefined,
      goldHeadline: g.headline ? norm(g.headline) : undefined,
      goldDay: g.publishedAt?.slice(0, 10),
      ...candidatesOf(readFileSync(file), g.canonicalUrl),
    });
  }
  return pages;
}

/** The candidates of a page, read the way htmlToDocument reads them. */
function candidatesOf(bytes: Uint8Array, url: string | undefined): Pick<Page, 'credits' | 'headlines' | 'dates'> {
  const source = decodeInput(bytes, true, []).text;
  const dom = parseHtml(source, []);
  const sources = gatherSources(dom.root);
  const urls = urlResolver(sources.base, url, [], sources.links.get('canonical'));
  const jsonLd = readJsonLd(dom.jsonLd, []);
  const content = findContent(findBody(dom.root), measure(dom.root), jsonLd?.articleBody);
  const page = readMetadata(sources, jsonLd, urls, content.roots, url);
  const context = pageContext(sources, jsonLd, urls, content.roots, url);
  const heading = headingOf(sources, page.headline);
  return { credits: creditCandidates(context, heading), headlines: headlineCandidates(context), dates: dateCandidates(context, heading) };
}

/** One ranking task: its candidates per page, labels, and the scorer's figure for a choice per page. */
interface Task<C extends { features: number[] }> {
  name: 'authors' | 'headline' | 'date';
  features: readonly string[];
  l2: number;
  threshold: number;
  pages: Page[];
  candidates: (page: Page) => C[];
  label: (page: Page, candidate: C) => boolean;
  score: (pages: readonly Page[], pick: (page: Page) => C | undefined) => string;
  describe: (candidate: C) => string;
}

const sameNames = (c: CreditCandidate, gold: Set<string>) => c.names.length === gold.size && c.names.every((n) => gold.has(normName(n)));

const authors: Task<CreditCandidate> = {
  name: 'authors',
  features: CREDIT_FEATURES,
  l2: CONFIG.authors.l2,
  threshold: CONFIG.authors.threshold,
  pages: [],
  candidates: (page) => page.credits,
  label: (page, c) => sameNames(c, page.goldAuthors!),
  // The scorer's author P/R/F1, summed over pages.
  score: (pages, pick) => {
    let tp = 0;
    let predicted = 0;
    let wanted = 0;
    for (const page of pages) {
      const got = new Set((pick(page)?.names ?? []).map(normName));
      for (const name of got) if (page.goldAuthors!.has(name)) tp++;
      predicted += got.size;
      wanted += page.goldAuthors!.size;
    }
    const p = predicted ? tp / predicted : 1;
    const r = wanted ? tp / wanted : 1;
    return `F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)})`;
  },
  describe: (c) => `${c.kinds.join('+')} ${JSON.stringify(c.names)}`,
};

const headline: Task<HeadlineCandidate> = {
  name: 'headline',
  features: HEADLINE_FEATURES,
  l2: CONFIG.headline.l2,
  threshold: 0,
  pages: [],
  candidates: (page) => page.headlines,
  label: (page, c) => norm(c.text) === page.goldHeadline,
  score: (pages, pick) => `exact ${(pages.filter((p) => norm(pick(p)?.text ?? '') === p.goldHeadline).length / pages.length).toFixed(3)}`,
  describe: (c) => `${c.kinds.join('+')} ${JSON.stringify(c.text)}`,
};

const date: Task<DateCandidate> = {
  name: 'date',
  features: DATE_FEATURES,
  l2: CONFIG.date.l2,
  threshold: 0,
  pages: [],
  candidates: (page) => page.dates,
  label: (page, c) => c.day === page.goldDay,
  score: (pages, pick) => `day ${(pages.filter((p) => pick(p)?.day === p.goldDay).length / pages.length).toFixed(3)}`,
  describe: (c) => `${c.day} ${c.kinds.join('+')}`,
};

function train<C extends { features: number[] }>(task: Task<C>, pages: readonly Page[]): LogisticModel {
  const width = task.features.length;
  const rows = pages.flatMap((p) => task.candidates(p).map((c) => ({ features: c.features, label: task.label(p, c) ? 1 : 0 })));
  const features = new Float64Array(rows.length * width);
  rows.forEach((row, i) => features.set(row.features, i * width));
  return trainLogistic(features, width, Float64Array.from(rows, (r) => r.label), { l2: task.l2, iterations: CONFIG.iterations });
}

function pick<C extends { features: number[] }>(task: Task<C>, model: LogisticModel, page: Page): C | undefined {
  return bestCandidate(task.candidates(page), model, task.threshold);
}

const all = [...loadPages(join(SHARED, 'html-meta'), () => true), ...loadPages(join(SHARED, 'html-meta-2'), tuningHalf)];
authors.pages = all.filter((p) => p.goldAuthors);
headline.pages = all.filter((p) => p.goldHeadline);
date.pages = all.filter((p) => p.goldDay);
const models: Record<string, LogisticModel> = {};
const shown = args.find((a) => a.startsWith('--show='))?.slice(7);

function run<C extends { features: number[] }>(task: Task<C>): void {
  const { pages } = task;
  const reachable = pages.filter((p) => task.candidates(p).some((c) => task.label(p, c))).length;
  console.log(`${task.name}: ${pages.length} pages, ${pages.reduce((n, p) => n + task.candidates(p).length, 0)} candidates; the gold among them on ${reachable}`);
  // Each page's model: the one fit without its fold under --cv, else the one fit on all pages.
  const modelOf = new Map<Page, LogisticModel>();
  if (args.includes('--cv')) {
    const fold = (name: string) => createHash('sha256').update(`fold:${name}`).digest()[0]! % CONFIG.folds;
    for (let k = 0; k < CONFIG.folds; k++) {
      const model = train(task, pages.filter((p) => fold(p.name) !== k));
      for (const page of pages.filter((p) => fold(p.name) === k)) modelOf.set(page, model);
    }
    console.log(`  cross-validated: ${task.score(pages, (p) => pick(task, modelOf.get(p)!, p))}`);
  }
  const model = train(task, pages);
  models[task.name] = model;
  console.log(`  fit on all:      ${task.score(pages, (p) => pick(task, model, p))}`);
  // --show=NAME prints a page's candidates with their probabilities; --show=misses every page the pick (cross-validated
  // under --cv) gets wrong.
  for (const page of pages) {
    const pageModel = modelOf.get(page) ?? model;
    const chosen = pick(task, pageModel, page);
    const right = chosen ? task.label(page, chosen) : !task.candidates(page).some((c) => task.label(page, c));
    if (shown === undefined || (shown === 'misses' ? right : page.name !== shown)) continue;
    console.log(`  ${page.name}: gold ${JSON.stringify(task.name === 'authors' ? [...page.goldAuthors!] : task.name === 'date' ? page.goldDay : page.goldHeadline)}`);
    for (const c of task.candidates(page)) console.log(`    ${sigmoid(logit(pageModel, c.features, 0)).toFixed(2)} ${task.describe(c)}`);
  }
}

const only = args.find((a) => a.startsWith('--task='))?.slice(7);
if (!only || only === 'authors') run(authors);
if (!only || only === 'headline') run(headline);
if (!only || only === 'date') run(date);

if (args.includes('--write') && only) throw new Error('--write trains every ranker: leave out --task');
if (args.includes('--write')) {
  const entry = (config: object, features: readonly string[], model: LogisticModel) =>
    `{\n    config: ${JSON.stringify(config)},\n    features: ${JSON.stringify(features)},\n    model: { bias: ${model.bias}, weights: ${JSON.stringify(model.weights)} },\n  }`;
  const out = `// Generated by \`npm run train:html-rankers\` (scripts/train-html-rankers.ts) from html-meta and half of html-meta-2. Do not edit.
export const HTML_RANKERS = {
  folds: ${CONFIG.folds},
  iterations: ${CONFIG.iterations},
  authors: ${entry(CONFIG.authors, CREDIT_FEATURES, models.authors!)},
  headline: ${entry(CONFIG.headline, HEADLINE_FEATURES, models.headline!)},
  date: ${entry(CONFIG.date, DATE_FEATURES, models.date!)},
};
`;
  writeFileSync('src/input/html/rankers.generated.ts', out);
  console.log('wrote src/input/html/rankers.generated.ts');
}
