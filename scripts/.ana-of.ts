import { createRequire } from 'node:module';
import { recogniseNames } from '../src/extractors/entities/recognise.js';
const { loadConll } = createRequire(import.meta.url)('/work/shared/corpus/conll2003/conll.js');
const split = process.argv[2] ?? 'testa';
const docs = loadConll(`/work/shared/corpus/conll2003/${split}.txt`);
const T: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
let ok = 0, bad = 0;
for (const d of docs) {
  const ranges: { start: number; end: number }[] = [];
  let from = 0;
  for (const line of d.text.split('\n')) { ranges.push({ start: from, end: from + line.length }); from += line.length + 1; }
  const ms = recogniseNames(d.text, ranges).filter((m) => m.type !== 'other').map((m) => ({ type: T[m.type]!, start: m.start, end: m.end - (/['’]s$/.test(m.text) ? 2 : 0) }));
  for (const g of d.entities) {
    if (g.type === 'MISC' || !/ of /.test(g.text)) continue;
    const exact = ms.some((m) => m.start === g.start && m.end === g.end && m.type === g.type);
    if (exact) ok++; else { bad++; console.log('MISS', g.type, JSON.stringify(g.text), '| pred:', ms.filter((m) => m.start < g.end && m.end > g.start).map((m) => `${m.type} ${d.text.slice(m.start, m.end)}`).join('; ')); }
  }
  // predicted pairs A of (the) B where gold is not joined
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i]!, b = ms[i + 1]!;
    const between = d.text.slice(a.end, b.start);
    if (!/^ of (the )?$/.test(between)) continue;
    const joined = d.entities.some((g: any) => g.start === a.start && g.end === b.end);
    console.log(joined ? 'PAIR-JOINED' : 'PAIR-SEP', a.type, JSON.stringify(d.text.slice(a.start, b.end)), b.type);
  }
}
console.log({ ok, bad });
