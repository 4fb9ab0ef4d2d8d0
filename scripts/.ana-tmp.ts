import { createRequire } from 'node:module';
import { recogniseNames } from '../src/extractors/entities/recognise.js';
const { loadConll } = createRequire(import.meta.url)('/work/shared/corpus/conll2003/conll.js');
const split = process.argv[2] ?? 'testa';
const docs = loadConll(`/work/shared/corpus/conll2003/${split}.txt`);
const T: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
for (const d of docs) {
  const ranges: { start: number; end: number }[] = [];
  let from = 0;
  for (const line of d.text.split('\n')) { ranges.push({ start: from, end: from + line.length }); from += line.length + 1; }
  const ms = recogniseNames(d.text, ranges).filter((m) => m.type !== 'other');
  const gold = new Set(d.entities.filter((e: any) => e.type !== 'MISC').map((e: any) => `${e.type}:${e.start}:${e.end}`));
  for (const m of ms) {
    const end = m.end - (/['’]s$/.test(m.text) ? 2 : 0);
    const inner = d.text.slice(m.start, end);
    if (/['’]s /.test(inner)) console.log(gold.has(`${T[m.type]}:${m.start}:${end}`) ? 'OK ' : 'BAD', T[m.type], JSON.stringify(inner), '| gold:', d.entities.filter((e: any) => e.start < end && e.end > m.start).map((e: any) => `${e.type} ${e.text}`).join('; '));
  }
}
