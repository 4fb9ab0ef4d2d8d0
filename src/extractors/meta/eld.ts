import type { LanguageDetector } from '../../parts/types.js';
import { AVERAGE_SCORES, BYTE_CHARACTERS, LANGUAGES, LETTERS, NGRAM_TABLE } from './eld-table.generated.js';
import { NgramTable } from './ngram-table.js';

// eld's detector (eld 2.x, Apache-2.0, Copyright 2023 Nito T.M.) over its extra-small database,
// with the n-gram table held as typed arrays (ngram-table.ts) instead of eld's object of objects:
// each thread that detects a language holds under 1 MB for it instead of about 18 MB. The steps
// are eld's, kept step for step (scripts/eld-equivalence.ts compares the two on the corpora and
// eld.test.ts on texts in many scripts), down to what its reliability check reads.

const table = NgramTable.decode(NGRAM_TABLE);

/** Runs of what is not a letter, unless they end in an apostrophe (eld keeps `don't` one word). */
const SEPARATORS = separators();
function separators(): RegExp {
  try {
    return new RegExp(`[^${LETTERS}]+(?<![\\x27\\x60\\u2019])`, 'gu');
  } catch {
    // An engine without lookbehind, as eld does.
    return new RegExp(`[^${LETTERS}]+`, 'gu');
  }
}

/** eld subtracts this from every stored score to keep its database small. */
const BASE_SCORE = 53;
/** Hand-picked by eld to scale raw scores to 0–1. */
const SCALE = 25;
const RELIABLE_RATIO = 0.75;

/** eld, an n-gram detector about ten times faster than franc on article-length text; null when it is unsure. */
export function detect(sample: string): string | null {
  const words = byteWords(sample.substring(0, 1000).replace(SEPARATORS, ' ').trim().toLowerCase());
  const ngrams = wordNgrams(words);
  const scores: number[] = new Array(LANGUAGES.length).fill(0);
  for (const ngram of ngrams) {
    const index = table.find(ngram);
    if (index >= 0) table.addScores(index, BASE_SCORE, scores);
  }
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! > 0 && scores[i]! > bestScore) {
      bestScore = scores[i]!;
      best = i;
    }
  }
  return best >= 0 && isReliable(scores, best, ngrams.size) ? LANGUAGES[best]! : null;
}

/** The `language` part: this module is one as it stands (the Node build requires it), and so is this object. */
export const eldDetector: LanguageDetector = { detect };

/**
 * The words as eld encodes them: each character's UTF-8 bytes, ASCII as itself and every other
 * byte as eld's stand-in character; cut at the first space after 350 bytes, or anywhere past 380.
 */
function byteWords(text: string): string[] {
  const words: string[] = [];
  let encoded = '';
  let bytes = 0;
  const byte = (b: number) => BYTE_CHARACTERS[b]!;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') words.push(encoded);
        encoded = '';
        if (bytes > 350) break;
      } else {
        encoded += text[i];
      }
      bytes++;
    } else if (code < 0x800) {
      encoded += byte(0xc0 | (code >> 6)) + byte(0x80 | (code & 0x3f));
      bytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded += byte(0xe0 | (code >> 12)) + byte(0x80 | ((code >> 6) & 0x3f)) + byte(0x80 | (code & 0x3f));
      bytes += 3;
    } else {
      // A surrogate pair (eld reads the next unit whatever it is).
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      encoded += byte(0xf0 | (code >> 18)) + byte(0x80 | ((code >> 12) & 0x3f)) + byte(0x80 | ((code >> 6) & 0x3f)) + byte(0x80 | (code & 0x3f));
      bytes += 4;
    }
    if (bytes > 380) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** Each word's n-grams as eld takes them: four characters every three, the first after a space, the last before one. */
function wordNgrams(words: readonly string[]): Set<string> {
  const ngrams = new Set<string>();
  for (const word of words) {
    const length = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < length; j += 3) ngrams.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    ngrams.add((j === 0 ? ' ' : '') + word.substring(length !== 3 ? length - 4 : 0) + ' ');
  }
  return ngrams;
}

/**
 * eld's `isReliable()`: the best language's scaled score reaches three quarters of its average,
 * and stands apart from what eld reads as the runner-up's (the runner-up's language index, as
 * eld 2.1 has it: kept, so that the answers stay eld's).
 */
function isReliable(scores: readonly number[], best: number, ngramCount: number): boolean {
  const ranked: [number, number][] = [];
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! > 0) {
      const score = scores[i]! / ngramCount;
      ranked.push([i, score / (score + SCALE)]);
    }
  }
  ranked.sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ngramCount < 3) return false;
  const next = ranked.length > 1 ? ranked[1]![0] : 0;
  return !(AVERAGE_SCORES[best]! * RELIABLE_RATIO > ranked[0]![1] || 0.01 > Math.abs(ranked[0]![1] - next));
}
