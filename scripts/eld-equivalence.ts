// Checks that the `language` part (src/extractors/meta/eld.ts, eld's steps over its table as typed
// arrays) answers exactly as eld does: on every paragraph and line of the shared text corpora and on
// windows of 600 characters slid across each text (what the meta extractor hands it); on windows
// across html-meta's pages (many languages) as raw markup. Reads ../shared at run time; nothing of
// it goes into the project.
//
//   npx tsx scripts/eld-equivalence.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eld } from 'eld/extrasmall';
import { detect } from '../src/extractors/meta/eld.js';
import { CORPUS, filesUnder } from './shared-corpus.js';


/** Each text of a set, with the stride its windows are taken at. */
function* texts(): Generator<{ text: string; lines: boolean }> {
  for (const set of ['seed', 'dev', 'polnear', 'polnear-train', 'textdump']) {
    for (const path of filesUnder(join(CORPUS, set))) {
      if (path.endsWith('.json')) {
        const input = (JSON.parse(readFileSync(path, 'utf8')) as { input?: unknown }).input;
        if (typeof input === 'string') yield { text: input, lines: true };
      } else if (/\.(txt|md)$/.test(path)) yield { text: readFileSync(path, 'utf8'), lines: true };
    }
  }
  for (const path of filesUnder(join(CORPUS, 'html-meta'))) if (path.endsWith('.html')) yield { text: readFileSync(path, 'utf8'), lines: false };
}

function eldAnswer(text: string): string | null {
  const result = eld.detect(text);
  return result.language && result.isReliable() ? result.language : null;
}

let samples = 0;
let answered = 0;
let differ = 0;
const languages = new Map<string, number>();
for (const { text, lines } of texts()) {
  const pieces = lines ? text.split(/\n+/).filter((line) => line.trim() !== '') : [];
  for (let at = 0; at < text.length; at += lines ? 300 : 1500) pieces.push(text.slice(at, at + 600));
  for (const piece of pieces) {
    samples++;
    const mine = detect(piece);
    const theirs = eldAnswer(piece);
    if (theirs !== null) {
      answered++;
      languages.set(theirs, (languages.get(theirs) ?? 0) + 1);
    }
    if (mine !== theirs) {
      differ++;
      if (differ <= 10) console.log(`differs: ${JSON.stringify(piece.slice(0, 200))}: ${mine} here, ${theirs} by eld`);
    }
  }
}
const top = [...languages].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([l, n]) => `${l} ${n}`).join(', ');
console.log(`${samples} samples; eld answered ${answered} (${top}); ${differ} differ`);
process.exitCode = differ === 0 ? 0 : 1;
