import { eld } from 'eld/extrasmall';

/** How much text language detection reads: enough n-grams for news prose, bounded for long articles. */
const SAMPLE = 600;
/** Below this many letters a guess is noise. */
const MIN_LETTERS = 60;

/**
 * Detects the language of a text as an ISO 639-1 code; null when unsure. eld is an
 * n-gram detector about ten times faster than franc on article-length text.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}

/** Normalises a stated language tag (`en-GB`, `EN_us`) to its primary subtag. */
export function normaliseLanguageTag(tag: string): string | null {
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
