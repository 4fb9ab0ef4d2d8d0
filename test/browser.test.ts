// The explain view and the playground in a real browser: Debian's Chromium driven by
// playwright-core. Without a browser these tests are skipped, except under CI=true, where a
// missing browser fails (.ci/run installs it).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePlayground } from '../examples/playground/serve.js';
import { renderExplain } from '../src/explain/index.js';
import { type Article, parseArticle } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = process.env.BROADSHEET_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = join(root, 'test/.screenshots');
const available = existsSync(CHROMIUM);
if (!available && process.env.CI === 'true') throw new Error(`CI: no browser at ${CHROMIUM} (apt-get install chromium, or set BROADSHEET_CHROMIUM)`);

interface Sample {
  name: string;
  input: string;
  format?: 'html';
}

/** Our own fixtures always; the shared corpora's seed, a BBC story and an HTML page when they are beside the repository. */
function samples(): Sample[] {
  const fixture = (name: string, file: string) => readFileSync(join(root, 'test/fixtures', name, file), 'utf8');
  const list: Sample[] = [
    { name: 'fixture-text-harbour', input: fixture('text-harbour', 'input.txt') },
    { name: 'fixture-html-article', input: fixture('html-article', 'input.html'), format: 'html' },
  ];
  const corpus = join(root, '../shared/corpus');
  if (existsSync(corpus)) {
    list.push({ name: 'seed', input: readFileSync(join(corpus, 'seed/article.txt'), 'utf8') });
    const bbc = readdirSync(join(corpus, 'dev')).find((file) => file.startsWith('bbc-'));
    if (bbc) list.push({ name: `dev-${bbc.replace(/\.json$/, '')}`, input: JSON.parse(readFileSync(join(corpus, 'dev', bbc), 'utf8')).input });
    list.push({ name: 'html-meta-bbc-1', input: readFileSync(join(corpus, 'html-meta/bbc-1/source.html'), 'utf8'), format: 'html' });
  }
  return list;
}

/** What the page shows, read in the browser: each highlighted item's text joined from its fragments, by layer. */
async function readView(frame: Frame | Page) {
  return frame.evaluate(() => {
    const items = JSON.parse(document.getElementById('broadsheet-items')!.textContent!) as Array<{ layer: string; start: number; end: number }>;
    const texts = new Map<number, string>();
    for (const span of document.querySelectorAll<HTMLElement>('#source [data-i]')) {
      const index = Number(span.dataset.i);
      texts.set(index, (texts.get(index) ?? '') + span.textContent);
    }
    return {
      source: document.getElementById('source')!.textContent!,
      article: JSON.parse(document.getElementById('broadsheet-article')!.textContent!) as unknown,
      items: items.map((item, index) => ({ ...item, shown: texts.get(index) ?? null })),
    };
  });
}

function checkView(view: Awaited<ReturnType<typeof readView>>, input: string, article: Article) {
  expect(view.source).toBe(input);
  expect(view.article).toEqual(JSON.parse(JSON.stringify(article)));
  for (const item of view.items) expect(item.shown, `${item.layer} ${item.start}–${item.end}`).toBe(input.slice(item.start, item.end));
  const count = (layer: string) => view.items.filter((item) => item.layer === layer).length;
  expect(count('quote')).toBe(article.quotes.length);
  expect(count('mention')).toBe(article.entities.reduce((sum, entity) => sum + entity.mentions.length, 0));
  expect(count('paragraph')).toBe(article.body.paragraphs.length);
  expect(count('boilerplate')).toBe(article.boilerplate.length);
}

describe.skipIf(!available)('in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let playground: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    ({ url: playground, server } = await servePlayground(0));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  /** A page whose console errors and uncaught exceptions are collected. */
  async function open(): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Generous: the suite shares the cores with builds and other suites.
    page.setDefaultTimeout(90_000);
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    return { page, errors };
  }

  for (const sample of samples()) {
    it(`shows ${sample.name} in an explain file`, async () => {
      const article = parseArticle(sample.input, sample.format ? { format: sample.format } : {});
      const file = join(SHOTS, `explain-${sample.name}.html`);
      writeFileSync(file, renderExplain(sample.input, article));
      const { page, errors } = await open();
      await page.goto(pathToFileURL(file).href);
      checkView(await readView(page), sample.input, article);
      // Hovering a quote (else a mention) shows its fields.
      const target = page.locator('#source .quote, #source .mention').first();
      if ((await target.count()) > 0) {
        await target.hover();
        await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
      }
      await page.screenshot({ path: join(SHOTS, `explain-${sample.name}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    }, 180_000);

    it(`shows ${sample.name} in the playground`, async () => {
      const { page, errors } = await open();
      await page.goto(playground);
      await page.waitForSelector('body[data-state=explained]');
      await page.evaluate(() => (document.body.dataset.state = 'waiting'));
      if (sample.input.length < 20_000) {
        // Pasted, as a short article would be.
        await page.fill('#source', sample.input);
        await page.selectOption('#format', sample.format ?? 'auto');
        await page.click('#explain');
      } else {
        // Chosen as a file, as a saved page would be; the name's extension sets the format.
        const name = `${sample.name}.${sample.format === 'html' ? 'html' : 'txt'}`;
        await page.setInputFiles('#file', { name, mimeType: 'text/plain', buffer: Buffer.from(sample.input) });
      }
      await page.waitForSelector('body[data-state=explained]');
      const view = page.frames().find((candidate) => candidate !== page.mainFrame())!;
      const article = parseArticle(sample.input, sample.format ? { format: sample.format } : {});
      checkView(await readView(view), sample.input, article);
      await page.screenshot({ path: join(SHOTS, `playground-${sample.name}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    }, 180_000);
  }
});
