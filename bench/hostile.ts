// The hostile corpus timed: each class at full size (the median of three parses, CPU time, so the machine's
// other load weighs less) beside honest prose of the same length parsed in the same process, and the growth
// from half size to full size (at most ~2 for linear cost). `HOSTILE=md-` times only the classes named so;
// `HOSTILE_QUICK=1` parses each class once at full size, without the baseline and growth columns. Each class is
// parsed in its own format, as the CLI's `--format` gives it.
//
//   npm run bench -- hostile
import { parseArticle } from '../src/index.js';
import { HOSTILE_CLASSES, type HostileFormat } from '../test/hostile/corpus.js';

/** Median CPU milliseconds of `runs` parses, in the class's format as the CLI's `--format` gives it. */
function cpu(source: string, format: HostileFormat | undefined, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    parseArticle(source, format ? { format } : {});
    const spent = process.cpuUsage(before);
    times.push((spent.user + spent.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Honest text of about `length` characters: paragraphs of plain sentences. */
function prose(length: number): string {
  const paragraph = 'The council met on Tuesday and argued about the harbour budget for an hour. '.repeat(6).trim();
  return `Storm closes the harbour\n\n${`${paragraph}\n\n`.repeat(Math.max(1, Math.round(length / (paragraph.length + 2))))}`;
}

export async function run(): Promise<void> {
  const only = process.env.HOSTILE ?? '';
  parseArticle(prose(50_000));
  console.log('class'.padEnd(30), 'chars'.padStart(10), 'ms'.padStart(8), '× prose'.padStart(8), 'growth'.padStart(7));
  for (const hostile of HOSTILE_CLASSES) {
    if (!hostile.name.startsWith(only)) continue;
    const source = hostile.make();
    if (process.env.HOSTILE_QUICK) {
      console.log(hostile.name.padEnd(30), String(source.length).padStart(10), cpu(source, hostile.format, 1).toFixed(0).padStart(8));
      continue;
    }
    const full = cpu(source, hostile.format);
    const half = cpu(hostile.make(0.5), hostile.format);
    const baseline = cpu(prose(source.length), 'text', 1);
    console.log(
      hostile.name.padEnd(30),
      String(source.length).padStart(10),
      full.toFixed(0).padStart(8),
      (full / baseline).toFixed(2).padStart(8),
      (full / Math.max(half, 1)).toFixed(2).padStart(7),
    );
  }
}
