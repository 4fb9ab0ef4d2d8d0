// The titles a web page states for itself, for measuring and training the text path's headline:
// its `og:title` and its first `<h1>` (the issue counts either), and how a headline is compared
// with them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

/**
 * The page's stated titles read from `<dir>/<id>.html.gz`: its og:title and its `<h1>`s of three
 * words or more (a one-word h1 is a site or section name, not the article's); none when there is no page.
 */
export function pageTitles(dir: string, id: string): string[] {
  let html: string;
  try {
    html = gunzipSync(readFileSync(join(dir, `${id}.html.gz`))).toString('utf8');
  } catch {
    return [];
  }
  let og: string | null = null;
  const h1s: string[] = [];
  let inH1 = false;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta' && (attrs.property === 'og:title' || attrs.name === 'og:title') && attrs.content) og ??= attrs.content;
        if (name === 'h1') {
          inH1 = true;
          text = '';
        }
      },
      ontext(value) {
        if (inH1) text += value;
      },
      onclosetag(name) {
        if (name === 'h1' && inH1) {
          inH1 = false;
          if (text.trim().split(/\s+/).length >= 3) h1s.push(text);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const titles = [og, ...h1s].filter((t): t is string => t !== null && t.trim() !== '');
  return titles.filter((t, i) => titles.findIndex((u) => foldTitle(u) === foldTitle(t)) === i);
}

/** Case, quote styles, dashes and white space folded. */
export function foldTitle(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ′`´]/g, "'")
    .replace(/[“”„«»″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a headline is one of the titles: equal after folding, or equal but for a site name after a separator. */
export function sameTitle(titles: string | readonly string[], headline: string | null): boolean {
  if (!headline) return false;
  if (typeof titles !== 'string') return titles.some((t) => sameTitle(t, headline));
  const title = titles;
  const t = foldTitle(title);
  const h = foldTitle(headline);
  if (t === h) return true;
  for (const [long, short] of [
    [t, h],
    [h, t],
  ] as const) {
    if (short.length >= 8 && long.startsWith(short) && /^\s?[|\-:·•]\s/.test(long.slice(short.length))) return true;
  }
  return false;
}
