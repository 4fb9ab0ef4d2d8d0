import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// The reference article and its gold annotation live beside the checkout, read-only.
const seedDir = fileURLToPath(new URL('../../shared/corpus/seed/', import.meta.url));
const available = existsSync(`${seedDir}gold.json`);

describe.runIf(available)('the seed article', () => {
  const source = available ? readFileSync(`${seedDir}article.txt`, 'utf8') : '';
  const gold = available ? JSON.parse(readFileSync(`${seedDir}gold.json`, 'utf8')).gold : {};
  const article = available ? parseArticle(source) : null;

  it('has the gold headline', () => {
    expect(article?.headline).toBe(gold.headline);
  });

  it('keeps every body line of the input in the body, at its offsets', () => {
    const litter = new Set<string>(gold.boilerplateLines);
    const expected = source
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && line !== gold.headline && !litter.has(line));
    const paragraphs = article?.body.paragraphs ?? [];
    for (const line of expected) expect(paragraphs.map((p) => p.text)).toContain(line);
    for (const p of paragraphs) expect(source.slice(p.start, p.end)).toBe(p.text);
  });

  it('validates against the Article schema with no diagnostics', () => {
    expect(article?.diagnostics).toEqual([]);
    expect(article?.meta).toMatchObject({ format: 'text', language: 'en' });
  });
});
