import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

// Each folder under fixtures/ holds input.txt, input.md or input.html and the expected Article.
// `UPDATE=1 npx vitest run test/golden.test.ts` rewrites the expectations; review the diff.
const root = fileURLToPath(new URL('./fixtures/', import.meta.url));
const FORMATS = { 'input.txt': 'text', 'input.md': 'markdown', 'input.html': 'html' } as const;

describe('golden fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    const input = Object.keys(FORMATS).find((file) => existsSync(join(dir, file))) as keyof typeof FORMATS | undefined;
    if (!input) continue;
    it(`parses ${name} as expected`, () => {
      const source = readFileSync(join(dir, input), 'utf8');
      const optionsFile = join(dir, 'options.json');
      const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
      const article = parseArticle(source, { format: FORMATS[input], referenceDate: new Date('2024-01-01T00:00:00Z'), ...options });
      const expectedFile = join(dir, 'expected.json');
      if (process.env.UPDATE) writeFileSync(expectedFile, `${JSON.stringify(article, null, 2)}\n`);
      expect(existsSync(expectedFile), `${name} has no expected.json: run with UPDATE=1 and review it`).toBe(true);
      expect(article).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
