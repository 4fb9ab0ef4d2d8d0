/**
 * HTML input speed, side by side: broadsheet's HTML adapter (parse, choose the content,
 * convert it to mdast, read the metadata) against Mozilla Readability on jsdom and on
 * linkedom, over the article-body benchmark pages. Prints per-page medians.
 *
 *   npm run bench -- html   (the pages of ../shared/corpus/articlebody)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { parseArticle } from '../src/index.js';
import { htmlToDocument } from '../src/input/html/index.js';

/** Runs the comparison over the pages in `dir` (default: the article-body corpus beside the checkout). */
export async function run(dir = join(import.meta.dirname, '../../shared/corpus/articlebody')): Promise<void> {
  const pages = readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8'));

  const methods: Record<string, (html: string) => unknown> = {
    'broadsheet html adapter': (html) => htmlToDocument(html, [], { url: 'https://example.com/article' }),
    'broadsheet parseArticle': (html) => parseArticle(html, { format: 'html', url: 'https://example.com/article' }),
    'readability + linkedom': (html) => new Readability(parseHTML(html).document as unknown as Document).parse(),
    'readability + jsdom': (html) =>
      new Readability(
        new JSDOM(html, { url: 'https://example.com/article', virtualConsole: new VirtualConsole() }).window.document
      ).parse(),
  };
  const RUNS: Record<string, number> = {
    'broadsheet html adapter': 5,
    'broadsheet parseArticle': 3,
    'readability + linkedom': 3,
    'readability + jsdom': 1,
  };

  const median = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };

  const results: Record<string, number> = {};
  const failures: Record<string, number> = {};
  for (const [name, run] of Object.entries(methods)) {
    failures[name] = 0;
    const attempt = (page: string) => {
      try {
        run(page);
      } catch {
        // jsdom's CSS parser throws on some pages' style attributes; the time until then still counts.
        failures[name]!++;
      }
    };
    for (const page of pages.slice(0, 5)) attempt(page); // warm up the JIT
    failures[name] = 0;
    const perPage = pages.map((page) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS[name]!; i++) {
        const start = performance.now();
        attempt(page);
        times.push(performance.now() - start);
      }
      return median(times);
    });
    results[name] = median(perPage);
  }
  const ours = results['broadsheet html adapter']!;
  const whole = results['broadsheet parseArticle']!;
  console.log(`${pages.length} pages, median ms per page`);
  for (const [name, ms] of Object.entries(results)) {
    const ratio = name.startsWith('readability')
      ? `${(ms / ours).toFixed(1)}x the adapter, ${(ms / whole).toFixed(1)}x parseArticle`
      : '';
    const failed = failures[name] ? `  (${failures[name]} runs threw)` : '';
    console.log(`${name.padEnd(26)} ${ms.toFixed(2).padStart(8)} ms   ${ratio}${failed}`);
  }
}
