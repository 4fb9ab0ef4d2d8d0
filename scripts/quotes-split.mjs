#!/usr/bin/env node
// Splits a corpus of case files by document for the quotes work: a case goes to the held-out part when
// sha256("quotes-split:" + its id) starts with a byte below 86 (about a third), else to the tune part.
// Tune on `tune/`, report `held-out/` without reading its cases. Writes symbolic links, so the scorer
// reads the same files: node scripts/quotes-split.mjs ../shared/corpus/polnear-train /tmp/polnear-split
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [source, target] = process.argv.slice(2);
if (!source || !target) {
  console.error('usage: node scripts/quotes-split.mjs CORPUS_DIR OUT_DIR');
  process.exit(2);
}
const HELD_OUT_BELOW = 86;
const parts = { tune: [], 'held-out': [] };
for (const name of readdirSync(source).filter((n) => n.endsWith('.json')).sort()) {
  const { id } = JSON.parse(readFileSync(join(source, name), 'utf8'));
  const byte = createHash('sha256').update(`quotes-split:${id}`).digest()[0];
  parts[byte < HELD_OUT_BELOW ? 'held-out' : 'tune'].push(name);
}
for (const [part, names] of Object.entries(parts)) {
  const dir = join(target, part);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of names) symlinkSync(resolve(source, name), join(dir, name));
  console.log(`${part}: ${names.length} cases in ${dir}`);
}
