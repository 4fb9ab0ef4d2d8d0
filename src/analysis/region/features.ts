import { isAsciiDigit, isAsciiLetter, isGeneralPunctuation, isSpace } from '../chars.js';

/**
 * One line of a page as the article locator reads it: its text and whether a blank line
 * parts it from the line before and the line after (renderers put blank lines around
 * paragraphs, not between menu items).
 */
export interface PageLine {
  text: string;
  blankBefore: boolean;
  blankAfter: boolean;
}

/** What the features know of a line on its own, computed once per line. */
export interface LineShape {
  words: number;
  /** Words that open with a letter. */
  letterWords: number;
  stopWords: number;
  capitalised: number;
  letters: number;
  upper: number;
  digits: number;
  /** Characters that are neither letters, digits, white space nor sentence punctuation. */
  symbols: number;
  chars: number;
  /** Sentence ends inside or at the end of the line (`.`, `!`, `?` before a space or the end). */
  stops: number;
  commas: number;
  endsSentence: boolean;
  endsColon: boolean;
  bullet: boolean;
  web: boolean;
  /** Lower-case letters glued to a capital (`SteakhouseA party`): headlines run into their teasers. */
  glued: number;
  /**
   * A title-case headline of three words or more glued to a sentence (`Ford Wins The FinaleThe team
   * said…`, `Is It Over?Fans wonder…`): a teaser, its headline run into its summary.
   */
  gluedTitle: boolean;
  /** Capitalised words among the first six words (headlines and menu items are title case). */
  titleOpening: number;
  /** Han, kana and hangul characters: text written without spaces between words. */
  cjk: number;
  /** Lower case, single-spaced: lines with the same key repeat. */
  key: string;
}

// Function words of English, the language of most scraped news: prose is dense with them, menus
// and headlines are not.
const STOP_WORDS = new Set(
  (
    'a about after all also an and any are as at be been before being but by can could did do does for from had has ' +
    'have he her his how i if in into is it its just may me more most my no not now of on one only or other our out ' +
    'over said she so some such than that the their them then there these they this those through to up was we were ' +
    'what when where which while who will with would you your'
  ).split(' '),
);

// The stop words of up to five letters by a number read off their letters, so a word is looked up
// without a lower-case copy (most words a line has are that short).
const STOP_KEYS = new Set([...STOP_WORDS].filter((w) => w.length <= 5).map((w) => letterKey(w, 0, w.length)));

const SENTENCE_MARK = new Set(['.', '!', '?', '。', '！', '？']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const BULLETS = new Set(['*', '•', '·', '-', '–', '—', '>', '»', '›', '▪', '■', '◦', '+']);
const SENTENCE_PUNCT = new Set(['.', ',', ';', ':', '!', '?', '"', "'", '“', '”', '‘', '’', '(', ')', '-', '–', '—']);

const LETTER = /\p{L}/u;
const DIGITS = /\d+/g;
const SPACE_RUN = /\s{2,}|[\t\n\r\f\v\u00a0]/;

/** Counts what {@link LineShape} holds, in one pass over the line. */
export function shapeOf(text: string): LineShape {
  let words = 0;
  let letterWords = 0;
  let stopWords = 0;
  let capitalised = 0;
  let letters = 0;
  let upper = 0;
  let digits = 0;
  let symbols = 0;
  let stops = 0;
  let commas = 0;
  let chars = 0;
  let wordStart = -1;
  let glued = 0;
  let titleOpening = 0;
  let cjk = 0;
  let previous = 32;
  // Letter words and capitalised words up to the first glue point, and stop words up to it.
  let glueWords = -1;
  let glueCapitalised = 0;
  let stopWordsAtGlue = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code >= 65 && code <= 90 && ((previous >= 97 && previous <= 122) || previous === 63 || previous === 33)) {
      glued++;
      // A word of four letters or more before the capital: `McDonald` and `iPhone` are names, not glue.
      // The glued capital opens a word (`FinaleFord`), not an acronym's end (`SciSpacE`).
      const opensWord = i + 1 < text.length && text.charCodeAt(i + 1) >= 97 && text.charCodeAt(i + 1) <= 122;
      if (glueWords < 0 && opensWord && (previous < 97 || i - wordStart >= 4)) {
        // The word the capital is glued into is counted at the next space: count it here, as a letter word.
        glueWords = letterWords + 1;
        glueCapitalised = capitalised + (wordStart >= 0 && isCapital(text, wordStart) ? 1 : 0);
        stopWordsAtGlue = stopWords;
      }
    }
    previous = code;
    if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) cjk++;
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f) stops++;
    if (code === 0x3001 || code === 0xff0c) commas++;
    if (isSpace(code)) {
      if (wordStart < 0) continue;
      // A word ends: is it a word of letters, capitalised, a function word?
      words++;
      const first = text.charCodeAt(wordStart);
      if (isAsciiLetter(first) || (first > 127 && !isGeneralPunctuation(first) && LETTER.test(text[wordStart]!))) {
        letterWords++;
        if (isCapital(text, wordStart)) {
          capitalised++;
          if (words <= 6) titleOpening++;
        }
        if (i - wordStart <= 5 && isShortStopWord(text, wordStart, i)) stopWords++;
      }
      wordStart = -1;
      continue;
    }
    chars++;
    if (wordStart < 0) wordStart = i;
    if (isAsciiLetter(code)) {
      letters++;
      if (code <= 90) upper++;
    } else if (isAsciiDigit(code)) digits++;
    else if (code > 127 && !isGeneralPunctuation(code) && LETTER.test(text[i]!)) {
      letters++;
      if (text[i] !== text[i]!.toLowerCase()) upper++;
    } else if (code === 44) commas++;
    else if (!SENTENCE_PUNCT.has(text[i]!)) symbols++;
    if (code === 46 || code === 33 || code === 63) {
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j]!)) j++;
      if (j >= text.length || isSpace(text.charCodeAt(j))) stops++;
    }
  }
  const trimmed = text.trimEnd();
  let last = trimmed.length - 1;
  while (last > 0 && CLOSERS.has(trimmed[last]!)) last--;
  const lead = text.trimStart();
  let key = '';
  if (words <= 12) {
    key = text.trim().toLowerCase();
    if (SPACE_RUN.test(key)) key = key.replace(/\s+/g, ' ');
  }
  const gluedTitle =
    glueWords >= 3 &&
    glueCapitalised >= glueWords * 0.8 &&
    letterWords - glueWords >= 5 &&
    // What follows is a sentence, not more of a title: function words, few capitals.
    stopWords > stopWordsAtGlue &&
    (capitalised - glueCapitalised) * 2 <= letterWords - glueWords;
  // A han or kana character carries about half a word.
  words += cjk >> 1;
  return {
    words,
    letterWords,
    stopWords,
    capitalised,
    letters,
    upper,
    digits,
    symbols,
    chars,
    stops,
    commas,
    endsSentence: SENTENCE_MARK.has(trimmed[last] ?? ''),
    endsColon: trimmed.endsWith(':'),
    bullet: (BULLETS.has(lead[0] ?? '') && isSpace(lead.charCodeAt(1))) || /^\d{1,3}[.)]\s/.test(lead.slice(0, 5)),
    web: /https?:|www\.|\.com\b|@\w/.test(text.length > 2000 ? text.slice(0, 2000) : text),
    glued,
    gluedTitle,
    titleOpening,
    cjk,
    key,
  };
}

/** Whether `text[from, to)`, five characters at most, is a stop word in any case: `STOP_WORDS.has(lower case)`. */
function isShortStopWord(text: string, from: number, to: number): boolean {
  const key = letterKey(text, from, to);
  // A word with a character past ASCII is left to toLowerCase (rare in English lines).
  return key === -2 ? STOP_WORDS.has(text.slice(from, to).toLowerCase()) : STOP_KEYS.has(key);
}

/** ASCII letters as a number, one base-27 digit each whatever their case; -1 past a non-letter, -2 past a non-ASCII character. */
function letterKey(text: string, from: number, to: number): number {
  let key = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return -2;
    const lower = code | 32;
    if (lower < 97 || lower > 122) return -1;
    key = key * 27 + lower - 96;
  }
  return key;
}

function isCapital(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code >= 65 && code <= 90) || (code > 127 && text[at] !== text[at]!.toLowerCase());
}

/** A line of prose: long enough and built of sentences. */
export function isProse(shape: LineShape): boolean {
  return shape.words >= 12 && shape.stops >= 1 && (shape.stopWords >= shape.letterWords * 0.15 || shape.cjk * 2 >= shape.chars);
}

/** The names of the features, in the order {@link lineFeatures} writes them. */
export const FEATURE_NAMES = [
  'log-words',
  'words-1',
  'words-2-3',
  'words-4-6',
  'words-7-11',
  'words-12-19',
  'words-20-39',
  'ends-sentence',
  'ends-colon',
  'stops-per-word',
  'commas-per-word',
  'stop-word-ratio',
  'capitalised-ratio',
  'upper-ratio',
  'digit-ratio',
  'symbol-ratio',
  'bullet',
  'web',
  'mean-word-length',
  'repeats',
  'glued',
  'title-opening',
  'cjk-ratio',
  'blank-before',
  'blank-after',
  'log-run-length',
  'prose',
  'prose-near-1',
  'log-words-near-1',
  'page-function-words',
  'repeats-as-template',
  'glued-title',
] as const;

export const FEATURE_COUNT = FEATURE_NAMES.length;

/**
 * The features of every line, row after row in one array (`FEATURE_COUNT` per line). Each is
 * a count or ratio of the line itself, of the run of lines it sits in, or of the lines just
 * before and after it; wider context is the second model's (see `contextFeatures`). Linear in
 * the number of lines.
 */
export function lineFeatures(lines: readonly PageLine[], shapes: readonly LineShape[] = lines.map((l) => shapeOf(l.text))): Float64Array {
  const n = lines.length;
  const out = new Float64Array(n * FEATURE_COUNT);
  const repeats = new Map<string, number>();
  for (const s of shapes) if (s.key !== '') repeats.set(s.key, (repeats.get(s.key) ?? 0) + 1);
  // Lines that repeat but for their numbers (`Rating: 36 Votes`, `2 days ago at 07:52 am`) are a
  // template the page fills again and again: comment threads, listings, teaser stamps.
  const templates = shapes.map((s) => (s.key === '' ? '' : s.key.replace(DIGITS, '0')));
  const templateCounts = new Map<string, number>();
  for (const t of templates) if (t !== '') templateCounts.set(t, (templateCounts.get(t) ?? 0) + 1);
  const prose = shapes.map((s) => (isProse(s) ? 1 : 0));
  const logWords = shapes.map((s) => Math.log1p(s.words));
  const near1 = prefixWindow(prose, 1);
  const words1 = prefixWindow(logWords, 1);
  const runs = runLengths(lines);
  const functionShare = pageFunctionWordShare(lines, shapes);
  for (let i = 0; i < n; i++) {
    const s = shapes[i]!;
    const w = Math.max(1, s.words);
    const lw = Math.max(1, s.letterWords);
    let at = i * FEATURE_COUNT;
    out[at++] = logWords[i]!;
    out[at++] = s.words === 1 ? 1 : 0;
    out[at++] = s.words >= 2 && s.words <= 3 ? 1 : 0;
    out[at++] = s.words >= 4 && s.words <= 6 ? 1 : 0;
    out[at++] = s.words >= 7 && s.words <= 11 ? 1 : 0;
    out[at++] = s.words >= 12 && s.words <= 19 ? 1 : 0;
    out[at++] = s.words >= 20 && s.words <= 39 ? 1 : 0;
    out[at++] = s.endsSentence ? 1 : 0;
    out[at++] = s.endsColon ? 1 : 0;
    out[at++] = Math.min(1, s.stops / w);
    out[at++] = Math.min(1, s.commas / w);
    out[at++] = s.stopWords / lw;
    out[at++] = s.capitalised / lw;
    out[at++] = s.letters ? s.upper / s.letters : 0;
    out[at++] = s.chars ? s.digits / s.chars : 0;
    out[at++] = s.chars ? s.symbols / s.chars : 0;
    out[at++] = s.bullet ? 1 : 0;
    out[at++] = s.web ? 1 : 0;
    out[at++] = Math.min(15, s.chars / w) / 15;
    out[at++] = s.key === '' ? 0 : Math.log1p((repeats.get(s.key) ?? 1) - 1);
    out[at++] = Math.min(3, s.glued) / 3;
    out[at++] = s.titleOpening / Math.min(6, lw);
    out[at++] = s.chars ? s.cjk / s.chars : 0;
    out[at++] = lines[i]!.blankBefore ? 1 : 0;
    out[at++] = lines[i]!.blankAfter ? 1 : 0;
    out[at++] = Math.log1p(runs[i]!);
    out[at++] = prose[i]!;
    out[at++] = near1[i]!;
    out[at++] = words1[i]!;
    out[at++] = functionShare[i]!;
    out[at++] = templates[i] === '' ? 0 : Math.log1p((templateCounts.get(templates[i]!) ?? 1) - 1);
    out[at++] = s.gluedTitle ? 1 : 0;
  }
  return out;
}

/** How many of the page's most frequent prose tokens count as its function words. */
const FUNCTION_WORDS = 24;
/** How much of a line is read for its tokens: enough to tell prose, bounded on giant lines. */
const TOKEN_PREFIX = 1000;

/**
 * Per line, the share of its tokens that are the page's own function words: the tokens its
 * prose-like lines use most. Prose in any language is dense with its function words, menus
 * and headlines are not; unlike a fixed English list, this holds on a Portuguese or a
 * Japanese page (where each han or kana character is a token, and particles are the most
 * frequent). Linear in the text.
 */
export function pageFunctionWordShare(lines: readonly PageLine[], shapes: readonly LineShape[]): Float64Array {
  const counts = new Map<string, number>();
  const tokens = lines.map((l) => lineTokens(l.text));
  shapes.forEach((s, i) => {
    if (s.words < 8 || s.stops < 1) return;
    for (const t of tokens[i]!) counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  const top = new Set(
    [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, FUNCTION_WORDS)
      .map(([t]) => t),
  );
  const out = new Float64Array(lines.length);
  tokens.forEach((list, i) => {
    let hits = 0;
    for (const t of list) if (top.has(t)) hits++;
    out[i] = list.length ? hits / list.length : 0;
  });
  return out;
}

/** A line's lower-case words of letters, each han, kana or hangul character a token of its own. */
function lineTokens(text: string): string[] {
  const out: string[] = [];
  const end = Math.min(text.length, TOKEN_PREFIX);
  let start = -1;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 32;
    const cjk = (code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af);
    const letter = !cjk && (isAsciiLetter(code) || (code > 127 && !isGeneralPunctuation(code) && LETTER.test(text[i]!)));
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) out.push(text.slice(start, i).toLowerCase());
    start = -1;
    if (cjk) out.push(text[i]!);
  }
  return out;
}

/** The mean of `values` over the `radius` lines either side of each line, the line left out. */
function prefixWindow(values: readonly number[], radius: number): number[] {
  const n = values.length;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + values[i]!;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const from = Math.max(0, i - radius);
    const to = Math.min(n, i + radius + 1);
    const count = to - from - 1;
    out.push(count > 0 ? (prefix[to]! - prefix[from]! - values[i]!) / count : 0);
  }
  return out;
}

/** For each line, how many lines its block of consecutive non-blank lines holds. */
function runLengths(lines: readonly PageLine[]): number[] {
  const out = new Array<number>(lines.length).fill(1);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || (i > start && lines[i]!.blankBefore)) {
      for (let j = start; j < i; j++) out[j] = i - start;
      start = i;
    }
  }
  return out;
}

