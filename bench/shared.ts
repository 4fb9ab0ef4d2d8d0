// What several benchmarks need: the reference article, and extractors that time themselves.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AnyExtractor, defineExtractor } from '../src/index.js';

/** The seed article beside the checkout, else a fixture of ours. */
export function seedArticle(): string {
  const seed = fileURLToPath(new URL('../../shared/corpus/seed/article.txt', import.meta.url));
  const fallback = fileURLToPath(new URL('../test/fixtures/text-harbour/input.txt', import.meta.url));
  return readFileSync(existsSync(seed) ? seed : fallback, 'utf8');
}

/** Wraps each extractor to add the milliseconds spent inside it to `spent`, by name. */
export function timedExtractors(extractors: readonly AnyExtractor[], spent: Map<string, number>): AnyExtractor[] {
  return extractors.map((extractor) =>
    defineExtractor<string, AnyExtractor['schema']>({
      ...extractor,
      extract(ctx) {
        const start = performance.now();
        try {
          return extractor.extract(ctx);
        } finally {
          spent.set(extractor.name, (spent.get(extractor.name) ?? 0) + performance.now() - start);
        }
      },
    }),
  );
}

/** Each task's median milliseconds per call, and the median over rounds of each task's time over the first task's. */
export interface Interleaved {
  ms: number[];
  ratio: number[];
  /** The 25th and 75th percentile of the per-round ratios. */
  spread: [number, number][];
}

/**
 * Times `tasks` in interleaved rounds of `calls` calls each, after `warmup` rounds. Each round
 * times every task back to back, so a ratio is read within one round, where the machine's other
 * load weighs on both sides alike; the median round is reported.
 */
export function interleaved(tasks: readonly (() => unknown)[], rounds = 200, calls = 10, warmup = 20): Interleaved {
  const time = (task: () => unknown): number => {
    const started = performance.now();
    for (let i = 0; i < calls; i++) task();
    return (performance.now() - started) / calls;
  };
  for (let r = 0; r < warmup; r++) for (const task of tasks) time(task);
  const samples = tasks.map(() => [] as number[]);
  const ratios = tasks.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    const round = tasks.map(time);
    round.forEach((ms, i) => {
      samples[i]!.push(ms);
      ratios[i]!.push(ms / round[0]!);
    });
  }
  return {
    ms: samples.map(median),
    ratio: ratios.map(median),
    spread: ratios.map((s) => [quantile(s, 0.25), quantile(s, 0.75)]),
  };
}

/** The value a share `q` of the way up `values` (sorted copy; the upper one of two middles). */
export function quantile(values: readonly number[], q: number): number {
  return [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))]!;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
