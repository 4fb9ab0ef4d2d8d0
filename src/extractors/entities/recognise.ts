import { ABBREVIATIONS } from '../../analysis/abbreviations.js';
import { isAsciiLower, lowerCase } from '../../analysis/chars.js';
import { splitSentences } from '../../analysis/sentences.js';
import { scan } from './scan.js';
import {
  CALENDAR,
  CITIES,
  COMMON,
  EVENT_SUFFIXES,
  HOLIDAYS,
  COUNTRIES,
  GIVEN_NAMES,
  INSTITUTIONS,
  JOINERS,
  MEMBER_ROLES,
  NAME_PARTICLES,
  NATIONALITIES,
  NEVER_NAMES,
  ORG_NOUNS,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  PERSON_TITLES,
  PERSON_VERBS,
  PLACE_ABBREVIATIONS,
  PLACE_NOUNS,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  REGIONS,
  TITLES,
} from './lexicon.js';

/** The kinds of name the recogniser tells apart. */
export type NameType = 'person' | 'organization' | 'place' | 'other';

/** A range of the text to read; ranges are read in order and share one per-document memory. */
export interface TextRange {
  start: number;
  end: number;
  /** A headline or heading, whose capitals may be style rather than names (optional). */
  heading?: boolean;
}

/** One name found in the text. */
export interface NameMention {
  /** The mention as written, possessive included (`Putin’s`). */
  text: string;
  /** Offsets of the mention in the text (end exclusive). */
  start: number;
  end: number;
  /** The name without possessive, honorific or title (`Putin`). */
  name: string;
  type: NameType;
  /** The honorific or role written before the name (`Russian President`), or null. */
  title: string | null;
}

interface Tok {
  start: number;
  end: number;
  word: string;
  /** The word for look-ups: possessive and final stop removed, all-caps words in title case (`LONDON` → `London`). */
  norm: string;
  /** `norm` in lower case. */
  lower: string;
  /** The word's key in the document's memory (see {@link key}), computed on first use. */
  key?: string;
  /** Whether `lower` is a common word, computed on first use. */
  common?: boolean;
  /** `norm` in title case (`Kim Jong-Un`), computed on first use. */
  titled?: string;
  isWord: boolean;
  cap: boolean;
  /** Every letter upper case and more than one letter (`ICC`, `LONDON`). */
  upper: boolean;
  /** Position in its sentence. */
  index: number;
  /** Joined by a hyphen to the word before (`Putin` in `Un-Putin`). */
  hyphen: boolean;
  /** First word of a sentence, or right after an opening quote or colon: capitalised by position. */
  initial: boolean;
}

interface Candidate {
  toks: Tok[];
  title: string | null;
  type: NameType | null;
  /** Whether the type comes from a cue rather than a guess. */
  strong: boolean;
  /** Lower-case name for the document's memory (see {@link keyOf}). */
  key?: string;
  /** How much a guessed type counts when guesses about one name are pooled. */
  weight?: number;
  /** A side in a row of results. */
  team?: boolean;
  /** In an all-caps or title-case line, where capitals say nothing. */
  shouting: boolean;
  prev: Tok | undefined;
  next: Tok | undefined;
}

const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const CASED = /[\p{Lu}\p{Ll}]/u;
const POSSESSIVE = /['’]s$/u;
const OPENERS = new Set(['"', '“', '‘', "'", '«', '(', '[', ':', '—', '–', '-']);
const MAX_NAME_TOKENS = 8;

/**
 * Finds the names of people, organisations and places in `text`, reading only `ranges`
 * (default: the whole text), with capitalisation and context rules, gazetteers of countries,
 * cities and first names, and a per-document memory: a surname alone after the full name, an
 * acronym after its expansion, a word seen capitalised mid-sentence vouching for the same word
 * at a sentence start. Pure: the same input gives the same mentions, in reading order.
 *
 * @param text The document text.
 * @param ranges The parts of the text to read, in reading order (optional; default: all of it).
 * @param sentences The sentences of `ranges`, in order, when the caller has split them already
 *   (optional; a sentence of a heading range carries its `heading` flag).
 */
export function recogniseNames(
  text: string,
  ranges: readonly TextRange[] = [{ start: 0, end: text.length }],
  sentences: readonly TextRange[] = splitRanges(text, ranges),
): NameMention[] {
  // Each sentence's tokens and how its capitals read, worked out once.
  const read: { toks: Tok[]; style: Style }[] = [];
  for (const s of sentences) {
    const from = Math.max(0, Math.min(s.start, text.length));
    const toks = readTokens(text, from, Math.max(from, Math.min(s.end, text.length)));
    read.push({ toks, style: isShouting(toks) ? 'shouting' : s.heading || isTitleCase(toks) ? 'heading' : 'prose' });
  }
  const memory = new Memory();
  for (const { toks } of read) memory.expect(toks);
  // Capitals in headings vouch for nothing.
  for (const { toks, style } of read) if (style === 'prose') memory.observe(toks);

  const candidates: Candidate[] = [];
  for (const { toks, style } of read) {
    // In an all-caps line capitals say nothing: it is read for known names only. In a title-case
    // heading they say little: runs are cut at common words, and a name needs a cue or the
    // document's word for it.
    if (style === 'shouting') candidates.push(...shoutedNames(toks));
    else if (style === 'heading') {
      for (const chunk of chunks(toks, memory).flatMap((run) => cutAtCommonWords(run, memory))) {
        const kept = refine(chunk, toks, memory).filter((c) => c.strong || c.toks[0]!.upper || c.toks.every((t) => memory.vouched(t)));
        // What is left unread is searched for names the rest of the document gives.
        candidates.push(...(kept.length > 0 ? kept : shoutedNames(chunk)));
      }
    } else for (const chunk of chunks(toks, memory)) candidates.push(...refine(chunk, toks, memory));
  }
  // Strong candidates teach the memory; the rest are typed from it. A side in a results row is a
  // team wherever else the document names it (`Leicestershire beat Somerset`).
  const teams = new Set<string>();
  for (const c of candidates) if (c.team) teams.add(keyOf(c));
  for (const c of candidates) {
    if (teams.size > 0 && teams.has(keyOf(c)) && c.type !== 'person') {
      c.type = 'organization';
      c.strong = true;
    }
  }
  for (const c of candidates) if (c.strong && c.type) memory.learn(c);
  for (const c of candidates) if (!c.shouting) memory.noteAcronym(c, text);
  const votes = new Map<string, Map<NameType, number>>();
  for (const c of candidates) {
    if (c.strong || !c.type || c.shouting) continue;
    const k = keyOf(c);
    const tally = votes.get(k) ?? new Map<NameType, number>();
    tally.set(c.type, (tally.get(c.type) ?? 0) + (c.weight ?? 1));
    votes.set(k, tally);
  }
  const mentions: NameMention[] = [];
  for (const c of candidates) {
    if (c.shouting) continue;
    const type = c.strong ? c.type : (memory.typeOf(c) ?? winner(votes.get(keyOf(c))) ?? c.type);
    if (!type) continue;
    memory.settle(c, type);
    const first = c.toks[0]!;
    const last = c.toks[c.toks.length - 1]!;
    const raw = text.slice(first.start, last.end);
    const name = nameOf(raw);
    mentions.push({ text: raw, start: first.start, end: last.end, name, type, title: c.title });
  }
  // Names in headings, once the rest of the document is known.
  return mentions.concat(memory.shouted(candidatesShouted(candidates), text)).sort((a, b) => a.start - b.start);
}

/** How a sentence's capitals read: all caps, a heading's title case, or ordinary prose. */
type Style = 'shouting' | 'heading' | 'prose';

/**
 * The sentences of `ranges`, in reading order, as ranges of `text`, each marked as a heading when
 * its range is one. Clamped to the text.
 *
 * @param text The document text.
 * @param ranges The parts of it to read, in reading order.
 */
export function splitRanges(text: string, ranges: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const range of ranges) {
    const from = Math.max(0, Math.min(range.start, text.length));
    const to = Math.max(from, Math.min(range.end, text.length));
    for (const s of splitSentences(text.slice(from, to))) {
      out.push(range.heading ? { start: from + s.start, end: from + s.end, heading: true } : { start: from + s.start, end: from + s.end });
    }
  }
  return out;
}

/** A mention's name: its possessive dropped, its spacing single. */
function nameOf(raw: string): string {
  const bare = isPossessive(raw) ? raw.slice(0, -2) : raw;
  return SINGLE_SPACED.test(bare) ? bare : bare.replace(/\s+/g, ' ');
}

const SINGLE_SPACED = /^[^\s]*(?: [^\s]+)*$/;

function winner(tally: Map<NameType, number> | undefined): NameType | null {
  let best: NameType | null = null;
  let most = 0;
  for (const [type, n] of tally ?? []) {
    if (n > most) {
      best = type;
      most = n;
    }
  }
  return best;
}

function candidatesShouted(candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => c.shouting);
}

/** Tokens of one sentence, with dotted abbreviations (`U.S.`, `Mr.`, `J.`) joined to their stop. */
function readTokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  let atStart = true;
  scan(text, from, to, (start, end, kind, lower) => {
    const word = text.slice(start, end);
    const prev = out[out.length - 1];
    if (word === '.' && prev?.isWord && prev.end === start && joinsStop(prev.word)) {
      prev.end = end;
      prev.word += '.';
      prev.key = undefined;
      return;
    }
    const isWord = kind === 'word';
    // Two capitalised parts joined by a hyphen (`Un-Putin`) are read as two words; `chunks` decides whether they part.
    // Only a capitalised word can part at a hyphen: look for one in those alone.
    const hyphen = isWord && !isAsciiLower(word.charCodeAt(0)) && word.indexOf('-') > 0 ? HYPHENATED.exec(word) : null;
    if (hyphen) {
      const left = hyphen[1]!;
      out.push(makeToken(left, start, out.length, atStart, false));
      out.push(makeToken(word.slice(left.length + 1), start + left.length + 1, out.length, false, true));
    } else out.push(makeToken(word, start, out.length, isWord && atStart, false, isWord, lower));
    atStart = !isWord && OPENERS.has(word) ? true : atStart && !isWord;
  });
  return out;
}

const HYPHENATED = /^(\p{Lu}[\p{L}\p{M}]*)-\p{Lu}[\p{L}\p{M}'’]*$/u;

/**
 * A token. `plain` marks a word of lower-case ASCII letters (most words, as the scanner tells),
 * which needs no case work.
 */
function makeToken(word: string, start: number, index: number, initial: boolean, hyphen: boolean, isWord = true, plain = false): Tok {
  let cap = false;
  let upper = false;
  let norm = word;
  if (!plain) {
    // Most other tokens are lower-case words too: test the first character before any regular expression.
    const first = word.charCodeAt(0);
    cap = isWord && (first >= 65 && first <= 90 ? true : first >= 97 && first <= 122 ? false : UPPER_START.test(word));
    const bareWord = cap && isPossessive(word) ? word.slice(0, -2) : word;
    // A lower-case ASCII second letter settles it without a regular expression.
    const second = bareWord.charCodeAt(1);
    upper = cap && bareWord.length > 1 && !(second >= 97 && second <= 122) && !HAS_LOWER.test(bareWord) && CASED.test(bareWord);
    norm = upper && bareWord.length > 3 ? titleCase(bareWord) : bareWord;
  }
  return {
    start,
    end: start + word.length,
    word,
    norm,
    lower: isWord && !plain ? lowerCase(norm) : norm,
    index,
    isWord,
    cap,
    upper,
    initial,
    hyphen,
    // Filled on first use; declared here so every token has one shape.
    key: undefined,
    common: undefined,
    titled: undefined,
  };
}

function titledOf(t: Tok): string {
  t.titled ??= titleCase(t.norm);
  return t.titled;
}

function isPossessive(word: string): boolean {
  const c = word.charCodeAt(word.length - 2);
  return word.length > 2 && word.charCodeAt(word.length - 1) === 115 && (c === 39 || c === 0x2019);
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}

function joinsStop(word: string): boolean {
  return word.length === 1 || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase());
}

/** A line in capitals, where case says nothing: most words all-caps (`CRICKET - LEICESTERSHIRE TAKE OVER`). */
function isShouting(toks: Tok[]): boolean {
  let words = 0;
  let upper = 0;
  for (const t of toks) {
    if (!t.isWord) continue;
    words++;
    if (t.upper) upper++;
  }
  return words >= 2 && upper / words >= 0.6;
}

/**
 * A title-case heading (`Putin and Kim Meet in Vladivostok`): its longer words capitalised, some
 * of them common words, or with no full stop at the end.
 */
function isTitleCase(toks: Tok[]): boolean {
  let long = 0;
  let lower = 0;
  for (const t of toks) {
    if (!t.isWord || t.word.length <= 3) continue;
    long++;
    if (!t.cap) lower++;
  }
  const last = toks[toks.length - 1];
  const stop = last !== undefined && /^[.!"”’)]$/.test(last.word);
  // Most sentences are prose, told by their lower-case words alone: common words are counted only in the rest.
  if (long - lower < 3 || (stop ? lower > 0 : lower * 5 > long)) return false;
  let common = 0;
  for (const t of toks) {
    if (!t.isWord || t.word.length <= 3 || !t.cap || t.initial) continue;
    // The word as written: a possessive counts (`Trump's` is no common word).
    if ((t.word === t.norm ? isCommonTok(t) : isCommon(t.word.toLowerCase())) && !isCue(t.norm)) common++;
  }
  // A sentence with a full stop is a heading only when every longer word is capitalised.
  if (stop) return common >= 2;
  // Without a full stop or figures (a results line has figures): a heading.
  return common >= 1 || (long >= 4 && numbersIn(toks) === 0);
}

function isCue(word: string): boolean {
  return isOrgWord(word) || PLACE_SUFFIXES.has(word) || PLACE_PREFIXES.has(word) || TITLES.has(word);
}

/** Cuts a run of a title-case line at its common words (`Kim Meet` → `Kim`). */
function cutAtCommonWords(run: Tok[], memory: Memory): Tok[][] {
  const out: Tok[][] = [];
  let piece: Tok[] = [];
  for (const t of run) {
    if (t.cap && isCommonTok(t) && !isCue(t.norm) && !memory.vouched(t) && !isPlaceName(t.norm)) {
      if (piece.length > 0) out.push(piece);
      piece = [];
    } else piece.push(t);
  }
  if (piece.length > 0) out.push(piece);
  return out;
}

/** Runs of capitalised words, with particles, joiners and `&` inside, broken at possessives. */
function chunks(toks: Tok[], memory: Memory): Tok[][] {
  const out: Tok[][] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!t.cap) {
      i++;
      continue;
    }
    const run: Tok[] = [t];
    let j = i + 1;
    while (j < toks.length && run.length < MAX_NAME_TOKENS && !endsRun(run, toks, j)) {
      const u = toks[j]!;
      const after = toks[j + 1];
      if (u.hyphen && partsAtHyphen(toks[j - 1]!, u, memory)) break;
      if (u.cap && u.start - toks[j - 1]!.end <= 1) {
        run.push(u);
        j++;
      } else if (after?.cap && (u.word === '&' || NAME_PARTICLES.has(u.word))) {
        run.push(u, after);
        j += 2;
      } else if (JOINERS.has(u.word) && joinsAfter(run[run.length - 1]!.word)) {
        const the = after?.word === 'the' ? 1 : 0;
        const head = toks[j + 1 + the];
        if (!head?.cap) break;
        run.push(...toks.slice(j, j + 2 + the));
        j += 2 + the;
      } else break;
    }
    out.push(run);
    i = j;
  }
  return out;
}

/**
 * A possessive ends a run, except inside a name that goes on to an organisation or place word
 * (`Kestrel Bay Fishermen’s Association`, `St. Matthew’s Episcopal Church`).
 */
function endsRun(run: Tok[], toks: Tok[], next: number): boolean {
  const last = run[run.length - 1]!;
  if (!POSSESSIVE.test(last.word)) return false;
  // `Pearson’s Financial Times` is two names; a common noun or a saint is part of one.
  const saint = run.length === 2 && /^(?:St\.?|Saint)$/.test(run[0]!.word);
  // A multi-word owner that is not a full name already (`News Corp’s`, `New York’s`, `Donald Trump’s`).
  const named =
    run.length >= 2 && !GIVEN_NAMES.has(run[0]!.norm) && !ORG_SUFFIXES.has(last.norm) && !isPlaceName(phraseOf(run)) && !INSTITUTIONS.has(phraseOf(run));
  if (!isCommonTok(last) && !saint && !named) return true;
  for (let k = next; k < toks.length && k < next + 3 && toks[k]!.cap; k++) {
    if (ORG_SUFFIXES.has(toks[k]!.norm) || PLACE_SUFFIXES.has(toks[k]!.norm)) return false;
  }
  return true;
}

/** `Kim Jong Un-Putin`: the hyphen joins two names when the right part stands alone elsewhere, or either part is a nationality. */
function partsAtHyphen(left: Tok, right: Tok, memory: Memory): boolean {
  return (
    memory.vouched(right) ||
    isPlaceName(right.norm) ||
    NATIONALITIES.has(right.norm) ||
    NATIONALITIES.has(left.norm)
  );
}

function joinsAfter(word: string): boolean {
  if (TITLES.has(word)) return false;
  return ORG_SUFFIXES.has(word) || ORG_PREFIXES.has(word) || PLACE_SUFFIXES.has(word) || word === 'Republic';
}

/** Strips what is not name from a run (determiners, titles, nationality words), splits it where it holds two names, and types each. */
function refine(run: Tok[], sentence: Tok[], memory: Memory): Candidate[] {
  let toks = run;
  // Determiners and function words that open a run by sentence position (`The`, `When`).
  while (toks.length > 0 && NEVER_NAMES.has(toks[0]!.norm)) toks = toks.slice(1);
  if (toks.length > 0 && toks[0]!.initial && startsByPosition(toks, memory)) toks = toks.slice(1);
  toks = trim(toks);
  if (toks.length === 0) return [];

  let title: string | null = null;
  let titled = false;
  const split = INSTITUTIONS.has(phraseOf(toks)) ? 0 : titleSplit(toks);
  if (split > 0) {
    title = toks.slice(0, split).map((t) => t.word).join(' ');
    titled = toks.slice(0, split).some((t) => PERSON_TITLES.has(t.norm));
    toks = toks.slice(split);
  }
  const out: Candidate[] = [];
  for (const part of splitNames(toks)) {
    const candidate = typeRun(part, part === toks || part[0] === toks[0] ? title : null, titled && part[0] === toks[0], sentence);
    if (candidate) out.push(candidate);
  }
  return out;
}

/** Drops lower-case words and stray pronouns from both ends of a run (`Paul Ryan I` → `Paul Ryan`). */
function trim(run: Tok[]): Tok[] {
  let a = 0;
  let b = run.length;
  while (a < b && !run[a]!.cap) a++;
  while (b > a && (!run[b - 1]!.cap || (b - a > 1 && NEVER_NAMES.has(run[b - 1]!.norm)))) b--;
  return run.slice(a, b);
}

/**
 * Splits a run that holds two names: a place or a common word before a full name (`Israel |
 * Daniel B. Shapiro`, `Universe | Alicia Machado`), a name before an institution (`Obama | White
 * House`). A common-word prefix is dropped; a place is kept.
 */
function splitNames(toks: Tok[]): Tok[][] {
  if (toks.length < 3 || toks.some((t) => JOINERS.has(t.word))) return [toks];
  const tail = toks[toks.length - 1]!.norm;
  const named = toks.length <= 6 && !ORG_SUFFIXES.has(tail) && !PLACE_SUFFIXES.has(tail);
  for (let k = 1; named && k < toks.length - 1; k++) {
    if (!GIVEN_NAMES.has(toks[k]!.norm) || toks.length - k > 4) continue;
    const head = toks.slice(0, k);
    if (isPlaceName(phraseOf(head))) return [head, toks.slice(k)];
    if (head.every((t) => TITLES.has(t.norm) || (isCommonTok(t) && !isCue(t.norm)))) return [toks.slice(k)];
    break;
  }
  // Function words inside a run mark the title of a work (`Relax Into Stretching`): cut there.
  const inner = toks.findIndex((t, i) => i > 0 && NEVER_NAMES.has(t.norm) && !t.upper);
  if (inner > 0) return [toks.slice(0, inner), ...splitNames(toks.slice(inner + 1))].filter((p) => p.length > 0);
  for (let k = 1; k < toks.length; k++) {
    const tail = toks.slice(k);
    if (tail.length > 1 && INSTITUTIONS.has(phraseOf(tail))) return [toks.slice(0, k), tail];
  }
  return [toks];
}

const numberCounts = new WeakMap<Tok[], number>();

/** How many numbers a sentence holds, counted once per sentence. */
function numbersIn(sentence: Tok[]): number {
  let n = numberCounts.get(sentence);
  if (n === undefined) {
    n = 0;
    for (const t of sentence) if (/^\d/.test(t.word)) n++;
    numberCounts.set(sentence, n);
  }
  return n;
}

/** Types one name, or rejects it (titles alone, nationality words, lone common words). */
function typeRun(run: Tok[], title: string | null, titled: boolean, sentence: Tok[]): Candidate | null {
  // A role after a name (`Jeremy Dear, NUJ General Secretary`) is no part of one.
  let toks = run;
  while (toks.length > 1 && TITLES.has(toks[toks.length - 1]!.norm) && !isOrgWord(toks[toks.length - 1]!.norm)) toks = toks.slice(0, -1);
  if (toks.length < run.length && toks.length === 1 && isCommonTok(toks[0]!)) return null;
  const name = phraseOf(toks);
  if (toks.every((t) => TITLES.has(t.norm) || CALENDAR.has(t.norm) || (NEVER_NAMES.has(t.norm) && !titled))) return null;
  if (!INSTITUTIONS.has(name) && (NATIONALITIES.has(name) || (name.endsWith('s') && NATIONALITIES.has(name.slice(0, -1))))) return null;
  if (toks.length === 1 && (toks[0]!.word.length === 1 || isMonthNextToNumber(toks[0]!, sentence))) return null;

  const index = toks[0]!.index;
  const lastIndex = toks[toks.length - 1]!.index;
  const prev = sentence[index - 1];
  const next = sentence[lastIndex + 1];
  const candidate: Candidate = { toks, title, type: null, strong: true, shouting: false, prev, next, key: undefined, weight: undefined, team: undefined };
  const cued = typeByCues(toks, name, titled);
  if (toks.some((t) => HOLIDAYS.test(t.norm)) || (EVENT_SUFFIXES.has(toks[toks.length - 1]!.norm) && toks.length > 1)) {
    candidate.type = 'other';
  }
  else if (cued !== 'person' && !isNation(name) && isTeam(sentence, index, lastIndex)) {
    candidate.type = 'organization';
    candidate.team = true;
  } else candidate.type = cued ?? typeByNeighbours(toks, sentence, index, lastIndex);
  if (candidate.type === null) {
    const [type, weight] = guess(toks, prev, next);
    // Ordinary words capitalised (`Election`, `Stretching Reflexes`) make a name only with a cue.
    if (weight < 2 && toks.every((t) => isCommonTok(t) && !t.upper)) return null;
    candidate.strong = false;
    candidate.type = type;
    candidate.weight = weight;
  }
  return candidate;
}

/** The words of a run for look-ups, joined by single spaces. */
function phraseOf(toks: readonly Tok[]): string {
  let phrase = toks[0]?.norm ?? '';
  for (let i = 1; i < toks.length; i++) phrase += ` ${toks[i]!.norm}`;
  return phrase;
}

/** `May 3` and `3 May` are dates; `May said` is not. */
function isMonthNextToNumber(tok: Tok, sentence: Tok[]): boolean {
  if (!CALENDAR.has(tok.norm) && tok.norm !== 'May') return false;
  const i = tok.index;
  return /^\d/.test(sentence[i + 1]?.word ?? '') || /^\d/.test(sentence[i - 1]?.word ?? '');
}

/** Whether the first word of a run is capitalised only because it opens the sentence. */
function startsByPosition(toks: Tok[], memory: Memory): boolean {
  const word = toks[0]!.norm;
  if (isPlaceName(word) || INSTITUTIONS.has(word) || TITLES.has(word) || NATIONALITIES.has(word) || toks[0]!.upper) return false;
  const last = toks[toks.length - 1]!.norm;
  if (toks.length > 1 && (ORG_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last) || toks.some((t) => JOINERS.has(t.word)))) return false;
  if (memory.vouched(toks[0]!)) return false;
  if (memory.seenLower(toks[0]!.lower)) return true;
  if (!isCommonTok(toks[0]!)) return false;
  // A common word that is also a first name stays when a surname follows (`Will Smith`).
  return !(toks.length > 1 && GIVEN_NAMES.has(word));
}

/** Whether the token is a common word (see {@link isCommon}), worked out once per token. */
function isCommonTok(t: Tok): boolean {
  t.common ??= isCommon(t.lower);
  return t.common;
}

/** A common English word, or a regular inflection of one (`scorers`, `trailing`). */
function isCommon(lower: string): boolean {
  if (COMMON.has(lower)) return true;
  // Only the suffixes that end in the word's last letter can match: most words try none or one.
  for (const suffix of INFLECTIONS.get(lower.charCodeAt(lower.length - 1)) ?? []) {
    if (lower.length > suffix.length + 2 && lower.endsWith(suffix) && COMMON.has(lower.slice(0, -suffix.length))) return true;
  }
  return false;
}

/** Regular inflections of common words, by the character code of their last letter. */
const INFLECTIONS = new Map<number, string[]>();
for (const suffix of ['s', 'es', 'ed', 'ing', 'ers', 'er', 'rs', 'ly']) {
  const last = suffix.charCodeAt(suffix.length - 1);
  INFLECTIONS.set(last, [...(INFLECTIONS.get(last) ?? []), suffix]);
}

/** Where the title part of a run ends: after its last title word, when a name follows (`Russian President | Vladimir Putin`). */
function titleSplit(toks: Tok[]): number {
  let split = 0;
  for (let i = 0; i < toks.length - 1; i++) if (TITLES.has(toks[i]!.norm)) split = i + 1;
  if (split === 0) return 0;
  const rest = toks.slice(split);
  const tail = rest[rest.length - 1]!.norm;
  if (ORG_SUFFIXES.has(tail) || PLACE_SUFFIXES.has(tail) || rest.some((t) => JOINERS.has(t.word))) return 0;
  // What follows the title must look like a name (`Secretary Patricia Hewitt`, not `Major League`).
  const head = rest[0]!;
  return !isCommonTok(head) || GIVEN_NAMES.has(head.norm) || /^\p{Lu}\.$/u.test(head.word) ? split : 0;
}

/** National sides are named after their country and read as the country (`England 320 all out`). */
function isNation(name: string): boolean {
  return COUNTRIES.has(name) || (REGIONS.has(name) && !CITIES.has(name) && name.split(' ').length === 1 && /land$|ia$/.test(name));
}

function isOrgWord(word: string): boolean {
  return ORG_SUFFIXES.has(word) || ORG_PREFIXES.has(word) || INSTITUTIONS.has(word);
}

/** Every place name of the gazetteers in one set, built once: one look-up where there were four. */
const PLACE_NAMES: ReadonlySet<string> = new Set([...COUNTRIES, ...CITIES, ...REGIONS, ...PLACE_ABBREVIATIONS.keys()]);

function isPlaceName(name: string): boolean {
  return PLACE_NAMES.has(name);
}

/**
 * A name in a row of results (`Essex 372 and 118-4`, `Baltimore 74 62 .544`): a side, which is an
 * organisation even when it bears a place's name.
 */
function isTeam(sentence: Tok[], index: number, lastIndex: number): boolean {
  const next = sentence[lastIndex + 1];
  if (!next || next.word.length > 4 || !/^\d+$/.test(next.word)) return false;
  if (index === 0 && sentence[lastIndex + 2]?.word === '-') return false;
  return numbersIn(sentence) >= 2;
}

/** The type a name's own words give it: cue words, gazetteers, a personal title. */
function typeByCues(toks: Tok[], name: string, titled: boolean): NameType | null {
  const first = toks[0]!.norm;
  const last = toks[toks.length - 1]!.norm;
  const multi = toks.length > 1;
  if (INSTITUTIONS.has(name)) return 'organization';
  // A short form as written (`U.S.`, `Calif.`); none holds a space.
  if (isPlaceName(name) || (toks.length === 1 && PLACE_ABBREVIATIONS.has(toks[0]!.word.replace(POSSESSIVE, '')))) return 'place';
  if (titled) return 'person';
  // Joined by `of`, so the word before it is a cue (`Brussels School of Governance`, `Republic of Korea`).
  const joiner = toks.findIndex((t) => JOINERS.has(t.word));
  if (joiner > 0) return PLACE_SUFFIXES.has(toks[joiner - 1]!.norm) ? 'place' : 'organization';
  if (multi && ORG_SUFFIXES.has(last)) return 'organization';
  if (multi && PLACE_SUFFIXES.has(last)) return 'place';
  if (multi && ORG_PREFIXES.has(first) && !GIVEN_NAMES.has(first)) return 'organization';
  if (multi && PLACE_PREFIXES.has(first) && !GIVEN_NAMES.has(toks[1]!.norm)) return 'place';
  if (multi && toks.length <= 4 && (GIVEN_NAMES.has(first) || /^\p{Lu}\.?$/u.test(toks[0]!.word))) return 'person';
  if (multi && toks.length <= 4 && /^\p{Lu}\.$/u.test(toks[1]!.word)) return 'person';
  return null;
}

/** The type the words around a name give it (`Putin said`, `Interfax news agency`, `in Khasan`). */
function typeByNeighbours(toks: Tok[], sentence: Tok[], index: number, lastIndex: number): NameType | null {
  const prev = sentence[index - 1];
  const next = sentence[lastIndex + 1];
  const after = sentence[lastIndex + 2];
  if (next && PERSON_VERBS.has(next.word) && !toks[0]!.upper) return 'person';
  if (next?.word === ',' && after && PERSON_VERBS.has(after.word)) return 'person';
  if (next && !next.cap && ORG_NOUNS.has(next.word)) return 'organization';
  if (prev && !prev.cap && ORG_NOUNS.has(prev.word) && !toks[0]!.initial) return 'organization';
  // `The` capitalised inside a sentence belongs to a title (`The Guardian`, `The Sun`).
  if (prev?.word === 'The' && !prev.initial) return 'organization';
  if (next && !next.cap && after && ORG_NOUNS.has(after.word) && /^(?:news|state|private|opposition|ruling|football|national)$/.test(next.word)) {
    return 'organization';
  }
  if (next && !next.cap && PLACE_NOUNS.has(next.word) && isPlaceName(toks[0]!.norm)) return 'place';
  if (prev?.word === 'of' && PLACE_NOUNS.has(sentence[index - 2]?.word ?? '')) return 'place';
  // `Wheeling, West Virginia`, `Coral Springs, Florida`.
  if (next?.word === ',' && after && (REGIONS.has(after.norm) || COUNTRIES.has(after.norm) || PLACE_ABBREVIATIONS.has(after.word))) {
    const region = sentence.slice(lastIndex + 2, lastIndex + 4).filter((t) => t.cap).map((t) => t.norm).join(' ');
    if (REGIONS.has(region) || REGIONS.has(after.norm) || COUNTRIES.has(after.norm) || PLACE_ABBREVIATIONS.has(after.word)) return 'place';
  }
  // A dateline: a line opening with a capitalised place and a comma or a date (`ARBIL, Iraq`).
  if (index === 0 && toks[0]!.upper && (next?.word === ',' || /^\d/.test(next?.word ?? ''))) return 'place';
  return null;
}

/**
 * A guess from shape and position, with its weight, for a name nothing else types; the document's
 * memory may overrule it, and guesses about one name are pooled across the document.
 */
function guess(toks: Tok[], prev: Tok | undefined, next: Tok | undefined): [NameType, number] {
  const single = toks.length === 1;
  if (next && !next.cap && MEMBER_ROLES.has(next.word)) return ['organization', 2];
  if (single && prev?.word.toLowerCase() === 'the' && ORG_SUFFIXES.has(toks[0]!.norm)) return ['organization', 2];
  if (prev && PLACE_PREPOSITIONS.has(prev.word) && single && !toks[0]!.upper) return ['place', 2];
  if (single && toks[0]!.upper) return ['organization', 1];
  // An inner capital marks a brand (`AmeriCorps`, `HarbourOS`), not a person.
  if (single && /\p{Ll}\p{Lu}/u.test(toks[0]!.word) && !/^(?:Mc|Mac|O’|O')/.test(toks[0]!.word)) return ['organization', 2];
  if (toks.some((t) => t.word === '&')) return ['organization', 2];
  if (!single && toks.some((t) => isCommonTok(t))) return ['organization', 1];
  if (prev?.word === 'the') return ['organization', 2];
  return ['person', 1];
}

/** Names in an all-caps or title-case line: only what the gazetteers or the rest of the document know. */
function shoutedNames(toks: readonly Tok[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!toks[i]!.isWord || !toks[i]!.cap) {
      i++;
      continue;
    }
    let j = i;
    while (j < toks.length && j - i < MAX_NAME_TOKENS && toks[j]!.isWord && (toks[j]!.cap || NAME_PARTICLES.has(toks[j]!.word))) j++;
    out.push({ toks: toks.slice(i, j), title: null, type: null, strong: false, shouting: true, prev: toks[i - 1], next: toks[j], key: undefined, weight: undefined, team: undefined });
    i = j;
  }
  return out;
}

/** The candidate's look-up key, computed once. */
function keyOf(c: Candidate): string {
  c.key ??= key(phraseOf(c.toks));
  return c.key;
}

/** A word's key, computed once per token. */
const keyOfWord = (t: Tok): string => (t.key ??= key(t.word));

/** A name's key: lower case, without possessive or final stop, with straight apostrophes. Runs for every name and word looked up. */
function key(s: string): string {
  let k = s.toLowerCase();
  const n = k.length;
  if (n >= 2 && k.charCodeAt(n - 1) === 115 && (k.charCodeAt(n - 2) === 39 || k.charCodeAt(n - 2) === 0x2019)) k = k.slice(0, -2);
  if (k.charCodeAt(k.length - 1) === 46) k = k.slice(0, -1);
  return k.includes('’') ? k.replace(/’/g, "'") : k;
}

const SHAPES = 16 * 27 * 27;

/** A word's shape: its length, first and last letter; words of one shape share a slot. */
function shapeOf(lower: string): number {
  const letter = (c: number): number => (c >= 97 && c <= 122 ? c - 97 : 26);
  return ((lower.length & 15) * 27 + letter(lower.charCodeAt(0))) * 27 + letter(lower.charCodeAt(lower.length - 1));
}

/** What the document has said so far about its names. */
class Memory {
  #lower = new Set<string>();
  // One bit per shape, in a plain array of small integers: allocated on the heap in one step,
  // where a typed array of the same bits would need a separate buffer per document.
  #shapes: number[] = new Array<number>((SHAPES + 31) >> 5).fill(0);
  #capitalised = new Set<string>();
  #types = new Map<string, NameType>();
  #parts = new Map<string, NameType>();
  #acronyms = new Map<string, NameType>();
  #settled = new Map<string, NameType>();

  /**
   * Notes the shape of every capitalised word, as only those are ever asked about in lower
   * case: a lower-case word of another shape need not be stored (most are not, which spares
   * hashing every word of the document).
   */
  expect(toks: Tok[]): void {
    for (const t of toks) {
      if (!t.cap) continue;
      const shape = shapeOf(t.lower);
      this.#shapes[shape >> 5]! |= 1 << (shape & 31);
    }
  }

  /** Records how each word is written: lower case anywhere, capitalised mid-sentence. */
  observe(toks: Tok[]): void {
    for (const t of toks) {
      if (!t.isWord) continue;
      if (!t.cap) {
        const shape = shapeOf(t.lower);
        if (this.#shapes[shape >> 5]! & (1 << (shape & 31))) this.#lower.add(t.lower);
      }
      else if (!t.initial && !t.upper) this.#capitalised.add(t.norm);
    }
  }

  /** Records the type a name finally took, for the headings read last. */
  settle(c: Candidate, type: NameType): void {
    const k = keyOf(c);
    if (!this.#settled.has(k)) this.#settled.set(k, type);
  }

  /** Whether the document writes the word capitalised mid-sentence, and never in lower case. */
  vouched(t: Tok): boolean {
    return this.#capitalised.has(t.norm) && !this.#lower.has(t.lower);
  }

  seenLower(word: string): boolean {
    return this.#lower.has(word);
  }

  learn(c: Candidate): void {
    const name = keyOf(c);
    if (!this.#types.has(name)) this.#types.set(name, c.type!);
    if (c.type !== 'person' || c.toks.length < 2) return;
    for (const t of c.toks) if (t.cap && !this.#parts.has(keyOfWord(t))) this.#parts.set(keyOfWord(t), 'person');
  }

  /** `International Criminal Court (ICC)`: the acronym takes the expansion's type. */
  noteAcronym(c: Candidate, text: string): void {
    if (!c.type || c.toks.length < 2) return;
    const last = c.toks[c.toks.length - 1]!;
    const m = /^\s?\(\s?(\p{Lu}[\p{Lu}\p{N}&.]{1,9})\s?\)/u.exec(text.slice(last.end, last.end + 16));
    if (!m) return;
    const initials = c.toks.filter((t) => t.cap).map((t) => t.word[0]).join('');
    if (initials === m[1]!.replace(/[.&]/g, '')) this.#acronyms.set(m[1]!, c.type);
  }

  typeOf(c: Candidate): NameType | null {
    const name = keyOf(c);
    const known = this.#types.get(name) ?? (this.#acronyms.size > 0 ? this.#acronyms.get(c.toks.map((t) => t.word).join(' ')) : undefined);
    if (known) return known;
    if (c.toks.every((t) => this.#parts.has(keyOfWord(t)))) return 'person';
    return null;
  }

  /** Names inside shouted lines: the longest known or gazetteer name at each position. */
  shouted(candidates: Candidate[], text: string): NameMention[] {
    const out: NameMention[] = [];
    for (const c of candidates) {
      let i = 0;
      while (i < c.toks.length) {
        let found = 0;
        let type: NameType | null = null;
        for (let n = Math.min(c.toks.length - i, MAX_NAME_TOKENS); n > 0 && !type; n--) {
          const slice = c.toks.slice(i, i + n);
          if (JOINERS.has(slice[0]!.word.toLowerCase()) || JOINERS.has(slice[n - 1]!.word.toLowerCase())) continue;
          type = this.#shoutedType(slice);
          if (type) found = n;
        }
        if (type) {
          const first = c.toks[i]!;
          const last = c.toks[i + found - 1]!;
          const raw = text.slice(first.start, last.end);
          out.push({ text: raw, start: first.start, end: last.end, name: raw.replace(POSSESSIVE, ''), type, title: null });
          i += found;
        } else i++;
      }
    }
    return out;
  }

  #shoutedType(toks: Tok[]): NameType | null {
    const name = phraseOf(toks);
    const k = key(name);
    const known = this.#settled.get(k) ?? this.#types.get(k);
    if (known) return known;
    // Title case word by word is the phrase's title case, each word's worked out once.
    let titled = titledOf(toks[0]!);
    for (let i = 1; i < toks.length; i++) titled += ` ${titledOf(toks[i]!)}`;
    if (NATIONALITIES.has(titled) || CALENDAR.has(titled) || NEVER_NAMES.has(titled)) return null;
    if (INSTITUTIONS.has(name) || INSTITUTIONS.has(titled)) return 'organization';
    if (isPlaceName(titled) || PLACE_ABBREVIATIONS.has(name)) return 'place';
    if (toks.length === 1 && this.#parts.has(k)) return 'person';
    if (toks.length > 1 && toks.every((t) => this.#parts.has(keyOfWord(t)))) return 'person';
    return null;
  }
}
