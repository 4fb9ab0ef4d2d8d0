/**
 * Measures the entity recogniser on the CoNLL-2003 development split (../shared/corpus/conll2003):
 * runs `recogniseNames` on each document's text, one range per line, writes the mentions as the
 * corpus scorer expects them and prints its report. The corpus is for measurement only.
 *
 * Usage: npm run eval:conll [-- --corpus DIR] [-- --errors N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { recogniseNames } from '../src/extractors/entities/recognise.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const corpus = resolve(option('--corpus', '../shared/corpus/conll2003'));
const split = option('--split', 'testa');
const errors = option('--errors', '0');

const docs = readFileSync(join(corpus, `${split}.docs.jsonl`), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { doc: number; text: string });

let chars = 0;
const started = performance.now();
const lines = docs.map(({ doc, text }) => {
  chars += text.length;
  const ranges: { start: number; end: number }[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    ranges.push({ start: from, end: from + line.length });
    from += line.length + 1;
  }
  const entities = recogniseNames(text, ranges)
    .filter((m) => m.type !== 'other')
    .map((m) => ({ type: m.type, start: m.start, end: m.end - (/['’]s$/.test(m.text) ? 2 : 0) }));
  return JSON.stringify({ doc, entities });
});
const ms = performance.now() - started;

const preds = join(mkdtempSync(join(tmpdir(), 'broadsheet-conll-')), 'preds.jsonl');
writeFileSync(preds, `${lines.join('\n')}\n`);
const gold = join(corpus, `${split}.txt`);
const extra = errors === '0' ? [] : ['--errors', errors];
process.stdout.write(execFileSync('node', [join(corpus, 'score.js'), '--pred', preds, '--gold', gold, ...extra], { encoding: 'utf8' }));
console.log(`recogniser: ${docs.length} documents, ${chars} characters in ${ms.toFixed(0)} ms (${Math.round(chars / (ms / 1000)).toLocaleString('en')} chars/s)`);
