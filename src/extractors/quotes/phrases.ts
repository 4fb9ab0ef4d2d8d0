/**
 * Reads speaker phrases off a block's tokens: the subject before a cue verb (`Ramon
 * Pacheco Pardo, the Head of …, believes`), or the speaker after an inverted cue
 * (`said Mr Brown`). Every walk is bounded, so a hostile paragraph costs linear time.
 */
import { isCueLower } from './cues.js';
import { CALENDAR_WORDS, DOCUMENT_NOUNS, isCapitalised, isPersonName, isTitleLower, NOT_NAME_WORDS, NOUN_PHRASE_OPENERS, SPEAKER_NOUNS, SPEAKER_PRONOUNS } from './names.js';

/** The part of a token the phrase reader needs. */
export interface Tok {
  text: string;
  lower: string;
  kind: 'word' | 'number' | 'punct' | 'symbol';
  textStart: number;
  textEnd: number;
}

/** A speaker phrase: token range `[start, end)`, the name words, and a title if one was given. */
export interface SpeakerPhrase {
  start: number;
  end: number;
  /** The name as written, without a leading `the` or title words. */
  name: string;
  title: string | null;
  /** Set when the phrase is a pronoun (`he`, `they`). */
  pronoun: string | null;
  /** Whether the name is a run of capitalised words (a proper name) rather than a common noun. */
  proper: boolean;
  /** The document noun (`survey`, `poll`) when the speaker is a publication standing for its publisher. */
  document?: string;
  /** The head noun's phrase when a prepositional phrase follows it (`officials` in `officials from both parties`). */
  head?: string;
  /** Set for a common noun after `the` (`the senator`), which refers back to someone named before. */
  definite?: boolean;
}

/** Auxiliaries and adverbs that may stand between a subject and its cue verb (`has also said`). */
const BETWEEN = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do',
  'also', 'then', 'later', 'again', 'previously', 'once', 'further', 'already', 'still', 'recently', 'often',
  'always', 'never', 'not', 'now', 'earlier', 'repeatedly', 'privately', 'publicly', 'reportedly', 'long',
  'even', 'just', 'first', 'initially', 'originally', 'subsequently', 'since', 'too', 'ever', 'soon', 'often',
  'both', 'only', 'all',
]);

/** Words that may join capitalised words inside one name (`Bank of England`, `Ludwig van Beethoven`). */
const NAME_JOINERS = new Set(['of', 'for', 'de', 'van', 'von', 'der', 'den', 'bin', 'al', 'la', 'le', 'du', 'da', 'dos', 'del', '&']);

/** Conjunctions that may open a clause whose subject is a common noun phrase. */
const CLAUSE_LINKS = new Set(['but', 'and', 'yet', 'so', 'after', 'when', 'while', 'because', 'although', 'though', 'since', 'once', 'as', 'until', 'before', 'if']);
/** Prepositions that open a phrase after a speaker's head noun (`officials from both parties`). */
const POSTMODIFIER_PREPOSITIONS = new Set(['in', 'from', 'to', 'of', 'at', 'across', 'around', 'for', 'with', 'on']);
/** Words that open a relative clause (`who …`, `whose chair`): never a speaker's name or title. */
export const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** Auxiliaries between a subject and its verb. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);
/**
 * Words that end a noun's prepositional phrase before a cue: a conjunction or an auxiliary means the
 * cue has another subject (`re-engage the campaign in October and said`, `allies have in the past said`).
 */
const NOT_POSTMODIFIER = new Set(['and', 'or', 'but', 'did', 'does', 'do', ...AUXILIARIES]);
/** Tokens from a speaker's head noun to its cue across a prepositional phrase. */
const MAX_POSTMODIFIER = 8;
const MAX_SKIP = 4;
const MAX_NAME = 7;
const MAX_APPOSITION = 30;
const MAX_PREMODIFIER = 4;
const MAX_COMMAS = 4;

function isWord(t: Tok | undefined): t is Tok {
  return t !== undefined && t.kind === 'word';
}

function nameWord(t: Tok | undefined): boolean {
  return isWord(t) && isCapitalised(t.text) && !NOT_NAME_WORDS.has(t.lower);
}

/** A name word, or a calendar word right after one (`Theresa May`). */
function nameWordAfter(t: Tok | undefined, prev: Tok | undefined): boolean {
  return nameWord(t) || (isWord(t) && isCapitalised(t.text) && CALENDAR_WORDS.has(t.lower) && nameWord(prev));
}

function adverb(t: Tok): boolean {
  return t.kind === 'word' && !isCapitalised(t.text) && (BETWEEN.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly')));
}

/** The words of tokens `[from, to)` with one space between each two, whatever the text has there. */
export function spacedWords(toks: readonly Tok[], from: number, to: number): string {
  if (from >= to) return '';
  let words = toks[from]!.text;
  for (let i = from + 1; i < to; i++) words += ` ${toks[i]!.text}`;
  return words;
}

/** The source-like text of tokens `[from, to)`: words separated by one space, punctuation attached. */
export function joinTokens(toks: readonly Tok[], from: number, to: number, text: string): string {
  if (from >= to) return '';
  return text.slice(toks[from]!.textStart, toks[to - 1]!.textEnd);
}

/**
 * The speaker before a cue at `cue`, not reaching before token `lo`: skips auxiliaries
 * and adverbs, then an apposition between commas, then reads the noun phrase.
 */
export function subjectBefore(toks: readonly Tok[], cue: number, lo: number, text: string): SpeakerPhrase | null {
  let j = cue - 1;
  for (let skipped = 0; j >= lo && skipped < MAX_SKIP && adverb(toks[j]!); skipped++) j--;
  // `Mike Pence (R-IN) said`: a parenthesis between the subject and its cue.
  if (j > lo && toks[j]!.text === ')') {
    let k = j - 1;
    while (k > lo && j - k <= MAX_SKIP * 2 && toks[k]!.text !== '(') k--;
    if (toks[k]!.text === '(') j = k - 1;
  }
  if (j < lo) return null;
  // `Mr Fitzpatrick, who added that …`: the speaker is the noun phrase before the relative clause.
  if ((toks[j]!.lower === 'who' || toks[j]!.lower === 'which') && j - 1 > lo && toks[j - 1]!.text === ',') {
    return nounPhraseBefore(toks, j - 2, lo, text) ?? speakerBeforeComma(toks, j - 1, lo, text);
  }
  if (toks[j]!.text === ',') {
    // `Name, the Head of …, believes`: find the comma that opens the apposition.
    let k = j - 1;
    const floor = Math.max(lo, j - MAX_APPOSITION);
    while (k >= floor && toks[k]!.text !== ',' && !isQuoteMark(toks[k]!)) k--;
    if (k < floor || toks[k]!.text !== ',' || k + 1 >= j) return null;
    const named = properNameBetween(toks, k + 1, j);
    const near = nounPhraseBefore(toks, beforeParenthesis(toks, k - 1, lo), lo, text);
    // `The Shadow Secretary of State for the Family, Theresa May, said`, `the director of the Federal Bureau of
    // Investigation, James B. Comey, said`: the apposition is the name, unless a person's name comes first.
    const person = named !== null && isPersonName(named) && !(near && isPersonName(near.name));
    if (named && (person || !(near?.proper && near.name.includes(' ') && near.title === null))) {
      const from = roleStart(toks, k, lo);
      const opener = from < k && toks[from]!.lower === 'the' ? from + 1 : from;
      const title = opener < k ? joinTokens(toks, opener, k, text) : null;
      return { start: from, end: j, name: named, title, pronoun: null, proper: true };
    }
    // `Donna Sampson Rawlings, 59, of Ashton, Md., who watched …, said`: several appositions;
    // the speaker is the phrase that opens the clause, else the nearest one.
    let phrase = near;
    let open = k;
    for (let m = k - 1, commas = 0; m >= floor - MAX_APPOSITION && m >= lo && commas < MAX_COMMAS; m--) {
      if (isQuoteMark(toks[m]!)) break;
      if (toks[m]!.text !== ',') continue;
      commas++;
      const earlier = nounPhraseBefore(toks, m - 1, lo, text);
      if (earlier && !earlier.pronoun && (earlier.start === lo || toks[earlier.start - 1]?.text === ',')) {
        phrase = earlier;
        open = m;
        break;
      }
    }
    if (!phrase || phrase.pronoun) return null;
    const first = toks[open + 1]!.lower;
    // A relative clause (`who …`) is no title; an apposition opens with a determiner or a role.
    if (RELATIVE_WORDS.has(first) || toks[open + 1]!.kind === 'number') return { ...phrase, end: j };
    let titleEnd = open + 1;
    while (titleEnd < j && toks[titleEnd]!.text !== ',') titleEnd++;
    const title = joinTokens(toks, open + 1, titleEnd, text);
    return { ...phrase, title: phrase.title ?? title, end: j };
  }
  const near = nounPhraseBefore(toks, j, lo, text);
  // `advisers to Mr. Obama say`: a name ending a prepositional phrase is not the subject;
  // a lower-case role word before the name (`spokeswoman for women Sandra Gidley`) makes it the speaker's own phrase.
  if (near?.proper && (isCapitalised(toks[near.start]!.text) || toks[near.start]!.lower === 'the') && POSTMODIFIER_PREPOSITIONS.has(toks[near.start - 1]?.lower ?? '')) return postmodifiedPhrase(toks, j, lo, text) ?? near;
  return near ?? postmodifiedPhrase(toks, j, lo, text);
}

/** The token before a parenthesis ending at `j` (`Rep. Sander Levin (Mich.)`), else `j`. */
function beforeParenthesis(toks: readonly Tok[], j: number, lo: number): number {
  if (j <= lo || toks[j]!.text !== ')') return j;
  for (let k = j - 1; k > lo && j - k <= MAX_SKIP * 2; k--) if (toks[k]!.text === '(') return k - 1;
  return j;
}

/**
 * A common-noun speaker with a prepositional phrase after its head, ending at token `j`
 * (`elected officials from both parties`, `advisers to Mr. Obama`, `observers in Virginia`).
 */
function postmodifiedPhrase(toks: readonly Tok[], j: number, lo: number, text: string): SpeakerPhrase | null {
  if (NOT_POSTMODIFIER.has(toks[j]!.lower)) return null;
  for (let k = j - 1; k > lo && j - k <= MAX_POSTMODIFIER; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word' && t.text !== '.') return null;
    if (isCueLower(t.lower) || RELATIVE_WORDS.has(t.lower) || NOT_POSTMODIFIER.has(t.lower)) return null;
    if (!POSTMODIFIER_PREPOSITIONS.has(t.lower)) continue;
    const head = nounPhraseBefore(toks, k - 1, lo, text);
    if (!head || head.proper || head.pronoun || head.document) continue;
    const from = toks[head.start]!.lower === 'the' ? head.start + 1 : head.start;
    return { ...head, end: j + 1, name: joinTokens(toks, from, j + 1, text), head: head.name };
  }
  return null;
}

/** The capitalised name filling tokens `[from, to)` exactly (`Theresa May`), or null. */
function properNameBetween(toks: readonly Tok[], from: number, to: number): string | null {
  if (to - from < 2 || to - from > 4) return null;
  for (let i = from; i < to; i++) if (!nameWordAfter(toks[i], toks[i - 1]) || isTitleLower(toks[i]!.lower)) return null;
  if (!nameWord(toks[from])) return null;
  return spacedWords(toks, from, to);
}

/** Where the role phrase ending before the comma at `comma` starts (`The Shadow Secretary of State for the Family`). */
function roleStart(toks: readonly Tok[], comma: number, lo: number): number {
  let i = comma;
  while (i - 1 >= lo && comma - i < MAX_APPOSITION / 2 && toks[i - 1]!.kind === 'word') i--;
  return i;
}

/** The speaker ending just before the comma at `comma` (`said Mr Fitzpatrick, who …`), via the inverted order. */
function speakerBeforeComma(toks: readonly Tok[], comma: number, lo: number, text: string): SpeakerPhrase | null {
  let i = comma - 1;
  while (i > lo && i > comma - MAX_NAME && toks[i - 1]!.kind === 'word') i--;
  return speakerAfter(toks, i, comma, text);
}

/** The noun phrase ending at token `j`: a pronoun, a capitalised name, or a speaker noun. */
export function nounPhraseBefore(toks: readonly Tok[], j: number, lo: number, text: string): SpeakerPhrase | null {
  const t = toks[j];
  if (!isWord(t) || j < lo) return null;
  const pronoun = SPEAKER_PRONOUNS.has(t.lower) ? t.lower : null;
  if (pronoun) return { start: j, end: j + 1, name: t.text, title: null, pronoun, proper: false };
  if (nameWordAfter(t, toks[j - 1])) {
    let i = j;
    while (i - 1 >= lo && j - i < MAX_NAME) {
      const prev = toks[i - 1]!;
      if (nameWord(prev)) i--;
      else if (NAME_JOINERS.has(prev.lower) && i - 2 >= lo && nameWord(toks[i - 2])) i -= 2;
      else break;
    }
    return withPremodifier(toks, i, j + 1, lo, text);
  }
  if (speakerNoun(t)) {
    // `a source`, `South Korean media`, `several officials`: modifiers back to a determiner or the clause start.
    let i = j;
    while (i - 1 >= lo && j - i < MAX_PREMODIFIER) {
      const prev = toks[i - 1]!;
      if (!isWord(prev)) break;
      if (NOUN_PHRASE_OPENERS.has(prev.lower)) {
        i--;
        break;
      }
      if ((prev.lower === 'and' || prev.lower === '&') && i - 2 >= lo && isWord(toks[i - 2]) && j - i < MAX_PREMODIFIER - 1) i--;
      // Any modifier (`Obama's former campaign strategist`) but a verb or a relative word.
      else if (!isCueLower(prev.lower) && !NOT_NAME_WORDS.has(prev.lower) && !BETWEEN.has(prev.lower)) i--;
      else break;
    }
    const starts = i === lo || !isWord(toks[i - 1]) || NOUN_PHRASE_OPENERS.has(toks[i]!.lower) || isCapitalised(toks[i]!.text) || afterClauseLink(toks, i, lo);
    if (!starts) return null;
    return commonPhrase(toks, i, j + 1, text);
  }
  return null;
}

/**
 * Whether the phrase at `i` opens a clause after a conjunction that itself opens the sentence
 * or follows punctuation (`But critics say …`, `After campaign aides insisted …`, `…, and analysts say`).
 */
function afterClauseLink(toks: readonly Tok[], i: number, lo: number): boolean {
  const link = toks[i - 1];
  if (!link || i - 1 < lo || !CLAUSE_LINKS.has(link.lower)) return false;
  return i - 1 === lo || !isWord(toks[i - 2]);
}

/**
 * A common-noun speaker `[i, end)`. A document noun (`the Pew poll`, `the survey`) stands
 * for its publisher: the capitalised words before it, or whoever the article names with it.
 */
function commonPhrase(toks: readonly Tok[], i: number, end: number, text: string): SpeakerPhrase {
  const from = toks[i]!.lower === 'the' ? i + 1 : i;
  const head = toks[end - 1]!.lower;
  const phrase: SpeakerPhrase = { start: i, end, name: joinTokens(toks, from, end, text), title: null, pronoun: null, proper: false };
  if (from > i) phrase.definite = true;
  if (!DOCUMENT_NOUNS.has(head)) return phrase;
  let k = end - 1;
  while (k - 1 >= from && nameWord(toks[k - 1])) k--;
  if (k < end - 1) return { ...phrase, name: joinTokens(toks, k, end - 1, text), proper: true, document: head };
  return { ...phrase, document: head };
}

/** Words shaped like agent nouns (`-er`, `-or`) that are not. */
const NOT_AGENTS = new Set([
  'after', 'never', 'other', 'however', 'ever', 'over', 'under', 'rather', 'whether', 'either', 'neither', 'or', 'nor',
  'for', 'together', 'further', 'earlier', 'later', 'before', 'per', 'her', 'their', 'our', 'your', 'order', 'major',
  'minor', 'prior', 'power', 'water', 'number', 'matter', 'paper', 'letter', 'center', 'error', 'floor', 'door', 'poor',
]);

/** Endings of agent nouns and plurals of people (`-er`, `-ists`, `-men`); each ends in r, s, t or n. */
const AGENT_ENDING = /(?:ers?|ors?|ists?|ans|ents|ats|ics|ives|ees|man|woman|men|women|person)$/u;

/**
 * A common noun that can head a speaker phrase: a listed speaker noun, a role
 * (`commissioner`), or a plural of people (`lawmakers`, `Democrats`).
 */
function speakerNoun(t: Tok): boolean {
  if (SPEAKER_NOUNS.has(t.lower) || isTitleLower(t.lower)) return true;
  // Every agent ending ends in one of these letters: test the last before the pattern.
  const last = t.lower.charCodeAt(t.lower.length - 1);
  if (last !== 114 && last !== 115 && last !== 116 && last !== 110) return false;
  return AGENT_ENDING.test(t.lower) && !NOT_AGENTS.has(t.lower);
}

/** A capitalised run `[i, end)` with its title words split off and any role words before it. */
function withPremodifier(toks: readonly Tok[], i: number, end: number, lo: number, text: string): SpeakerPhrase | null {
  let from = i;
  // Title words inside the run (`Deputy Prime Minister John Prescott`).
  let lastTitle = -1;
  for (let k = i; k < end - 1; k++) if (isTitleLower(toks[k]!.lower)) lastTitle = k;
  let nameStart = lastTitle >= 0 ? lastTitle + 1 : i;
  // Lower-case role words just before the run (`South Korean newspaper Chosun Ilbo`, `chief executive John Smith`).
  let m = i;
  while (m - 1 >= lo && i - m < MAX_PREMODIFIER) {
    const prev = toks[m - 1]!;
    if (!isWord(prev) || NOUN_PHRASE_OPENERS.has(prev.lower)) break;
    if (!isTitleLower(prev.lower) && (NOT_NAME_WORDS.has(prev.lower) || (!isCapitalised(prev.text) && !speakerNoun(prev)))) break;
    m--;
  }
  if (m < i && !speakerNoun(toks[i - 1]!) && !isTitleLower(toks[i - 1]!.lower)) m = i;
  const titleStart = m < i ? m : i;
  if (m < i) from = m;
  if (nameStart >= end) nameStart = end - 1;
  const title = titleStart < nameStart ? joinTokens(toks, titleStart, nameStart, text) : null;
  let nameEnd = end;
  // `Charles B. Rangel of New York`: a person's name ends before the place it is of.
  for (let k = nameStart + 2; k < end; k++) {
    if (toks[k]!.lower === 'of' && k - nameStart <= 4 && isPersonName(spacedWords(toks, nameStart, k))) {
      nameEnd = k;
      break;
    }
  }
  const name = joinTokens(toks, nameStart, nameEnd, text);
  if (name === '') return null;
  const opener = from - 1 >= lo && toks[from - 1]!.lower === 'the' ? from - 1 : from;
  return { start: opener, end, name, title, pronoun: null, proper: true };
}

/**
 * The speaker after an inverted cue (`said Mr Brown, the chancellor`), starting at token `i`,
 * before `hi`; `apposition: false` where a clause follows the comma (`According to X, …`).
 */
export function speakerAfter(toks: readonly Tok[], i: number, hi: number, text: string, apposition = true): SpeakerPhrase | null {
  const phrase = phraseAfter(toks, i, hi, text, apposition);
  // `said Clinton’s top foreign policy aide Jake Sullivan`: a possessive name opens the description of the speaker named after it.
  if (!phrase?.proper || phrase.pronoun || phrase.end !== i + 1 || !POSSESSIVE.test(toks[i]!.text)) return phrase;
  let m = phrase.end;
  while (m < hi && m - phrase.end < MAX_PREMODIFIER && isWord(toks[m]) && !isCapitalised(toks[m]!.text) && !isCueLower(toks[m]!.lower)) m++;
  if (m === phrase.end || m >= hi || !nameWord(toks[m])) return phrase;
  const named = phraseAfter(toks, m, hi, text, apposition);
  if (!named?.proper || named.pronoun) return phrase;
  return { ...named, start: i, title: named.title ?? joinTokens(toks, i, m, text) };
}

const POSSESSIVE = /['’]s$/u;

function phraseAfter(toks: readonly Tok[], i: number, hi: number, text: string, apposition: boolean): SpeakerPhrase | null {
  const t = toks[i];
  if (!isWord(t) || i >= hi) return null;
  if (SPEAKER_PRONOUNS.has(t.lower)) return { start: i, end: i + 1, name: t.text, title: null, pronoun: t.lower, proper: false };
  let j = i;
  const limit = Math.min(hi, i + MAX_NAME + MAX_PREMODIFIER);
  let lastName = -1;
  while (j < limit) {
    const w = toks[j]!;
    if (!isWord(w)) break;
    if (nameWordAfter(w, toks[j - 1])) lastName = j;
    // Lower-case modifiers may stand before the head (`show insiders`); the trim below drops any after it.
    else if (isCueLower(w.lower) || w.lower === 'that' || w.lower === 'who' || w.lower === 'and') break;
    else if (lastName >= 0 && !NAME_JOINERS.has(w.lower) && !speakerNoun(w)) break;
    j++;
  }
  // Words after the last name that are not a speaker noun (`of`, `the`) belong to what follows.
  while (j - 1 > lastName && j > i && !speakerNoun(toks[j - 1]!)) j--;
  if (j === i) return null;
  const head = toks[j - 1]!;
  let phrase: SpeakerPhrase | null = null;
  if (lastName === j - 1) {
    let k = j - 1;
    while (k - 1 >= i && (nameWord(toks[k - 1]) || (NAME_JOINERS.has(toks[k - 1]!.lower) && k - 2 >= i && nameWord(toks[k - 2])))) k--;
    phrase = withPremodifier(toks, k, j, i, text);
  } else if (speakerNoun(head)) {
    phrase = commonPhrase(toks, i, j, text);
  }
  if (!phrase) return null;
  phrase.start = i;
  // An apposition after a comma (`said Ms Hewitt, the Trade Secretary.`).
  if (apposition && toks[j]?.text === ',' && isWord(toks[j + 1]) && !RELATIVE_WORDS.has(toks[j + 1]!.lower) && toks[j + 1]!.lower !== 'adding') {
    let k = j + 1;
    const end = Math.min(hi, k + MAX_APPOSITION);
    while (k < end && toks[k]!.kind !== 'punct') k++;
    if (k >= hi || toks[k]!.text === '.') {
      // An apposition outranks a bare honorific (`said Mr Brennan, a local ferry captain`).
      if (phrase.title === null || !phrase.title.includes(' ')) phrase.title = joinTokens(toks, j + 1, k, text);
      phrase.end = k;
    }
  }
  return phrase;
}

/** Words that end a loose subject phrase on its left: a clause or phrase boundary. */
const LOOSE_BOUNDARIES = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'because', 'if', 'as', 'after', 'before', 'while', 'and', 'but',
  'so', 'or', 'although', 'though', 'since', 'until', 'where', 'whether', 'than', 'said', 'says', 'say',
]);
/** Prepositions and adverbs that open a scene-setting phrase, not a subject (`In the interview …`). */
const PHRASE_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'for', 'with', 'by', 'from', 'to', 'under', 'over', 'into', 'about', 'since', 'later', 'earlier', 'then', 'now', 'still', 'yet', 'also', 'there', 'it']);
const MAX_LOOSE = 8;
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'over', 'under', 'just', 'some']);
const COUNT_WORDS = new Set(['half', 'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'third', 'quarter', 'all']);

/**
 * Any short noun phrase standing as the subject of a cue at `cue`, as written (`Six in 10`,
 * `Protest groups`, `Only 24 percent`, `his son`), for subjects the name and role readers do
 * not know. It starts at the sentence, a comma or a conjunction and holds no verb of saying.
 */
export function looseSubject(toks: readonly Tok[], cue: number, lo: number, text: string): SpeakerPhrase | null {
  let j = cue - 1;
  for (let skipped = 0; j >= lo && skipped < MAX_SKIP && adverb(toks[j]!); skipped++) j--;
  if (j < lo) return null;
  let i = j;
  while (i - 1 >= lo && j - i < MAX_LOOSE) {
    const prev = toks[i - 1]!;
    const part = prev.kind === 'word' || prev.kind === 'number' || prev.text === '%' || prev.text === '’s' || prev.text === "'s" || prev.text === '-';
    if (!part || LOOSE_BOUNDARIES.has(prev.lower) || isCueLower(prev.lower)) break;
    i--;
  }
  // Past the length limit, or the gap of a relative clause (`which everyone said was …`).
  if (i - 1 >= lo && toks[i - 1]!.kind === 'word' && (!LOOSE_BOUNDARIES.has(toks[i - 1]!.lower) || RELATIVE_WORDS.has(toks[i - 1]!.lower))) return null;
  // `about half of voters`, `nearly 4 in 10`: an approximate count opens the subject.
  if (APPROXIMATORS.has(toks[i]!.lower) && i < j && (toks[i + 1]!.kind === 'number' || COUNT_WORDS.has(toks[i + 1]!.lower))) i++;
  // An auxiliary ends the subject (`A trio of PACs have in fact reported`, `leaders are increasingly admitting`).
  const end = j + 1;
  for (let k = i + 1; k <= j; k++) {
    if (!AUXILIARIES.has(toks[k]!.lower)) continue;
    j = k - 1;
    break;
  }
  const first = toks[i]!;
  if ((first.kind !== 'word' && first.kind !== 'number') || PHRASE_OPENERS.has(first.lower) || SPEAKER_PRONOUNS.has(first.lower)) return null;
  const head = toks[j]!;
  if (head.kind !== 'word' && head.kind !== 'number' && head.text !== '%') return null;
  if (head.kind === 'word' && (isCueLower(head.lower) || RELATIVE_WORDS.has(head.lower) || NOT_NAME_WORDS.has(head.lower) && !['all', 'both', 'many', 'most', 'some', 'few', 'more', 'one', 'two', 'three', 'other'].includes(head.lower))) return null;
  for (let k = i; k <= j; k++) if (isCueLower(toks[k]!.lower)) return null;
  const from = toks[i]!.lower === 'the' && i < j ? i + 1 : i;
  const to = beforeTimePhrase(toks, from, j + 1);
  // What is left of `Trump at the time` is a name to resolve like any other.
  let proper = true;
  for (let k = from; k < to && proper; k++) proper = nameWordAfter(toks[k], toks[k - 1]);
  return { start: i, end, name: joinTokens(toks, from, to, text), title: null, pronoun: null, proper };
}

const TIME_NOUNS = new Set([
  'time', 'week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'day', 'summer', 'spring',
  'fall', 'winter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
const TIME_OPENERS = new Set(['last', 'this', 'next', 'that', 'on', 'earlier', 'later']);

/**
 * Where a phrase `[from, end)` ends without a time phrase closing it (`Trump at the time`, `Trump last week`,
 * `the mayor on Tuesday`, `polls at the time`): a time phrase says when, not who.
 */
export function beforeTimePhrase(toks: readonly Tok[], from: number, end: number): number {
  const last = toks[end - 1]!;
  if (end - from < 2 || !TIME_NOUNS.has(last.lower)) return end;
  let k = end - 2;
  if (toks[k]!.lower === 'the' && toks[k - 1]?.lower === 'at') k--;
  else if (!TIME_OPENERS.has(toks[k]!.lower)) return end;
  return k > from ? k : end;
}

/** Every quotation mark a token can be. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„']);

/** Whether a token is a quotation mark. */
export function isQuoteMark(t: Tok): boolean {
  return t.kind === 'punct' && QUOTE_MARKS.has(t.text);
}
