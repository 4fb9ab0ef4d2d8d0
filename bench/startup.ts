// Cold start of the built package, each figure in fresh processes: `import('broadsheet')` time and
// RSS, the first parseArticle after it, and a one-file CLI run. Beside them, in the same interleaved
// rounds, the same measures of `import('zod')` (a peer the user loads anyway) and of an empty Node
// process, so the machine's load shows in the baselines as well. Each time is given as wall time and,
// on Linux, as the main thread's CPU time, which is what the wall time comes to on an idle machine
// (on a shared one, wall time also counts the waits for a core). Needs `npm run build`.
//
//   npm run bench -- startup        (BENCH_STARTUP_ROUNDS, default 15)
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, seedArticle } from './shared.js';

const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

/** In a child's source: the main thread's CPU milliseconds so far (Linux), else NaN. */
const MAIN_CPU = `(() => { try { return Number(process.getBuiltinModule('node:fs').readFileSync('/proc/self/task/' + process.pid + '/schedstat', 'utf8').split(' ')[0]) / 1e6; } catch { return NaN; } })()`;

interface ChildFigures {
  importMs: number;
  importCpuMs: number;
  rssMb: number;
  firstParseMs?: number;
  firstParseCpuMs?: number;
}

function child(script: string): ChildFigures {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return JSON.parse(out) as ChildFigures;
}

/** Wall milliseconds of a Node run, and its main thread's CPU milliseconds (Linux, else NaN), reported by a preloaded module at exit. */
function wall(args: string[]): { ms: number; cpuMs: number } {
  const report = `data:text/javascript,process.on('exit', () => process.stderr.write('MAIN_CPU ' + ${MAIN_CPU} + '\\n'));`;
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', report, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  const cpu = /^MAIN_CPU (\S+)$/m.exec(run.stderr);
  return { ms, cpuMs: cpu ? Number(cpu[1]) : Number.NaN };
}

export async function run(): Promise<void> {
  const rounds = Number(process.env.BENCH_STARTUP_ROUNDS ?? 15);
  const seed = fileURLToPath(new URL('../../shared/corpus/seed/article.txt', import.meta.url));
  const seedText = JSON.stringify(seedArticle());
  const importPackage = `
    const c0 = ${MAIN_CPU};
    const t0 = performance.now();
    const b = await import(${JSON.stringify(dist('index.js'))});
    const t1 = performance.now();
    const c1 = ${MAIN_CPU};
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    b.parseArticle(${seedText});
    const t2 = performance.now();
    const c2 = ${MAIN_CPU};
    console.log(JSON.stringify({ importMs: t1 - t0, importCpuMs: c1 - c0, rssMb, firstParseMs: t2 - t1, firstParseCpuMs: c2 - c1 }));`;
  const importZod = `
    const c0 = ${MAIN_CPU};
    const t0 = performance.now();
    await import('zod');
    console.log(JSON.stringify({ importMs: performance.now() - t0, importCpuMs: ${MAIN_CPU} - c0, rssMb: process.memoryUsage().rss / 2 ** 20 }));`;

  const names = ['import', 'importCpu', 'rss', 'firstParse', 'firstParseCpu', 'zod', 'zodCpu', 'zodRss', 'cli', 'cliCpu', 'node', 'nodeCpu'] as const;
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<(typeof names)[number], number[]>;
  for (let r = 0; r < rounds; r++) {
    const pkg = child(importPackage);
    samples.import.push(pkg.importMs);
    samples.importCpu.push(pkg.importCpuMs);
    samples.rss.push(pkg.rssMb);
    samples.firstParse.push(pkg.firstParseMs!);
    samples.firstParseCpu.push(pkg.firstParseCpuMs!);
    const zod = child(importZod);
    samples.zod.push(zod.importMs);
    samples.zodCpu.push(zod.importCpuMs);
    samples.zodRss.push(zod.rssMb);
    const cli = wall([dist('cli.js'), 'parse', seed]);
    samples.cli.push(cli.ms);
    samples.cliCpu.push(cli.cpuMs);
    const node = wall(['-e', '0']);
    samples.node.push(node.ms);
    samples.nodeCpu.push(node.cpuMs);
  }
  const m = (name: (typeof names)[number]) => median(samples[name]);
  const row = (name: string, value: number, cpu: number | undefined, note = '') =>
    console.log(`${name.padEnd(44)} ${value.toFixed(0).padStart(6)} ${cpu === undefined || Number.isNaN(cpu) ? '      ' : cpu.toFixed(0).padStart(6)}  ${note}`);
  console.log(`medians of ${rounds} interleaved rounds, each in a fresh process`);
  console.log(`${''.padEnd(44)} ${'wall'.padStart(6)} ${'CPU'.padStart(6)}  (CPU: the main thread's)`);
  row('import broadsheet (ms)', m('import'), m('importCpu'), '(target ≤ 250)');
  row('  RSS after import (MB)', m('rss'), undefined, '(target ≤ 80)');
  row('first parseArticle on the seed (ms)', m('firstParse'), m('firstParseCpu'), '(target ≤ 150)');
  row('one-file CLI run (ms)', m('cli'), m('cliCpu'), '(target ≤ 500)');
  row('baseline: import zod (ms)', m('zod'), m('zodCpu'));
  row('  RSS after importing zod (MB)', m('zodRss'), undefined);
  row('baseline: empty node process (ms)', m('node'), m('nodeCpu'));
  console.log(
    `ratios: import broadsheet / import zod ${(m('import') / m('zod')).toFixed(2)} (CPU ${(m('importCpu') / m('zodCpu')).toFixed(2)}); ` +
      `CLI run / empty node ${(m('cli') / m('node')).toFixed(2)} (CPU ${(m('cliCpu') / m('nodeCpu')).toFixed(2)})`,
  );
}
