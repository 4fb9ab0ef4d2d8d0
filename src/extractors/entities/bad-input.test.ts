import { describe, expect, it } from 'vitest';
import { mergeMentions } from './merge.js';
import { recogniseEntities } from './recogniser.js';

const all = (text: string) => recogniseEntities(text, [{ start: 0, end: text.length }], {});

/** CPU milliseconds spent in `fn` (not wall time: on a shared machine the wall clock measures the neighbours too). */
function cpuMs(fn: () => void): number {
  const started = process.cpuUsage();
  fn();
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}

/** The time ratio of recognising and merging at two sizes; linear work grows about as the size does. */
function growth(make: (size: number) => string, small: number, large: number) {
  const a = make(small);
  const b = make(large);
  all(a.slice(0, 1000));
  const ta = cpuMs(() => mergeMentions(all(a)));
  let found: ReturnType<typeof all> = [];
  const tb = cpuMs(() => {
    found = all(b);
    mergeMentions(found);
  });
  return { ratio: tb / Math.max(ta, 1), sizes: b.length / a.length, text: b, found };
}

const capitalised = (size: number): string => {
  const words = ['Alder', 'Birch', 'Cedar', 'Dunmore', 'Elmwood', 'Fairhaven', 'Glenrock', 'Hollis'];
  let out = '';
  for (let i = 0; out.length < size; i++) out += `${words[i % words.length]}${i % 7} `;
  return out;
};

const nameList = (count: number): string => {
  const first = ['Anna', 'Boris', 'Chloe', 'David', 'Elena', 'Farid', 'Greta', 'Hugo'];
  const last = ['Berg', 'Costa', 'Dahl', 'Evans', 'Fischer', 'Grant', 'Horvat', 'Ito'];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`${first[i % 8]} ${last[(i * 3 + (i >> 3)) % 8]}`);
  return lines.join('\n');
};

describe('entities on hostile input', () => {
  it('reads 1 MB of capitalised words in linear time', () => {
    const { ratio, sizes, text, found } = growth(capitalised, 125_000, 1_000_000);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found.slice(0, 50)) expect(text.slice(m.start, m.end)).toBe(m.text);
    // Linear work grows by about `sizes`; quadratic work would grow by its square.
    expect(ratio).toBeLessThan(sizes * 3);
  });

  it('reads names joined in every way the post-pass undoes in linear time', () => {
    // Coordinated names, possessives, datelines and departments, with the one hyphen pair last.
    const joined = (size: number): string => {
      const parts = ['Ana and Jonas Tavares met Halden Mirror and the Daily Post & General Trust.', 'St. Anne’s Parish Church, Norway’s Labour Party and North and South Korea.', 'HALDEN, Norway — the talks.', 'Head of Ferry Services at the Port Authority.'];
      let out = '';
      for (let i = 0; out.length < size; i++) out += `${parts[i % parts.length]}${i % 3 === 0 ? '\n' : ' '}`;
      return `${out}Jonas Tavares-Quiroga talks.`;
    };
    const { ratio, sizes, found } = growth(joined, 50_000, 400_000);
    expect(found.length).toBeGreaterThan(0);
    expect(ratio).toBeLessThan(sizes * 3);
  });

  it('reads a list of 100k names and merges them without overflowing', () => {
    const text = nameList(100_000);
    const ranges: { start: number; end: number }[] = [];
    let from = 0;
    for (const line of text.split('\n')) {
      ranges.push({ start: from, end: from + line.length });
      from += line.length + 1;
    }
    const entities = mergeMentions(recogniseEntities(text, ranges, {}));
    expect(entities.length).toBe(64);
    expect(entities.reduce((n, e) => n + e.mentions.length, 0)).toBe(100_000);
    expect(entities.every((e) => e.salience >= 0 && e.salience <= 1)).toBe(true);
  });

  it('reads a 10 MB line without spaces in linear time, and any mix of scripts and symbols, without a crash', () => {
    const line = 'Qwerty'.repeat(1_700_000);
    expect(line.length).toBeGreaterThan(10_000_000);
    for (const m of all(line)) expect(m.end).toBeLessThanOrEqual(line.length);
    const punctuated = (size: number) => 'Ab-Cd.2019%$5,'.repeat(Math.ceil(size / 14));
    const { ratio, sizes } = growth(punctuated, 40_000, 320_000);
    expect(ratio).toBeLessThan(sizes * 3);
    expect(() => all('\u0000\uD800 Ünïcödé 普京 Путин 🙂 (((( )))) ----')).not.toThrow();
    expect(all('')).toEqual([]);
  });
});
