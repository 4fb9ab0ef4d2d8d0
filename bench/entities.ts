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

/**
 * Speed of each of `tasks` against the first, read in interleaved rounds: every round runs each
 * task on the same group of documents back to back, timed in CPU time, so the machine's other
 * load weighs on all alike. Every group is read at least once; reports throughput over all
 * rounds, and the median round's ratio with the middle half of the rounds.
 */
function ratios(groups: string[][], tasks: ((text: string) => unknown)[], minMs = 6000): { cps: number[]; ratio: number[]; spread: [number, number][] } {
  // CPU time of this process, not wall time: on a shared machine the wall clock also counts the
  // time other processes held the core.
  const time = (task: (text: string) => unknown, group: string[]): number => {
    const started = process.cpuUsage();
    for (const d of group) task(d);
    const { user, system } = process.cpuUsage(started);
    return (user + system) / 1000;
  };
  for (const group of groups.slice(0, 3)) for (const task of tasks) time(task, group);
  const chars = tasks.map(() => 0);
  const spent = tasks.map(() => 0);
  const rounds = tasks.map(() => [] as number[]);
  const started = performance.now();
  for (let r = 0; performance.now() - started < minMs || r < groups.length; r++) {
    const group = groups[r % groups.length]!;
    const size = group.reduce((n, d) => n + d.length, 0);
    const ms = tasks.map((task) => time(task, group));
    ms.forEach((m, i) => {
      chars[i]! += size;
      spent[i]! += m;
      rounds[i]!.push(ms[0]! / m);
    });
  }
  const at = (values: number[], q: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;
  return {
    cps: chars.map((c, i) => c / (spent[i]! / 1000)),
    ratio: rounds.map((v) => at(v, 0.5)),
    spread: rounds.map((v) => [at(v, 0.25), at(v, 0.75)]),
  };
}

export async function run(): Promise<void> {
  const docs = texts();
  const total = docs.reduce((n, d) => n + d.length, 0);
  // Groups of about 10,000 characters: one round reads one group with every engine.
  const groups: string[][] = [[]];
  let size = 0;
  for (const d of docs) {
    if (size >= 10_000) {
      groups.push([]);
      size = 0;
    }
    groups[groups.length - 1]!.push(d);
    size += d.length;
  }
  const result = ratios(groups, [
    (t) => {
      const doc = nlp(t);
      return [doc.people().out('array'), doc.organizations().out('array'), doc.places().out('array')];
    },
    (t) => recogniseNames(t),
    (t) => recogniseEntities(t, [{ start: 0, end: t.length }], {}),
  ]);
  const labels = ['compromise (people, organisations, places)', 'broadsheet recogniseNames', 'broadsheet recogniseEntities (+ dates, money)'];
  console.log(`${docs.length} documents, ${total.toLocaleString('en')} characters, ${groups.length} groups (median of interleaved rounds)`);
  labels.forEach((label, i) => {
    const [low, high] = result.spread[i]!;
    const overall = result.cps[i]! / result.cps[0]!;
    console.log(
      `${label.padEnd(44)} ${Math.round(result.cps[i]!).toLocaleString('en').padStart(10)} chars/s ${overall.toFixed(1).padStart(5)}× overall, ${result.ratio[i]!.toFixed(1)}× median round (middle half ${low.toFixed(1)}–${high.toFixed(1)}×)`,
    );
  });
}
