import type { Format } from '../model/article.js';

/** How much of the input format detection reads: enough to decide, bounded for 10 MB inputs. */
const SAMPLE = 64 * 1024;

const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]{0,200}>\s*<html)/i;
const HTML_TAG = /<\/?(?:html|head|body|div|p|span|a|article|main|section|meta|script|br|h[1-6]|ul|li|img)\b[^>\n]{0,300}>/gi;
const MD_STRONG_SIGNALS = [
  /^#{1,6}[ \t]+\S/m, // ATX heading
  /\[[^\]\n]{1,300}\]\([^)\s]{1,2000}(?:[ \t]+"[^"\n]{0,300}")?\)/, // inline link or image
  /^(?:```|~~~)/m, // fenced code
  /^---\r?\n[^\n]{0,200}:[^\n]{0,2000}\r?\n/, // YAML front matter
  /^\[[^\]\n]{1,200}\]:[ \t]*\S/m, // link definition
];
const MD_WEAK_SIGNALS = [
  /\*\*[^*\n]{1,200}\*\*|__[^_\n]{1,200}__/, // strong emphasis
  /^[ \t]{0,3}[-*+][ \t]+\S[^\n]*\r?\n[ \t]{0,3}[-*+][ \t]+\S/m, // two list items in a row
  /^\|[^\n]{0,500}\|\r?\n\|[ \t:]*-{3,}/m, // GFM table
  /`[^`\n]{1,200}`/, // inline code
  /^>[ \t]?\S/m, // block quote
];

/** Guesses whether an input is HTML, Markdown or plain text from its first 64 KiB. */
export function detectFormat(source: string): Format {
  const sample = source.slice(0, SAMPLE);
  if (HTML_START.test(sample)) return 'html';
  if (/^\s*</.test(sample) && (sample.match(HTML_TAG)?.length ?? 0) >= 3) return 'html';
  if (MD_STRONG_SIGNALS.some((re) => re.test(sample))) return 'markdown';
  return MD_WEAK_SIGNALS.filter((re) => re.test(sample)).length >= 2 ? 'markdown' : 'text';
}

// What binaryRatio counts, for one scan by the regular expression engine over the (usual) text that holds none.
const ODD_CHARACTER = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]/;

/** Share of control characters and replacement characters in the first 64 KiB. */
export function binaryRatio(source: string): number {
  const sample = source.slice(0, SAMPLE);
  if (sample.length === 0 || !ODD_CHARACTER.test(sample)) return 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || c === 0x7f) odd++;
  }
  return odd / sample.length;
}
