// Two builds of the package in one process: whether they give the same Articles, and how much CPU each takes.
//
//   node scripts/compare-builds.mjs same OLD_DIST NEW_DIST            every shared document, each Article as JSON
//   node scripts/compare-builds.mjs cpu OLD_DIST NEW_DIST [text|polnear|html] [rounds]
//   node scripts/compare-builds.mjs cold OLD_DIST NEW_DIST [rounds]      import and first parse of the seed, fresh processes
//
// A DIST is a built `dist/` directory (copy one aside before rebuilding; it needs a node_modules beside or above it).
// `same` parses articlebody, wceb, both textdump renderers, dev, polnear, the seed and html-meta-2 with both builds
// and prints the first differences. `cpu` parses each document with one build then the other (the order alternating),
// summing process CPU time, so the machine's other load weighs on both alike; it prints the median round's ratio.
// `cold` starts a fresh process per build in alternation (21 rounds by default) and prints the medians and
// minimums of the main thread's CPU time (Linux) for `import` and for the first parseArticle of the seed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const [mode, oldDist, newDist, set = 'text', rounds = '30'] = process.argv.slice(2);
if (!['same', 'cpu', 'cold'].includes(mode) || !oldDist || !newDist) {
  console.error('usage: node scripts/compare-builds.mjs same|cpu|cold OLD_DIST NEW_DIST [text|polnear|html] [rounds]');
  process.exit(2);
}

if (mode === 'cold') {
  const { execFileSync } = await import('node:child_process');
  const seed = join(import.meta.dirname, '../../shared/corpus/seed/article.txt');
  // The child's main-thread CPU milliseconds so far, from the kernel's per-thread account.
  const child = (dist) => `
    import { readFileSync } from 'node:fs';
    const cpu = () => Number(readFileSync('/proc/self/task/' + process.pid + '/schedstat', 'utf8').split(' ')[0]) / 1e6;
    const text = readFileSync(${JSON.stringify(seed)}, 'utf8');
    const c0 = cpu();
    const b = await import(${JSON.stringify(pathToFileURL(resolve(dist, 'index.js')).href)});
    const c1 = cpu();
    b.parseArticle(text);
    console.log(JSON.stringify({ importMs: c1 - c0, firstParseMs: cpu() - c1 }));`;
  const runs = [[], []];
  const count = Number(set === 'text' ? 21 : set);
  for (let r = 0; r < count; r++) {
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      runs[k].push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', child(k ? newDist : oldDist)], { encoding: 'utf8' })));
    }
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1].toFixed(1);
  const min = (xs) => Math.min(...xs).toFixed(1);
  for (const key of ['importMs', 'firstParseMs']) {
    const [a, b] = runs.map((list) => list.map((run) => run[key]));
    console.log(`${key}: old median ${median(a)} (min ${min(a)}), new median ${median(b)} (min ${min(b)}) ms of main-thread CPU, ${count} fresh processes each`);
  }
  process.exit(0);
}
const load = (dist) => import(pathToFileURL(resolve(dist, 'index.js')).href);
const [A, B] = [await load(oldDist), await load(newDist)];
const corpus = join(import.meta.dirname, '../../shared/corpus');
const read = (file) => (file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file));

/** [id, input, format] of the shared documents in `sets`. */
function documents(sets) {
  const docs = [];
  for (const dir of sets) {
    const path = join(corpus, dir);
    for (const file of readdirSync(path).sort()) {
      if (file.endsWith('.html.gz') || file.endsWith('.html')) docs.push([`${dir}/${file}`, read(join(path, file)).toString('utf8'), 'html']);
      else if (file.endsWith('.json') && !file.startsWith('ground-truth')) {
        const record = JSON.parse(readFileSync(join(path, file), 'utf8'));
        const input = record.input ?? (record.inputFile ? read(resolve(path, record.inputFile)).toString('utf8') : undefined);
        if (typeof input === 'string') docs.push([`${dir}/${file}`, input, record.format ?? 'text']);
      } else if (file === 'article.txt') docs.push([`${dir}/${file}`, readFileSync(join(path, file), 'utf8'), 'text']);
      else if (statSync(join(path, file)).isDirectory()) {
        try {
          docs.push([`${dir}/${file}`, readFileSync(join(path, file, 'source.html'), 'utf8'), 'html']);
        } catch {}
      }
    }
  }
  return docs;
}

if (mode === 'same') {
  const docs = documents(['articlebody/html', 'wceb/html', 'textdump/html-to-text', 'textdump/innertext', 'dev', 'polnear', 'seed', 'html-meta-2']);
  const json = (m, input, format) => {
    try {
      return JSON.stringify(m.parseArticle(input, { format }));
    } catch (error) {
      return `ERROR ${error.message}`;
    }
  };
  let differ = 0;
  for (const [id, input, format] of docs) {
    const a = json(A, input, format);
    const b = json(B, input, format);
    if (a === b) continue;
    if (++differ <= 10) {
      let i = 0;
      while (a[i] === b[i]) i++;
      console.log(`${id} differs at ${i}\n  old: ${a.slice(Math.max(0, i - 80), i + 80)}\n  new: ${b.slice(Math.max(0, i - 80), i + 80)}`);
    }
  }
  console.log(`${docs.length} documents: ${docs.length - differ} identical, ${differ} differ`);
  process.exit(differ ? 1 : 0);
}

const sets = { text: ['seed'], polnear: ['polnear'], html: ['articlebody/html'] };
let docs = documents(sets[set] ?? sets.text);
if (set === 'text') docs = Array(40).fill(docs[0]);
if (set === 'html') docs = docs.slice(0, 30);
const cpu = (m, input, format) => {
  const start = process.cpuUsage();
  m.parseArticle(input, { format });
  const spent = process.cpuUsage(start);
  return spent.user + spent.system;
};
for (let i = 0; i < 2; i++) for (const [, input, format] of docs) cpu(A, input, format) + cpu(B, input, format);
const ratios = [];
let [oldTotal, newTotal] = [0, 0];
for (let r = 0; r < Number(rounds); r++) {
  let [a, b] = [0, 0];
  docs.forEach(([, input, format], k) => {
    if ((r + k) % 2) [a, b] = [a + cpu(A, input, format), b + cpu(B, input, format)];
    else [b, a] = [b + cpu(B, input, format), a + cpu(A, input, format)];
  });
  ratios.push(b / a);
  oldTotal += a;
  newTotal += b;
}
const at = (q) => [...ratios].sort((x, y) => x - y)[Math.floor(ratios.length * q)].toFixed(3);
const perDoc = (total) => (total / Number(rounds) / docs.length / 1000).toFixed(3);
console.log(`${set}: old ${perDoc(oldTotal)} ms, new ${perDoc(newTotal)} ms CPU per document; new/old ${(newTotal / oldTotal).toFixed(3)} in all, median round ${at(0.5)} (middle half ${at(0.25)}–${at(0.75)})`);
