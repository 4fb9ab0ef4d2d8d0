/**
 * Trains the entity recogniser's model (an averaged structured perceptron over hashed features,
 * Viterbi-decoded BIO tags) on the CoNLL-2003 training split and writes it, with its
 * configuration and the hashes of its data and feature code, to
 * src/extractors/entities/weights.generated.ts. Deterministic: the same data, code and
 * configuration give the same bytes.
 *
 * Usage: npm run train:entities [-- --epochs N] [-- --limit DOCS] [-- --orders N] [-- --dry-run] [-- --trace]
 *   --trace     scores the development split (testa) after every pass (for choosing `epochs`)
 *   --dry-run   trains and scores, writes nothing
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AveragedPerceptron, decodeModel, encodeModel, LinearModel } from '../src/learn/index.js';
import { DocumentFeatures } from '../src/extractors/entities/features.js';
import { ENTITY_MODEL_CONFIG } from '../src/extractors/entities/model-config.js';
import { splitRanges } from '../src/extractors/entities/recognise.js';
import { LABEL_COUNT, LABELS, spansOf, tableRows, Tagger } from '../src/extractors/entities/tagger.js';
import { MODEL_SOURCES } from '../src/extractors/entities/model-sources.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = resolve(root, option('--corpus') ?? '../shared/corpus/conll2003');
const config = { ...ENTITY_MODEL_CONFIG, epochs: Number(option('--epochs') ?? ENTITY_MODEL_CONFIG.epochs), orders: Number(option('--orders') ?? ENTITY_MODEL_CONFIG.orders) };
const limit = Number(option('--limit') ?? Infinity);
const dryRun = args.includes('--dry-run') || option('--epochs') !== undefined || option('--limit') !== undefined || option('--orders') !== undefined;
const trace = args.includes('--trace');

interface ConllDoc {
  doc: number;
  text: string;
  entities: { type: string; start: number; end: number }[];
}
const { loadConll } = createRequire(import.meta.url)(join(corpus, 'conll.js')) as { loadConll: (file: string) => ConllDoc[] };

/** A document read once: its features, copied out of the reusable reader, and its gold labels. */
interface Stored {
  tokens: number;
  sentences: number;
  sentenceStart: Int32Array;
  features: Int32Array;
  featureStart: Int32Array;
  start: Int32Array;
  end: Int32Array;
  gold: Int32Array;
  entities: ConllDoc['entities'];
}

const reader = new DocumentFeatures(config.buckets);

/** One range per line, as the corpus is laid out, split into sentences as the recogniser splits them. */
function sentencesOf(text: string) {
  const ranges: { start: number; end: number }[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    ranges.push({ start: from, end: from + line.length });
    from += line.length + 1;
  }
  return splitRanges(text, ranges);
}

function store(d: ConllDoc): Stored {
  reader.read(d.text, sentencesOf(d.text));
  const n = reader.tokens;
  const gold = new Int32Array(n);
  // Tokens wholly inside a gold span take its tags; a token across a span's edge stays `O`.
  let t = 0;
  for (const e of [...d.entities].sort((a, b) => a.start - b.start)) {
    while (t < n && reader.start[t]! < e.start) t++;
    let first = true;
    let u = t;
    while (u < n && reader.end[u]! <= e.end) {
      gold[u] = LABELS.indexOf(`${first ? 'B' : 'I'}-${e.type}` as (typeof LABELS)[number]);
      first = false;
      u++;
    }
  }
  return {
    tokens: n,
    sentences: reader.sentences,
    sentenceStart: reader.sentenceStart.slice(0, reader.sentences + 1),
    features: reader.features.slice(0, reader.featureStart[n]),
    featureStart: reader.featureStart.slice(0, n + 1),
    start: reader.start.slice(0, n),
    end: reader.end.slice(0, n),
    gold,
    entities: d.entities,
  };
}

/** Micro precision, recall and F1 of exact PER/ORG/LOC spans. */
function score(model: LinearModel, docs: Stored[]): { p: number; r: number; f: number } {
  const tagger = new Tagger(model, config.buckets);
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const d of docs) {
    const spans = spansOf(tagger.label(d), d).filter((s) => s.type !== 'MISC');
    const want = new Set(d.entities.filter((e) => e.type !== 'MISC').map((e) => `${e.type}:${e.start}:${e.end}`));
    gold += want.size;
    predicted += spans.length;
    for (const s of spans) if (want.has(`${s.type}:${s.start}:${s.end}`)) tp++;
  }
  const p = tp / Math.max(predicted, 1);
  const r = tp / Math.max(gold, 1);
  return { p, r, f: (2 * p * r) / Math.max(p + r, 1e-9) };
}

/** A small deterministic generator (mulberry32) for the order of documents in each pass. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const trainFile = join(corpus, 'train.txt');
const started = performance.now();
const train = loadConll(trainFile).slice(0, limit).map(store);
const dev = loadConll(join(corpus, 'testa.txt')).map(store);
const tokens = train.reduce((n, d) => n + d.tokens, 0);
console.log(`read ${train.length} training documents (${tokens} tokens), ${dev.length} development documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const rows = tableRows(config.buckets);
const transitionRow = (previous: number): number => config.buckets + previous;
const startRow = config.buckets + LABEL_COUNT;

/** One averaged perceptron, trained over the documents in the orders `seed` shuffles them into. */
function trainOnce(seed: number): LinearModel {
  const perceptron = new AveragedPerceptron(rows, LABEL_COUNT);
  const live = new Tagger(perceptron.current(), config.buckets);
  const next = random(seed);
  const order = train.map((_, i) => i);
  for (let epoch = 1; epoch <= config.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let mistakes = 0;
    for (const index of order) {
      const d = train[index]!;
      live.refresh();
      const predicted = live.label(d);
      for (let s = 0; s < d.sentences; s++) {
        const from = d.sentenceStart[s]!;
        const to = d.sentenceStart[s + 1]!;
        for (let t = from; t < to; t++) {
          const want = d.gold[t]!;
          const got = predicted[t]!;
          const wantBefore = t === from ? -1 : d.gold[t - 1]!;
          const gotBefore = t === from ? -1 : predicted[t - 1]!;
          if (want !== got) {
            mistakes++;
            perceptron.update(d.features, d.featureStart[t]!, d.featureStart[t + 1]!, want, 1);
            perceptron.update(d.features, d.featureStart[t]!, d.featureStart[t + 1]!, got, -1);
          }
          if (want !== got || wantBefore !== gotBefore) {
            perceptron.updateOne(wantBefore < 0 ? startRow : transitionRow(wantBefore), want, 1);
            perceptron.updateOne(gotBefore < 0 ? startRow : transitionRow(gotBefore), got, -1);
          }
        }
      }
      perceptron.tick();
    }
    const line = `order ${seed - config.seed + 1}, pass ${epoch}: ${mistakes} token mistakes`;
    if (trace) {
      const { p, r, f } = score(perceptron.average(), dev);
      console.log(`${line}; testa P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${f.toFixed(4)}`);
    } else console.log(line);
  }
  return perceptron.average();
}

// The perceptron's result depends on the order it reads the documents in; the mean of models
// trained over several orders depends on it less.
const sum = new Float64Array(rows * LABEL_COUNT);
for (let k = 0; k < config.orders; k++) {
  const { weights } = trainOnce(config.seed + k);
  for (let i = 0; i < sum.length; i++) sum[i]! += weights[i]!;
}
const mean = new Float32Array(sum.length);
for (let i = 0; i < sum.length; i++) mean[i] = sum[i]! / config.orders;

const encoded = encodeModel(new LinearModel(rows, LABEL_COUNT, mean), config.bits);
const shipped = decodeModel(encoded).model;
const dev_ = score(shipped, dev);
const trainedIn = (performance.now() - started) / 1000;
console.log(`testa (PER/ORG/LOC, exact spans, stored weights): P ${dev_.p.toFixed(4)} R ${dev_.r.toFixed(4)} F1 ${dev_.f.toFixed(4)}; ${(encoded.length / 1e6).toFixed(2)} MB encoded; ${trainedIn.toFixed(0)} s`);

if (!dryRun) {
  const sources = Object.fromEntries(MODEL_SOURCES.map((file) => [file, sha256(readFileSync(join(root, file)))]));
  const record = { config, data: { 'conll2003/train.txt': sha256(readFileSync(trainFile)) }, sources, testaF1: Number(dev_.f.toFixed(4)) };
  const out = `// Generated by scripts/train-entities.ts (npm run train:entities). Do not edit by hand.
/* eslint-disable */

/** How the weights below were trained: configuration, data and feature code hashes, development F1. */
export const ENTITY_MODEL_RECORD = ${JSON.stringify(record, null, 2)} as const;

/** The weights, encoded by src/learn/codec.ts. */
export const ENTITY_MODEL = ${JSON.stringify(encoded)};
`;
  const target = join(root, 'src/extractors/entities/weights.generated.ts');
  writeFileSync(target, out);
  console.log(`wrote ${target} (${(out.length / 1e6).toFixed(2)} MB)`);
}
