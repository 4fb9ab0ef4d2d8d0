// Checks that the quick chrono of the `chrono` part (src/parts/chrono.ts) finds exactly what
// chrono's own parsers find, on every paragraph and line of the shared text corpora: the same
// results (offsets, text, known and implied values of start and end), for `casual` and `strict`.
// Reads ../shared at run time; nothing of it goes into the project.
//
//   npx tsx scripts/chrono-equivalence.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node/en';
import { casual, strict } from '../src/parts/chrono.js';
import { CORPUS, filesUnder } from './shared-corpus.js';


function* texts(): Generator<string> {
  for (const set of ['polnear-train', 'polnear', 'dev', 'seed']) {
    for (const path of filesUnder(join(CORPUS, set))) {
      if (path.endsWith('.json')) yield String((JSON.parse(readFileSync(path, 'utf8')) as { input?: unknown }).input ?? '');
      else if (path.endsWith('.txt')) yield readFileSync(path, 'utf8');
    }
  }
  for (const path of filesUnder(join(CORPUS, 'textdump'))) if (!path.endsWith('.md')) yield readFileSync(path, 'utf8');
}

const describe = (results: chrono.ParsedResult[]) =>
  JSON.stringify(results.map((r) => [r.index, r.text, r.start, r.end ?? null]));

const reference = new Date(Date.UTC(2024, 2, 5, 12));
let pieces = 0;
let found = 0;
let differ = 0;
for (const text of texts()) {
  for (const piece of text.split(/\n+/).filter((line) => line.trim() !== '')) {
    pieces++;
    for (const [mine, theirs] of [
      [casual, chrono.casual],
      [strict, chrono.strict],
    ] as const) {
      const a = describe(mine.parse(piece, reference));
      const b = describe(theirs.parse(piece, reference));
      if (a !== '[]') found++;
      if (a !== b) {
        differ++;
        if (differ <= 10) console.log(`differs: ${JSON.stringify(piece.slice(0, 200))}\n  quick:  ${a}\n  chrono: ${b}`);
      }
    }
  }
}
console.log(`${pieces} paragraphs and lines, each by casual and strict; ${found} with dates; ${differ} differ`);
process.exitCode = differ === 0 ? 0 : 1;
