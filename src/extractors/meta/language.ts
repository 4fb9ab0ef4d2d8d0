import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3/iso6393-to-1.js';

/** How much text language detection reads: plenty for trigrams, bounded for long articles. */
const SAMPLE = 4000;
/** Below this many letters a guess is noise. */
const MIN_LETTERS = 60;

/** Detects the language of a text: ISO 639-1 where the language has one, else ISO 639-3; null when unsure. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const code = franc(sample, { minLength: MIN_LETTERS });
  if (code === 'und') return null;
  return iso6393To1[code] ?? code;
}

/** Normalises a stated language tag (`en-GB`, `EN_us`) to its primary subtag. */
export function normaliseLanguageTag(tag: string): string | null {
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
