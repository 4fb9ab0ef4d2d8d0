// Cold start of the built package, each figure in fresh processes: `import('broadsheet')` time and
// RSS, the first parseArticle after it, and a one-file CLI run. Beside them, in the same interleaved
// rounds, the same measures of `import('zod')` (a peer the user loads anyway) and of an empty Node
// process, so the machine's load shows in the baselines as well. Needs `npm run build`.
//
//   npm run bench -- startup        (BENCH_STARTUP_ROUNDS, default 15)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { seedArticle } from './shared.js';

const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

function child(script: string): { importMs: number; rssMb: number; firstParseMs?: number } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out) as { importMs: number; rssMb: number; firstParseMs?: number };
}

function wall(args: string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

export async function run(): Promise<void> {
  const rounds = Number(process.env.BENCH_STARTUP_ROUNDS ?? 15);
  const seed = fileURLToPath(new URL('../../shared/corpus/seed/article.txt', import.meta.url));
  const seedText = JSON.stringify(seedArticle());
  const importPackage = `
    const t0 = performance.now();
    const b = await import(${JSON.stringify(dist('index.js'))});
    const t1 = performance.now();
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    b.parseArticle(${seedText});
    console.log(JSON.stringify({ importMs: t1 - t0, rssMb, firstParseMs: performance.now() - t1 }));`;
  const importZod = `
    const t0 = performance.now();
    await import('zod');
    console.log(JSON.stringify({ importMs: performance.now() - t0, rssMb: process.memoryUsage().rss / 2 ** 20 }));`;

  const samples = { importMs: [] as number[], rssMb: [] as number[], firstParseMs: [] as number[], zodMs: [] as number[], zodRss: [] as number[], cliMs: [] as number[], nodeMs: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    const pkg = child(importPackage);
    samples.importMs.push(pkg.importMs);
    samples.rssMb.push(pkg.rssMb);
    samples.firstParseMs.push(pkg.firstParseMs!);
    const zod = child(importZod);
    samples.zodMs.push(zod.importMs);
    samples.zodRss.push(zod.rssMb);
    samples.cliMs.push(wall([dist('cli.js'), 'parse', seed]));
    samples.nodeMs.push(wall(['-e', '0']));
  }
  const row = (name: string, ms: number, note = '') => console.log(`${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ${note}`);
  console.log(`medians of ${rounds} interleaved rounds, each in a fresh process`);
  row('import broadsheet (ms)', median(samples.importMs), '(target ≤ 250)');
  row('  RSS after import (MB)', median(samples.rssMb), '(target ≤ 80)');
  row('first parseArticle on the seed (ms)', median(samples.firstParseMs), '(target ≤ 150)');
  row('one-file CLI run, wall (ms)', median(samples.cliMs), '(target ≤ 500)');
  row('baseline: import zod (ms)', median(samples.zodMs));
  row('  RSS after importing zod (MB)', median(samples.zodRss));
  row('baseline: empty node process, wall (ms)', median(samples.nodeMs));
  console.log(`ratios: import broadsheet / import zod ${(median(samples.importMs) / median(samples.zodMs)).toFixed(2)}; CLI run / empty node ${(median(samples.cliMs) / median(samples.nodeMs)).toFixed(2)}`);
}
