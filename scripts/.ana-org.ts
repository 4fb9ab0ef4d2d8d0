import { createRequire } from 'node:module';
import { recogniseNames } from '../src/extractors/entities/recognise.js';
import { ORG_SUFFIXES } from '../src/extractors/entities/lexicon.js';
const { loadConll } = createRequire(import.meta.url)('/work/shared/corpus/conll2003/conll.js');
const docs = loadConll(`/work/shared/corpus/conll2003/testa.txt`);
const T: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const suff = new Set([...ORG_SUFFIXES].map((w: string) => w.toLowerCase()));
for (const d of docs) {
  const ranges: { start: number; end: number }[] = [];
  let from = 0;
  for (const line of d.text.split('\n')) { ranges.push({ start: from, end: from + line.length }); from += line.length + 1; }
  for (const m of recogniseNames(d.text, ranges)) {
    if (m.type === 'organization' || m.type === 'other') continue;
    const words = m.name.split(' ');
    if (words.length < 2 || !suff.has(words[words.length - 1]!.toLowerCase())) continue;
    const g = d.entities.find((e: any) => e.start === m.start);
    console.log(T[m.type], JSON.stringify(m.name), 'gold:', g ? `${g.type} ${g.text}` : '-');
  }
}
