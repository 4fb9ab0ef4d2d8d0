// Trains the learned speaker ranker of the quotes extractor (src/extractors/quotes/speaker-model.ts):
// a logistic model over each found quote's candidate speakers, labelled by whether a candidate is the
// speaker of the gold quote it matches, on the tune part of polnear-train only.
//
//   npx tsx scripts/train-quote-speakers.ts [DIR] [--write]    (npm run train:quote-speakers writes)
//
// DIR holds polnear case files (default ../shared/corpus/polnear-train); articles of the held-out
// part (scripts/quotes-split.mjs) are never read past their id. Prints the rules' accuracy, the best
// any candidate allows and the ranker's cross-validated accuracy (folds by a hash of the article id),
// by how the rules found the speaker; --write regenerates
// src/extractors/quotes/speaker-model.generated.ts from the whole tune part.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultExtractors } from '../src/extractors/preset.js';
import { type RankedSpeakers, recordingQuotesExtractor } from '../src/extractors/quotes/index.js';
import { RANKED_PATHS, type SpeakerPath, speakerFeatureNames, speakerFeatures } from '../src/extractors/quotes/speaker-model.js';
import { type LogisticModel, logit, trainLogistic } from '../src/learn/index.js';
import { createParser } from '../src/pipeline/parser.js';
import { QUOTE_SPEAKERS_CONFIG as CONFIG } from './quote-speakers.config.js';
import { idByte, norm, overlap, tokens } from './quote-scoring.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? '../shared/corpus/polnear-train';
const write = args.includes('--write');

// The scorer's speaker criteria: names equal, or their last words (lenient).
const nameNorm = (s: string) => norm(s).replace(/^the /, '').replace(/'s$/, '').replace(/[.,;:]+$/, '');
const lastWord = (s: string) => s.split(' ').pop()!;

const names = speakerFeatureNames();
const width = names.length;

/** One scored quote: its candidates' rows, which are right (exactly / by surname), and the rules' answer. */
interface Group {
  fold: number;
  path: SpeakerPath;
  from: number;
  exact: boolean[];
  lenient: boolean[];
  ruleExact: boolean;
  ruleLenient: boolean;
}
const groups: Group[] = [];
const values: number[] = [];
let rows = 0;
let recorded: RankedSpeakers[] = [];
const row = new Float64Array(width);
const parser = createParser({
  extractors: [...defaultExtractors.filter((e) => e.name !== 'quotes'), recordingQuotesExtractor((r) => recorded.push(r))],
});
const files = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
let articles = 0;
for (const name of files) {
  const c = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { id: string; input: string; format?: string; gold: { quotes: { text: string; speaker: string | null }[] } };
  if (idByte('quotes-split:', c.id) < CONFIG.tuneFromByte) continue;
  articles++;
  recorded = [];
  parser.parse(c.input, { format: 'text' });
  const fold = idByte('quote-speakers-fold:', c.id) % CONFIG.folds;
  const found = recorded.map((r) => tokens(r.quote.text));
  const used = new Set<number>();
  // The scorer's matching: each gold quote takes the unused found quote it overlaps most.
  for (const gold of c.gold.quotes) {
    const want = tokens(gold.text);
    let best = -1;
    let bestScore = 0;
    found.forEach((f, i) => {
      if (used.has(i)) return;
      const s = overlap(f, want);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    if (bestScore < CONFIG.minOverlap) continue;
    used.add(best);
    if (gold.speaker === null) continue;
    const { quote, path, candidates } = recorded[best]!;
    const target = nameNorm(gold.speaker);
    const exactOf = (n: string) => nameNorm(n) === target;
    const lenientOf = (n: string) => lastWord(nameNorm(n)) === lastWord(target);
    const group: Group = {
      fold, path, from: rows, exact: [], lenient: [],
      ruleExact: quote.speaker !== null && exactOf(quote.speaker.name),
      ruleLenient: quote.speaker !== null && lenientOf(quote.speaker.name),
    };
    for (const candidate of candidates) {
      group.exact.push(exactOf(candidate.speaker.name));
      group.lenient.push(lenientOf(candidate.speaker.name));
      speakerFeatures(candidate.facts, path, row);
      for (let j = 0; j < width; j++) values.push(row[j]!);
      rows++;
    }
    groups.push(group);
  }
}
console.log(`${articles} tune articles, ${groups.length} quotes with a gold speaker, ${rows} candidates`);

/** A candidate's label: right exactly, or by surname when no candidate is exactly right. */
const labelsOf = (g: Group) => (g.exact.some(Boolean) ? g.exact : g.lenient);

function fit(keep: (g: Group) => boolean): LogisticModel {
  const x: number[] = [];
  const y: number[] = [];
  for (const g of groups) {
    const labels = labelsOf(g);
    // A quote no candidate answers teaches nothing about ranking; nor does one whose path the rules decide.
    if (!keep(g) || !labels.some(Boolean) || !RANKED_PATHS.has(g.path)) continue;
    labels.forEach((label, k) => {
      for (let j = 0; j < width; j++) x.push(values[(g.from + k) * width + j]!);
      y.push(label ? 1 : 0);
    });
  }
  return trainLogistic(x, width, y, { l2: CONFIG.l2, iterations: CONFIG.iterations });
}

/** The index of the candidate a model ranks first in a group (the first of equals), or -1. */
function choice(model: LogisticModel, g: Group): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < g.exact.length; k++) {
    const score = logit(model, values, g.from + k);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

const chosen = new Int32Array(groups.length).fill(-1);
for (let f = 0; f < CONFIG.folds; f++) {
  const model = fit((g) => g.fold !== f);
  groups.forEach((g, i) => {
    if (g.fold === f && RANKED_PATHS.has(g.path)) chosen[i] = choice(model, g);
  });
}
const table = new Map<string, { n: number; rule: [number, number]; oracle: [number, number]; ranker: [number, number] }>();
groups.forEach((g, i) => {
  for (const key of [g.path, 'all']) {
    const t = table.get(key) ?? { n: 0, rule: [0, 0], oracle: [0, 0], ranker: [0, 0] };
    t.n++;
    t.rule[0] += g.ruleExact ? 1 : 0;
    t.rule[1] += g.ruleLenient ? 1 : 0;
    t.oracle[0] += g.exact.some(Boolean) ? 1 : 0;
    t.oracle[1] += g.lenient.some(Boolean) ? 1 : 0;
    const k = chosen[i]!;
    // No candidate, or a path the rules decide: the rules' answer stands.
    t.ranker[0] += k >= 0 ? (g.exact[k] ? 1 : 0) : g.ruleExact ? 1 : 0;
    t.ranker[1] += k >= 0 ? (g.lenient[k] ? 1 : 0) : g.ruleLenient ? 1 : 0;
    table.set(key, t);
  }
});
const pair = ([e, l]: [number, number], n: number) => `${(e / n).toFixed(3)}/${(l / n).toFixed(3)}`;
console.log('path         quotes  rules e/l    any candidate  ranker (cv)');
for (const [key, t] of [...table].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${key.padEnd(12)} ${String(t.n).padStart(6)}  ${pair(t.rule, t.n)}  ${pair(t.oracle, t.n)}    ${pair(t.ranker, t.n)}`);
}

if (write) {
  const model = fit(() => true);
  const out = `// Generated by \`npm run train:quote-speakers\` (scripts/train-quote-speakers.ts) from the tune part of polnear-train. Do not edit.
import type { SpeakerModelData } from './speaker-model.js';

export const SPEAKER_MODEL: SpeakerModelData & { config: unknown } = {
  config: ${JSON.stringify(CONFIG)},
  features: ${JSON.stringify(names)},
  model: { bias: ${model.bias}, weights: ${JSON.stringify(model.weights)} },
};
`;
  writeFileSync('src/extractors/quotes/speaker-model.generated.ts', out);
  console.log('wrote src/extractors/quotes/speaker-model.generated.ts');
  for (let j = 0; j < width; j++) if (Math.abs(model.weights[j]!) > 0.05) console.log(`  ${names[j]!.padEnd(36)} ${model.weights[j]!.toFixed(3)}`);
}
