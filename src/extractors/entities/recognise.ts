import { splitSentences } from '../../analysis/sentences.js';
import { HASH_START, hashRange } from '../../learn/index.js';
import { entityTagger } from './entity-model.js';
import { Case, type DocumentFeatures, GAZ } from './features.js';
import { GAZ_BITS, gazetteer } from './gazetteer.js';
import { DEMONYM_WORDS } from './gazetteer-table.generated.js';
import type { TaggedSpan } from './tagger.js';

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

const TYPES = { PER: 'person', ORG: 'organization', LOC: 'place' } as const;

/**
 * Finds the names of people, organisations and places in `text`, reading only `ranges`
 * (default: the whole text). A statistical sequence model (an averaged perceptron over hashed
 * features of each word, its neighbours, the gazetteers and how the document writes the same
 * word elsewhere, decoded by Viterbi; see docs/entities.md) tags the words; a post-pass gives
 * every mention of one name the type most of its mentions got, a surname alone the type of the
 * full name, and an acronym its expansion's. Pure: the same input gives the same mentions, in
 * reading order.
 *
 * @param text The document text.
 * @param ranges The parts of the text to read, in reading order (optional; default: all of it).
 * @param sentences The sentences of `ranges`, in order, when the caller has split them already
 *   (optional; a sentence of a heading range carries its `heading` flag).
 * @throws BroadsheetError `INVALID_MODEL` when the shipped weights cannot be loaded.
 */
export function recogniseNames(
  text: string,
  ranges: readonly TextRange[] = [{ start: 0, end: text.length }],
  sentences: readonly TextRange[] = splitRanges(text, ranges),
): NameMention[] {
  const tagger = entityTagger();
  const spans = tagger.tag(text, sentences);
  const doc = tagger.doc;
  const found: Found[] = [];
  const other: TaggedSpan[] = [];
  for (const tagged of spans) {
    if (tagged.type === 'MISC') {
      other.push(tagged);
      continue;
    }
    for (const part of splitAtCoordination(text, doc, tagged)) {
      const span = withoutTitle(doc, withoutModifier(text, doc, trimmed(doc, part)));
      if (!span || !opensName(text, doc, span) || isCompoundModifier(text, doc, span) || isHolidayOrPeople(text, doc, span) || isTitleOnly(doc, span) || isCommonWordFirst(doc, span) || opensDemonym(text, doc, span) || hasCapitalisedFunctionWord(text, doc, span) || isUnitOfOrganisation(text, doc, span)) continue;
      found.push({ span, type: isDateline(text, doc, span) ? 'place' : TYPES[span.type as keyof typeof TYPES], key: keyOf(text, span.start, span.end), shouted: doc.shouted(span.from) });
    }
  }
  withFirstNames(text, doc, found);
  joinOfNames(text, doc, found);
  const known = knownNames(found);
  for (let i = found.length - 1; i >= 0; i--) {
    const parts = splitAtPossessive(text, doc, found[i]!, known);
    if (parts.length > 1) found.splice(i, 1, ...parts);
  }
  for (const f of found) extendToKnown(text, doc, f, known);
  const kept = found.filter((f) => !f.shouted || isKnown(f, known, doc));
  for (const name of namesFoundAgain(text, doc, kept, known)) kept.push(name);
  // Other names (MISC) are dropped, but a pair of known names inside one is kept (`Tavares-Quiroga talks`).
  for (const span of other) kept.push(...splitAtHyphen(text, doc, { span, type: 'other', key: keyOf(text, span.start, span.end), shouted: false }, known).filter((f) => f.type !== 'other'));
  const names = joinPossessives(text, doc, kept.flatMap((f) => splitAtHyphen(text, doc, f, known).map((g) => withoutLeadingPerson(text, doc, g, known))).sort((a, b) => a.span.start - b.span.start));
  settleTypes(names, text, doc);
  const fullNames = sharedSurnames(text, doc, names);
  sharedHeads(text, doc, names, fullNames);
  return names.map((f) => {
    const mention = mentionOf(text, doc, f.span, f.type);
    const full = fullNames.get(f);
    return full ? { ...mention, name: full } : mention;
  });
}

/**
 * A span of two names joined by `and the` or `and The` (`Harbour Trust and the Port Authority`,
 * `The Courier and The Herald`), which no name holds, as two spans.
 */
function splitAtCoordination(text: string, doc: DocumentFeatures, span: TaggedSpan): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let rest = span;
  for (let t = rest.from + 1; t < rest.to - 2; t++) {
    if (doc.kind[t] !== Case.Lower || !isWord(text, doc, t, 'and') || !(isWord(text, doc, t + 1, 'the') || isWord(text, doc, t + 1, 'The'))) continue;
    out.push({ ...rest, to: t, end: doc.end[t - 1]! });
    // A capitalised `The` is the second name's own (`The Herald`).
    const second = doc.kind[t + 1] === Case.Lower ? t + 2 : t + 1;
    rest = { ...rest, from: second, start: doc.start[second]! };
    t = second;
  }
  out.push(rest);
  return out;
}

function isWord(text: string, doc: DocumentFeatures, t: number, word: string): boolean {
  return doc.end[t]! - doc.start[t]! === word.length && text.startsWith(word, doc.start[t]!);
}

/**
 * The first words of a demonym the span stops short of (`North` of `North Korean` or of
 * `North Korean-Chilean`): an adjective, not a name.
 */
function opensDemonym(text: string, doc: DocumentFeatures, span: TaggedSpan): boolean {
  const next = span.to;
  if (next >= doc.tokens || doc.start[next]! - span.end !== 1) return false;
  if ((doc.phrase[span.from]! & GAZ.demonym) !== 0 && ((doc.phrase[next]! >>> GAZ_BITS) & GAZ.demonym) !== 0) return true;
  const hyphen = hyphenIn(text, doc.start[next]!, doc.end[next]!);
  return hyphen > doc.start[next]! && DEMONYM_NAMES.has(`${text.slice(span.start, span.end)} ${text.slice(doc.start[next]!, hyphen)}`);
}

/**
 * A unit of an organisation, named between a role and the organisation (`head of Ferry Services
 * at the Port Authority`, `Professor of Marine Studies at Halden University`): a department, not
 * an entity of its own.
 */
function isUnitOfOrganisation(text: string, doc: DocumentFeatures, span: TaggedSpan): boolean {
  const { from, to } = span;
  const opensWithRole = to - from > 2 && (doc.gaz[from]! & GAZ.title) !== 0 && isWord(text, doc, from + 1, 'of');
  const afterRole = from >= 2 && (doc.gaz[from - 2]! & GAZ.title) !== 0 && isWord(text, doc, from - 1, 'of');
  if (!opensWithRole && !afterRole) return false;
  return to + 1 < doc.tokens && isWord(text, doc, to, 'at') && (doc.kind[to + 1] !== Case.Lower || isWord(text, doc, to + 1, 'the'));
}

/**
 * A span with a capitalised function word (`Relax Into Stretch`, `Why It Matters`): a
 * title-case phrase, as names write such words in lower case (`Bank of the West`).
 */
function hasCapitalisedFunctionWord(text: string, doc: DocumentFeatures, span: TaggedSpan): boolean {
  // The first word counts too, unless it opens the sentence (`At Harbour Bank, …`) or is `A` (`A Coruña`).
  const from = span.to - span.from > 1 && sentenceOf(doc, span.from) !== span.from && !isWord(text, doc, span.from, 'A') ? span.from : span.from + 1;
  for (let t = from; t < span.to; t++) {
    if (doc.kind[t] === Case.Title && doc.end[t]! - doc.start[t]! <= 5 && FUNCTION_WORDS.has(text.slice(doc.start[t]!, doc.end[t]!))) return true;
  }
  return false;
}

/** English function words that a name writes in lower case (`of`, `the` and `and` are left out: `Bank Of America` is a common style). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'A An Into Onto With From For To By At In On Is Are Was Were Be Been It Its This That These Those Why How What When Where Who Can Will Would Should Your You My Our Their His Her Not Do Does Did Has Have Had'.split(' '),
);

/**
 * A dateline: a name in capitals opening a paragraph, followed by a comma, a bracket or a dash
 * (`HARBOUR CITY, Ore. —`, `OSLO (Reuters) -`), names the place the story was filed from.
 */
function isDateline(text: string, doc: DocumentFeatures, span: TaggedSpan): boolean {
  if (span.start > 0 && text.charCodeAt(span.start - 1) !== 10) return false;
  for (let t = span.from; t < span.to; t++) if (doc.kind[t] !== Case.Upper && doc.kind[t] !== Case.Other) return false;
  const next = span.to < doc.tokens && doc.start[span.to]! - span.end <= 1 ? text.charCodeAt(doc.start[span.to]!) : 0;
  return next === 44 || next === 40 || next === 45 || next === 0x2013 || next === 0x2014;
}

/**
 * A name the tagger cut at the possessive of a saint's name inside it (`St. Anne’s Parish Church`,
 * `Saint Olav’s Hospital`): the first part opens with `St` or `Saint`, an organisation's word ends
 * the second. Other possessives join two names (`Norway’s Labour Party`, `Halvorsen’s Harbour
 * Times`). Takes `names` in reading order.
 */
function joinPossessives(text: string, doc: DocumentFeatures, names: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < names.length; i++) {
    const first = names[i]!;
    const second = names[i + 1];
    const mark = first.span.to;
    if (
      second &&
      !first.shouted &&
      first.span.to - first.span.from >= 2 &&
      SAINT.test(text.slice(first.span.start, doc.end[first.span.from]!)) &&
      second.span.from === mark + 1 &&
      doc.start[mark] === first.span.end &&
      isPossessive(text, doc.start[mark]!, doc.end[mark]!) &&
      (doc.gaz[second.span.to - 1]! & GAZ.orgWord) !== 0
    ) {
      const span = { ...first.span, to: second.span.to, end: second.span.end, type: 'ORG' as const };
      out.push({ span, type: 'organization', key: keyOf(text, span.start, span.end), shouted: false });
      i++;
      continue;
    }
    out.push(first);
  }
  return out;
}

const SAINT = /^(?:St\.?|Saint)$/;

/**
 * A name the tagger began at a middle initial (`J. Trump` of `Donald J. Trump`, `W. Bush` of
 * `George H. W. Bush`) takes in the initials and the first name before it: a capitalised word
 * listed as a given name, or one no list holds that the document never writes in lower case.
 * A person's name the tagger ended at an initial (`George H.`) is that first part. Takes and
 * changes `found` in reading order.
 */
function withFirstNames(text: string, doc: DocumentFeatures, found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (!isInitial(text, doc, f.span.from)) continue;
    const sentenceStart = sentenceOf(doc, f.span.from);
    let first = f.span.from;
    while (first > sentenceStart && doc.start[first]! - doc.end[first - 1]! === 1 && isInitial(text, doc, first - 1)) first--;
    const given = first - 1;
    if (given < sentenceStart || doc.start[first]! - doc.end[given]! !== 1 || !isFirstName(doc, given)) continue;
    const previous = found[i - 1];
    if (previous && previous.span.to > given) {
      if (previous.type !== 'person' || previous.span.to !== f.span.from || previous.span.from !== given) continue;
      found.splice(--i, 1);
    }
    f.span = { ...f.span, from: given, start: doc.start[given]! };
    f.key = keyOf(text, f.span.start, f.span.end);
  }
}

/** An initial with its stop (`J.`). */
function isInitial(text: string, doc: DocumentFeatures, t: number): boolean {
  return doc.kind[t] === Case.Initial && doc.end[t]! - doc.start[t]! === 2 && text.charCodeAt(doc.end[t]! - 1) === 46;
}

/** A capitalised word that can be a first name: a listed given name, or a word no list holds that the document never writes in lower case. */
function isFirstName(doc: DocumentFeatures, t: number): boolean {
  if (doc.kind[t] !== Case.Title) return false;
  const lists = doc.gaz[t]!;
  return (lists & GAZ.givenName) !== 0 || (lists === 0 && !doc.lowerElsewhere(t));
}

/**
 * A name of common words cut at `of` (`Federal Republic of Yugoslavia`, `Department of Trade`,
 * `News of the World`): such words alone name nothing, so the words after `of` (a name the tagger
 * found, or a run of capitalised words) are the rest of it. A name of its own before `of` stays
 * apart from what follows (`Benetton of Italy`, `Dinamo of Russia`). Takes and changes `found`
 * in reading order.
 */
function joinOfNames(text: string, doc: DocumentFeatures, found: Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const { from, to } = f.span;
    if (f.shouted || f.type === 'person' || f.type === 'other') continue;
    let common = true;
    for (let t = from; t < to && common; t++) common = isCommonNameWord(doc, t);
    if (!common) continue;
    const sentenceEnd = doc.sentenceStart[sentenceIndex(doc, from) + 1]!;
    let u = to + 1;
    if (u >= sentenceEnd || !isWord(text, doc, to, 'of')) continue;
    if (isWord(text, doc, u, 'the')) u++;
    if (u >= sentenceEnd || doc.kind[u] !== Case.Title) continue;
    const next = found[i + 1];
    let end = u;
    if (next && next.span.from === u) {
      if (next.type === 'person') continue;
      end = next.span.to;
      found.splice(i + 1, 1);
    } else {
      while (end < sentenceEnd && doc.kind[end] === Case.Title && !(next && next.span.from === end)) end++;
    }
    f.span = { ...f.span, to: end, end: doc.end[end - 1]! };
    f.key = keyOf(text, f.span.start, f.span.end);
  }
}

/** A capitalised common word of the kind that opens names (`Federal`, `Department`, `News`), and names nothing alone. */
function isCommonNameWord(doc: DocumentFeatures, t: number): boolean {
  const gaz = doc.gaz[t]!;
  return doc.kind[t] === Case.Title && (gaz & COMMON_NAME_WORDS) !== 0 && (gaz & NAMING_LISTS) === 0;
}

/** Capitalised common words that open names. */
const COMMON_NAME_WORDS = GAZ.common | GAZ.orgWord | GAZ.placeWord;
/** Lists whose words name something by themselves, or are roles and days rather than names. */
const NAMING_LISTS = GAZ.givenName | GAZ.country | GAZ.city | GAZ.region | GAZ.title | GAZ.calendar | GAZ.honorific | GAZ.demonym;

/**
 * A span across a possessive that joins two names (`Halvorsen’s Harbour Times`, `NRK’s Morning
 * Desk`) as two: the owner is named on its own elsewhere in the document, is an acronym, or is
 * a listed place. A possessive inside one name stays (`Queen’s Park`, `Moody’s Investors
 * Service`, `St. Anne’s Church`): there the owner is a common word, a saint, or a brand never
 * written without its `’s`.
 */
function splitAtPossessive(text: string, doc: DocumentFeatures, f: Found, known: ReadonlyMap<string, NameType>): Found[] {
  if (SAINT.test(text.slice(f.span.start, doc.end[f.span.from]!))) return [f];
  const out: Found[] = [];
  let rest = f;
  for (let t = f.span.from + 1; t < f.span.to - 1; t++) {
    const from = rest.span.from;
    if (doc.start[t] !== doc.end[t - 1] || !isPossessive(text, doc.start[t]!, doc.end[t]!) || !isCapital(doc.kind[t + 1]!)) continue;
    const ownerKey = keyOf(text, rest.span.start, doc.end[t - 1]!);
    const single = t - from === 1;
    const lists = single ? doc.gaz[from]! : doc.phrase[from]! & ((1 << GAZ_BITS) - 1);
    const place = (lists & PLACES) !== 0 && (lists & (GAZ.common | GAZ.title | GAZ.givenName)) === 0;
    const acronym = single && doc.kind[from] === Case.Upper;
    const owner = known.get(ownerKey) ?? (place ? 'place' : acronym ? f.type : undefined);
    if (!owner || owner === 'other') continue;
    out.push({ span: { ...rest.span, to: t, end: doc.end[t - 1]! }, type: owner, key: ownerKey, shouted: f.shouted });
    const start = doc.start[t + 1]!;
    rest = { span: { ...rest.span, from: t + 1, start }, type: f.type, key: keyOf(text, start, f.span.end), shouted: f.shouted };
  }
  if (out.length === 0) return [f];
  out.push(rest);
  return out;
}

/**
 * A listed institution after a person's name the document gives (`the Tavares White House`):
 * the person's name modifies it, so the name is the institution alone.
 */
function withoutLeadingPerson(text: string, doc: DocumentFeatures, f: Found, known: ReadonlyMap<string, NameType>): Found {
  const { from, to } = f.span;
  if (f.type === 'person' || to - from < 3 || known.get(keyOf(text, doc.start[from]!, doc.end[from]!)) !== 'person') return f;
  if (!(doc.phrase[from + 1]! & GAZ.institution)) return f;
  const start = doc.start[from + 1]!;
  return { ...f, span: { ...f.span, from: from + 1, start }, type: 'organization', key: keyOf(text, start, f.span.end) };
}

/**
 * Names that share their last word (`the Daily and Sunday Herald`, `North and South Korea`):
 * a single common word right before `and` and a two-word name of the same kind stands for itself
 * and that last word. Returns the full names, by the mention of the first word.
 */
function sharedHeads(text: string, doc: DocumentFeatures, names: Found[], out: Map<Found, string>): void {
  for (let i = 0; i + 1 < names.length; i++) {
    const first = names[i]!;
    const full = names[i + 1]!;
    let { from } = first.span;
    const { to } = first.span;
    if (to - from === 2 && isWord(text, doc, from, 'The')) from++;
    // `The Independent and The Times` are two names: a name with its own article shares no head.
    if (to - from !== 1 || first.type === 'person' || full.type === 'person' || full.span.to - full.span.from !== 2 || full.span.from !== to + 1 || !isWord(text, doc, to, 'and') || isWord(text, doc, full.span.from, 'The')) continue;
    if (!isModifier(doc, from) || !isModifier(doc, full.span.from) || out.has(first)) continue;
    first.type = full.type;
    out.set(first, `${text.slice(doc.start[from]!, doc.end[from]!)} ${text.slice(doc.start[full.span.to - 1]!, full.span.end)}`);
  }
}

/** A capitalised common word or a word of direction, as names share a head after them (`Sunday`, `North`). */
function isModifier(doc: DocumentFeatures, t: number): boolean {
  return doc.kind[t] === Case.Title && (doc.gaz[t]! & (GAZ.common | GAZ.calendar)) !== 0;
}

/**
 * People named together with one surname (`Ana and Jonas Tavares`): a first name alone right
 * before `and` and a person's full name stands for that first name and the shared surname.
 * Returns the full names, by the mention of the first name.
 */
function sharedSurnames(text: string, doc: DocumentFeatures, names: Found[]): Map<Found, string> {
  const out = new Map<Found, string>();
  for (let i = 0; i + 1 < names.length; i++) {
    const first = names[i]!;
    const full = names[i + 1]!;
    const { from, to } = first.span;
    if (to - from !== 1 || full.type !== 'person' || full.span.to - full.span.from < 2 || full.span.from !== to + 1) continue;
    if (!isWord(text, doc, to, 'and') || !(doc.gaz[from]! & GAZ.givenName) || !(doc.gaz[full.span.from]! & GAZ.givenName)) continue;
    first.type = 'person';
    out.set(first, `${text.slice(first.span.start, first.span.end)} ${text.slice(doc.start[full.span.to - 1]!, full.span.end)}`);
  }
  return out;
}

/** The names the prose gives, by key, with the words of people's full names (`tavares` of `Jonas Tavares`). */
function knownNames(found: readonly Found[]): Map<string, NameType> {
  const known = new Map<string, NameType>();
  for (const f of found) if (!f.shouted && !known.has(f.key)) known.set(f.key, f.type);
  for (const f of found) {
    if (f.shouted || f.type !== 'person' || f.span.to - f.span.from < 2) continue;
    for (const word of f.key.split(' ')) if (!known.has(word)) known.set(word, 'person');
  }
  return known;
}

/**
 * A name cut short of a longer one the document gives (`Norvik` of `Norvik Shipping`, which
 * follows it) becomes that name.
 */
function extendToKnown(text: string, doc: DocumentFeatures, f: Found, known: ReadonlyMap<string, NameType>): void {
  const { from, to } = f.span;
  const sentenceEnd = doc.sentenceStart[sentenceIndex(doc, from) + 1]!;
  for (let n = Math.min(2, sentenceEnd - to); n > 0; n--) {
    if (!isCapital(doc.kind[to + n - 1]!)) continue;
    const key = keyOf(text, f.span.start, doc.end[to + n - 1]!);
    const type = known.get(key);
    if (!type || key.split(' ').length < 2) continue;
    f.span = { ...f.span, to: to + n, end: doc.end[to + n - 1]! };
    f.key = key;
    f.type = type;
    return;
  }
}

/**
 * Names the document gives, found again where the tagger left them out: in lines whose capitals say
 * nothing (`TAVARES HOLDS FIRM`, `Tavares and Quiroga Meet`), and in prose, where a name of one word
 * only counts if the document never writes it in lower case. The longest at each word.
 */
function namesFoundAgain(text: string, doc: DocumentFeatures, kept: readonly Found[], known: ReadonlyMap<string, NameType>): Found[] {
  if (known.size === 0) return [];
  const covered = new Uint8Array(doc.tokens);
  for (const f of kept) covered.fill(1, f.span.from, f.span.to);
  const out: Found[] = [];
  for (let s = 0; s < doc.sentences; s++) {
    const from = doc.sentenceStart[s]!;
    const to = doc.sentenceStart[s + 1]!;
    const shouted = doc.shouted(from);
    for (let t = from; t < to; t++) {
      if (covered[t] || !isCapital(doc.kind[t]!)) continue;
      for (let n = Math.min(MAX_KNOWN_WORDS, to - t); n > 0; n--) {
        if (covered[t + n - 1] || !isCapital(doc.kind[t + n - 1]!)) continue;
        // In prose, a word alone only where the document never writes it in lower case (`Brightwater won.`, not `Will`).
        if (!shouted && n === 1 && !doc.vouched(t)) continue;
        const key = keyOf(text, doc.start[t]!, doc.end[t + n - 1]!);
        const type = known.get(key);
        if (!type) continue;
        out.push({ span: { start: doc.start[t]!, end: doc.end[t + n - 1]!, from: t, to: t + n, type: 'PER' }, type, key, shouted });
        covered.fill(1, t, t + n);
        break;
      }
    }
  }
  return out;
}

const MAX_KNOWN_WORDS = 4;

function isCapital(kind: Case): boolean {
  return kind === Case.Title || kind === Case.Upper || kind === Case.Mixed;
}

/**
 * Two names joined by a hyphen (`Tavares-Quiroga Summit`, `Ana Tavares-Quiroga talks`), each
 * known from the prose, as two mentions (the words after the second left out); a hyphenated
 * name (`Jean-Philippe Cotis`) stays whole.
 */
function splitAtHyphen(text: string, doc: DocumentFeatures, f: Found, known: ReadonlyMap<string, NameType>): Found[] {
  const { from, to } = f.span;
  // The word after the span too, when the tagger stopped at its hyphen (`Ana Tavares-Quiroga`).
  const last = to < doc.tokens && doc.start[to]! - f.span.end === 1 && sentenceIndex(doc, to) === sentenceIndex(doc, from) ? to : to - 1;
  for (let t = from; t <= last; t++) {
    const start = doc.start[t]!;
    const end = doc.end[t]!;
    if (f.span.start > start || (t < to && f.span.end < end)) continue;
    const hyphen = hyphenIn(text, start, end);
    if (hyphen <= start || hyphen >= end - 1) continue;
    const left = known.get(keyOf(text, f.span.start, hyphen));
    const right = known.get(keyOf(text, hyphen + 1, end));
    if (!left || !right || known.has(keyOf(text, start, end))) continue;
    const split = (a: number, b: number, first: number, type: NameType): Found => ({ span: { ...f.span, start: a, end: b, from: first, to: t + 1 }, type, key: keyOf(text, a, b), shouted: f.shouted });
    return [split(f.span.start, hyphen, from, left), split(hyphen + 1, end, t, right)];
  }
  return [f];
}

/** The first hyphen in `text[start, end)`, or -1: a scan bounded by the word, not `indexOf` over the rest of the text. */
function hyphenIn(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 45) return i;
  return -1;
}

interface Found {
  span: TaggedSpan;
  type: NameType;
  key: string;
  /** In a line whose capitals say nothing (all caps, a title-case heading). */
  shouted: boolean;
}

/** A span without the marks at its ends (`The Wire *` → `The Wire`) and the lower-case words at its end, or null when nothing is left. */
function trimmed(doc: DocumentFeatures, span: TaggedSpan): TaggedSpan | null {
  let { from, to } = span;
  while (from < to && doc.kind[from] === Case.Other) from++;
  // A name ends in a capitalised word, a figure or a stop; a common noun after it is no part of it (`a WeWork spokesperson`).
  while (to > from && ((doc.kind[to - 1] === Case.Other && doc.end[to - 1]! - doc.start[to - 1]! === 1 && doc.text.charCodeAt(doc.start[to - 1]!) !== 46) || doc.kind[to - 1] === Case.Lower)) to--;
  if (from === to) return null;
  return from === span.from && to === span.to ? span : { ...span, from, to, start: doc.start[from]!, end: doc.end[to - 1]! };
}

/** A word capitalised only by opening its sentence, which the document writes in lower case elsewhere (`Harbour master Ellen Ward`). */
function isCommonWordFirst(doc: DocumentFeatures, span: TaggedSpan): boolean {
  return span.to - span.from === 1 && doc.lowerElsewhere(span.from);
}

/** A span of role words alone (`Congressman`). */
function isTitleOnly(doc: DocumentFeatures, span: TaggedSpan): boolean {
  for (let t = span.from; t < span.to; t++) if (!(doc.gaz[t]! & GAZ.title)) return false;
  return true;
}

/**
 * A name without the role words the tagger took into it (`Mr Fitzpatrick` → `Fitzpatrick`); a
 * name after an honorific is a person's, whatever the tagger guessed (`Ms Deans`).
 */
function withoutTitle(doc: DocumentFeatures, span: TaggedSpan | null): TaggedSpan | null {
  if (!span) return null;
  // A first name between an honorific and the name the tagger found is the name's (`Dr. Jane R. Ames`).
  const before = span.from - 1;
  if (span.type === 'PER' && before > 0 && doc.kind[before] === Case.Title && (doc.gaz[before]! & GAZ.givenName) !== 0 && (doc.gaz[before - 1]! & GAZ.honorific) !== 0 && sentenceOf(doc, span.from) < before) {
    return { ...span, from: before, start: doc.start[before]! };
  }
  const honorific = (doc.gaz[span.from]! & GAZ.honorific) !== 0 || (span.from > 0 && (doc.gaz[span.from - 1]! & GAZ.honorific) !== 0);
  if (span.type !== 'PER' && !honorific) return span;
  let from = span.from;
  while (from < span.to - 1 && (doc.gaz[from]! & GAZ.title) !== 0 && !(doc.gaz[from]! & GAZ.givenName)) from++;
  return from === span.from && span.type === 'PER' ? span : { ...span, from, start: doc.start[from]!, type: 'PER' };
}

/** A span without the compound modifier that opens it (`Ontario-based Magna` → `Magna`). */
function withoutModifier(text: string, doc: DocumentFeatures, span: TaggedSpan | null): TaggedSpan | null {
  if (!span || span.to - span.from < 2 || !isModifierToken(text, doc, span.from)) return span;
  return { ...span, from: span.from + 1, start: doc.start[span.from + 1]! };
}

/** Whether token `t` is a compound modifier written as one word (`Paris-based`). */
function isModifierToken(text: string, doc: DocumentFeatures, t: number): boolean {
  const hyphen = lastHyphenIn(text, doc.start[t]!, doc.end[t]!);
  return hyphen > doc.start[t]! && isModifierWord(text, hyphen + 1, doc.end[t]!);
}

/**
 * The first part of a compound modifier (`Paris-based`, `Oscar-nominated`, `U.S.-led`): a name
 * joined by a hyphen to a lower-case word makes an adjective, which names no entity (CoNLL marks
 * such words as other names).
 */
function isCompoundModifier(text: string, doc: DocumentFeatures, span: TaggedSpan): boolean {
  if (isModifierToken(text, doc, span.to - 1)) return true;
  const next = span.to;
  return next + 1 < doc.tokens && doc.start[next] === span.end && text.charCodeAt(span.end) === 45 && doc.start[next + 1] === doc.end[next] && doc.kind[next + 1] === Case.Lower;
}

function lastHyphenIn(text: string, start: number, end: number): number {
  for (let i = end - 1; i > start; i--) if (text.charCodeAt(i) === 45) return i;
  return -1;
}

/**
 * Whether `text[from, to)` is a common English word in lower case that ends a compound modifier:
 * a participle (`based`, `led`) or a word of five letters or more (`style`); a syllable of a
 * hyphenated given name (`Kim In-so`, `Ban Ki-moon`) is neither.
 */
function isModifierWord(text: string, from: number, to: number): boolean {
  if (to - from < 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  const participle = text.endsWith('ed', to) || text.endsWith('ing', to) || text.endsWith('en', to);
  return (participle || to - from >= 5) && (gazetteer().get(hashRange(text, from, to, true, HASH_START)) & GAZ.common) !== 0;
}

/** Feasts (`Christmas Eve`) and peoples (`Muslims`, `North Korean-Russian`): names, but of none of the three types. */
function isHolidayOrPeople(text: string, doc: DocumentFeatures, span: TaggedSpan): boolean {
  for (let t = span.from; t < span.to; t++) if (doc.gaz[t]! & GAZ.holiday) return true;
  for (let t = span.from; t < span.to; t++) {
    if (doc.gaz[t]! & GAZ.demonym) continue;
    const word = text.slice(doc.start[t]!, doc.end[t]!);
    if (!word.includes('-') && !word.endsWith('s')) return false;
    for (const part of word.split('-')) {
      const bare = part.endsWith('s') && !DEMONYM_NAMES.has(part) ? part.slice(0, -1) : part;
      if (!DEMONYM_NAMES.has(bare)) return false;
    }
  }
  return true;
}

const DEMONYM_NAMES: ReadonlySet<string> = new Set([...DEMONYM_WORDS.split('|'), 'Muslim', 'Christian', 'Jew', 'Hindu', 'Sikh', 'Buddhist']);

/** Places, as listed. */
const PLACES = GAZ.country | GAZ.city | GAZ.region;

/** Names in places, countries, regions and institutions, as listed. */
const LISTED = GAZ.country | GAZ.city | GAZ.region | GAZ.institution;

/**
 * Whether a name in a shouted line is one the document or the lists vouch for: named in the
 * prose too, every word written capitalised (never in lower case) elsewhere, or a listed place
 * or institution. Capitals in a headline or a line of page furniture vouch for nothing.
 */
function isKnown(f: Found, known: ReadonlyMap<string, NameType>, doc: DocumentFeatures): boolean {
  if (known.has(f.key)) return true;
  const { from, to } = f.span;
  const lists = to - from === 1 ? ((doc.gaz[from]! & GAZ.common) === 0 ? doc.gaz[from]! : 0) : doc.phrase[from]!;
  if (lists & LISTED) return true;
  // A word alone is vouched for by the prose naming it, not by its capitals in a longer name (`Harbour` of `Brightwater Harbour Board`).
  if (to - from === 1) return false;
  for (let t = from; t < to; t++) if (!doc.vouched(t)) return false;
  return true;
}

/** A name opens with a capital or a digit (`3M`), and not right after `@` or `#` (a handle or a hashtag). */
function opensName(text: string, doc: DocumentFeatures, span: TaggedSpan): boolean {
  const kind = doc.kind[span.from]!;
  if (kind !== Case.Title && kind !== Case.Upper && kind !== Case.Initial && kind !== Case.Mixed && kind !== Case.Number) return false;
  if (kind === Case.Number && span.to - span.from === 1) return false;
  const before = text.charCodeAt(span.start - 1);
  return before !== 64 && before !== 35;
}

/**
 * One name, one type: the type most of its mentions got (the first on a tie); a single word
 * that is part of a person's full name elsewhere is that person, one that opens an
 * organisation's name that organisation; an acronym right after its
 * expansion in brackets, and wherever else it appears, takes the expansion's type.
 */
function settleTypes(found: Found[], text: string, doc: DocumentFeatures): void {
  const votes = new Map<string, number[]>();
  const order: NameType[] = ['person', 'organization', 'place', 'other'];
  for (const f of found) {
    // Listed institutions are organisations (`the Kremlin`, `White House`), whatever the words around them suggest.
    const { from, to } = f.span;
    if ((to - from === 1 ? doc.gaz[from]! : doc.phrase[from]!) & GAZ.institution) f.type = 'organization';
    // In a line whose capitals say nothing, a word listed as a place and as nothing else is that place (`ROTTERDAM`).
    else if (f.shouted && to - from === 1 && (doc.gaz[from]! & PLACES) !== 0 && (doc.gaz[from]! & ~PLACES) === 0) f.type = 'place';
  }
  for (const f of found) {
    if (f.shouted) continue;
    // The fifth slot holds the first mention's type, which wins a tie.
    const tally = votes.get(f.key) ?? [0, 0, 0, 0, order.indexOf(f.type)];
    tally[order.indexOf(f.type)]!++;
    votes.set(f.key, tally);
  }
  const surnames = new Set<string>();
  const orgFirstWords = new Set<string>();
  const acronyms = new Map<string, NameType>();
  for (const f of found) {
    if (f.span.to - f.span.from < 2) continue;
    const words = f.key.split(' ');
    if (f.type === 'person') for (const w of words) surnames.add(w);
    else if (f.type === 'organization' && words[0] !== 'the') orgFirstWords.add(words[0]!);
    const m = /^\s?\(\s?(\p{Lu}[\p{Lu}\p{N}&.]{1,9})\s?\)/u.exec(text.slice(f.span.end, f.span.end + 16));
    if (m && initialsOf(text.slice(f.span.start, f.span.end)) === m[1]!.replace(/[.&]/g, '')) acronyms.set(m[1]!.toLowerCase(), f.type);
  }
  for (const f of found) {
    const acronym = acronyms.get(f.key);
    if (acronym) {
      f.type = acronym;
      continue;
    }
    if (f.span.to - f.span.from === 1 && surnames.has(f.key) && f.type !== 'person' && !(doc.gaz[f.span.from]! & LISTED)) {
      f.type = 'person';
      continue;
    }
    // The first word of an organisation's name is its short form (`Norvik` of `Norvik Shipping`).
    if (f.span.to - f.span.from === 1 && orgFirstWords.has(f.key) && !surnames.has(f.key) && !(doc.gaz[f.span.from]! & LISTED)) {
      f.type = 'organization';
      continue;
    }
    const tally = votes.get(f.key);
    if (!tally) continue;
    let best = tally[4]!;
    for (let i = 0; i < order.length; i++) if (tally[i]! > tally[best]!) best = i;
    f.type = order[best]!;
    // A listed place that is no given name, common word or company, and no part of a person's full
    // name here, is that place, whatever its mentions' neighbours suggested (`Delhi’s air`); a listed
    // company so named, or a word written as brands write theirs (`WeWork`), is an organisation.
    if (f.type === 'person' && f.span.to - f.span.from === 1 && !surnames.has(f.key)) {
      const lists = doc.gaz[f.span.from]!;
      if (isOnlyPlace(lists)) f.type = 'place';
      else if (((lists & GAZ.company) !== 0 && (lists & GAZ.givenName) === 0) || isCamelCase(text, f.span.start, f.span.end)) f.type = 'organization';
    }
  }
}

/**
 * A word with a capital inside it after a lower-case letter (`WeWork`, `SoFi`, `eBay`): how brands
 * write their names; people's names do so only after a particle (`McGrath`, `DeShields`, `MacLeod`).
 */
function isCamelCase(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return CAMEL.test(word) && !PARTICLE.test(word);
}

const CAMEL = /^\p{L}\p{Ll}*\p{Ll}\p{Lu}\p{L}*$/u;
const PARTICLE = /^(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|Fitz|O)\p{Lu}/u;

/** Whether list bits name a place and nothing else a word alone could be. */
function isOnlyPlace(lists: number): boolean {
  return (lists & PLACES) !== 0 && (lists & (GAZ.givenName | GAZ.common | GAZ.company | GAZ.title | GAZ.honorific)) === 0;
}

function initialsOf(name: string): string {
  let out = '';
  for (const word of name.split(/\s+/)) if (/^\p{Lu}/u.test(word)) out += word[0];
  return out;
}

/** The mention of a span: a possessive after it kept in the text, the role words before it as its title. */
function mentionOf(text: string, doc: DocumentFeatures, span: TaggedSpan, type: NameType): NameMention {
  let end = span.end;
  const after = span.to;
  if (after < doc.tokens && doc.start[after] === end && isPossessive(text, doc.start[after]!, doc.end[after]!)) end = doc.end[after]!;
  let first = span.from;
  const sentenceStart = sentenceOf(doc, span.from);
  while (first > sentenceStart && isTitleWord(doc, first - 1)) first--;
  // Role words end in a title (`Foreign Minister`); a nationality alone (`Chilean Ana Quiroga`) is none.
  if (first < span.from && !(doc.gaz[span.from - 1]! & GAZ.title)) first = span.from;
  const title = first < span.from ? text.slice(doc.start[first]!, doc.end[span.from - 1]!) : null;
  const raw = text.slice(span.start, end);
  return { text: raw, start: span.start, end, name: nameOf(text.slice(span.start, span.end)), type, title };
}

/** A capitalised role word (`President`, `Dr.`), or a nationality or a capitalised word before one (`Chilean Foreign Minister`). */
function isTitleWord(doc: DocumentFeatures, t: number): boolean {
  const kind = doc.kind[t]!;
  if (kind !== Case.Title && kind !== Case.Upper && kind !== Case.Initial) return false;
  return (doc.gaz[t]! & (GAZ.title | GAZ.demonym)) !== 0 || (t + 1 < doc.tokens && (doc.gaz[t + 1]! & GAZ.title) !== 0 && (doc.gaz[t]! & GAZ.common) !== 0);
}

function sentenceOf(doc: DocumentFeatures, t: number): number {
  return doc.sentenceStart[sentenceIndex(doc, t)]!;
}

function sentenceIndex(doc: DocumentFeatures, t: number): number {
  let lo = 0;
  let hi = doc.sentences - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentenceStart[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isPossessive(text: string, start: number, end: number): boolean {
  return end - start === 2 && (text.charCodeAt(start) === 39 || text.charCodeAt(start) === 0x2019);
}

/** A name's key for the document's votes: lower case, straight apostrophes, single spaces. */
function keyOf(text: string, start: number, end: number): string {
  const lower = text.slice(start, end).toLowerCase();
  // Most names need neither replacement: one look at their characters saves two regular expressions.
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2019 || (c <= 32 && (c !== 32 || text.charCodeAt(i + 1) <= 32)) || (c >= 0xa0 && isUnicodeSpace(c))) return lower.replace(/’/g, "'").replace(/\s+/g, ' ');
  }
  return lower;
}

/** The white space outside ASCII that `\s` matches. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A mention's name: its spacing single. */
function nameOf(raw: string): string {
  return SINGLE_SPACED.test(raw) ? raw : raw.replace(/\s+/g, ' ');
}

const SINGLE_SPACED = /^[^\s]*(?: [^\s]+)*$/;

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
