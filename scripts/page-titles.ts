// The title a web page states for itself, for measuring and training the text path's headline:
// its `og:title`, else its first `<h1>`, and how a headline is compared with it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

/** The page's stated title read from `<dir>/<id>.html.gz`, or null when there is no page or no title. */
export function pageTitle(dir: string, id: string): string | null {
  let html: string;
  try {
    html = gunzipSync(readFileSync(join(dir, `${id}.html.gz`))).toString('utf8');
  } catch {
    return null;
  }
  let og: string | null = null;
  let h1: string | null = null;
  let inH1 = false;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta' && (attrs.property === 'og:title' || attrs.name === 'og:title') && attrs.content) og ??= attrs.content;
        if (name === 'h1' && h1 === null) {
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
          if (text.trim() !== '') h1 = text;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return og ?? h1;
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

/** Whether a headline is the title: equal after folding, or equal but for a site name after a separator. */
export function sameTitle(title: string, headline: string | null): boolean {
  if (!headline) return false;
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
