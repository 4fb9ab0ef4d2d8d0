// Entity recognition throughput: broadsheet's recogniser beside compromise on the same texts
// (the CoNLL-2003 development documents when ../shared is present, else the seed article).
// Run alone with `npm run bench -- entities`, or as part of `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { recogniseEntities } from '../src/extractors/entities/recogniser.js';
import { recogniseNames } from '../src/extractors/entities/recognise.js';

function texts(): string[] {
  const conll = fileURLToPath(new URL('../../shared/corpus/conll2003/testa.docs.jsonl', import.meta.url));
  if (existsSync(conll)) {
    return readFileSync(conll, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text);
  }
  const seed = fileURLToPath(new URL('../../shared/corpus/seed/article.txt', import.meta.url));
  const fallback = fileURLToPath(new URL('../test/fixtures/text-harbour/input.txt', import.meta.url));
  return [readFileSync(existsSync(seed) ? seed : fallback, 'utf8')];
}

/** Characters per second of `fn` over `docs`, after three warm-up passes, over at least `minMs`. */
function throughput(docs: string[], fn: (text: string) => unknown, minMs = 1500): number {
  for (let i = 0; i < 3; i++) for (const d of docs) fn(d);
  let chars = 0;
  const started = performance.now();
  while (performance.now() - started < minMs) for (const d of docs) {
    fn(d);
    chars += d.length;
  }
  return chars / ((performance.now() - started) / 1000);
}

export async function run(): Promise<void> {
  const docs = texts();
  const total = docs.reduce((n, d) => n + d.length, 0);
  const names = throughput(docs, (t) => recogniseNames(t));
  const full = throughput(docs, (t) => recogniseEntities(t, [{ start: 0, end: t.length }], {}));
  const compromise = throughput(docs, (t) => {
    const doc = nlp(t);
    return [doc.people().out('array'), doc.organizations().out('array'), doc.places().out('array')];
  });
  const row = (label: string, cps: number): string =>
    `${label.padEnd(44)} ${Math.round(cps).toLocaleString('en').padStart(12)} chars/s  ${(cps / compromise).toFixed(1).padStart(6)}×`;
  console.log(`${docs.length} documents, ${total.toLocaleString('en')} characters`);
  console.log(row('compromise (people, organisations, places)', compromise));
  console.log(row('broadsheet recogniseNames', names));
  console.log(row('broadsheet recogniseEntities (+ dates, money)', full));
}
