import type * as chrono from 'chrono-node/en';
import { isSpace } from '../../analysis/chars.js';
import { type FoundDate, findDates } from '../../analysis/dates.js';
import { corePart } from '../../parts/index.js';
import { splitRanges, type TextRange } from './recognise.js';

/** A date, sum of money or percentage found in text. */
export interface QuantityMention {
  text: string;
  start: number;
  end: number;
  type: 'date' | 'money' | 'percent';
  /** For dates: ISO 8601 (`2023-09-10`, `2023-09`, `2019`) where the expression resolves, else null. */
  value: string | null;
}

// Bounded repeats only, so each match reads at most a few dozen characters from any position.
const AMOUNT = String.raw`\d{1,3}(?:[,.]\d{1,3}){0,6}`;
const SCALE = String.raw`(?:\s?(?:million|billion|trillion|bn|m|k)\b)?`;
const MONEY = new RegExp(
  String.raw`(?:(?:US|A|C|HK|NZ)?[$€£¥₹₽]|\b(?:USD|EUR|GBP|JPY|CHF|CNY)\s?)${AMOUNT}${SCALE}` +
    String.raw`|\b${AMOUNT}(?:\s(?:million|billion|trillion))?\s(?:dollars|euros|pounds|yen|yuan|rupees|roubles|rubles|francs)\b`,
  'g',
);
const PERCENT = new RegExp(String.raw`\b\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per\s?cent\b|percent\b)`, 'g');
// A year on its own (`in 2019`): chrono reads only years with more around them.
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b(?![-/.:]\d|%)/g;
// No real sentence is longer; chrono is not asked to read one that is.
const MAX_DATE_SPAN = 4000;
// chrono reads times (`5pm`, `at 10:30`) and vague words (`now`, `noon`) as dates; a date here names a day, month or year.
const TIME_ONLY = /^\d{1,2}(?:[:.]\d\d){0,2}\s?(?:[ap]\.?m\.?)?$/i;
// Day and month names are capitalised in English (`May`, not the verb `may`); the rest in any case.
// A year alone is YEAR's: chrono reads a year only with a month, a day or in numeric dates
// (`2023-09-10`, `10/09/2023`), so a sentence whose only figure is a year is not given to it.
// Nor is one whose only date words are ones DATE_WORD would drop (`tonight`, `last week`).
const MAY_HOLD_DATE =
  /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)(?:day|DAY)?\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[a-zA-Z]*\b|\b(?:1[89]|20)\d\d[-/.]\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|\b(?:[Aa]go|[Tt]oday|[Yy]esterday|[Tt]omorrow)\b/;
/**
 * chrono without its time-of-day parsers. A date here names a day, a month or a year, so times
 * (`5pm`, `at 10:30`, `midnight`) are dropped anyway, and reading them is about half of chrono's
 * work in news text (`6 - 3` in a results line reads as a time).
 */
function dateOnly(en: typeof chrono): chrono.Chrono {
  const lean = en.casual.clone();
  const named = lean.parsers.some((parser) => TIME_PARSERS.has(parser.constructor.name));
  lean.parsers = lean.parsers.filter((parser) => !(named ? TIME_PARSERS.has(parser.constructor.name) : findsTimesOnly(en, parser)));
  lean.refiners = lean.refiners.filter((refiner) => !TIME_REFINERS.has(refiner.constructor.name));
  return lean;
}

// The parsers that find times and no dates, by class name: telling them apart by what they find
// costs more than all the rest of a first parse (each pattern compiled and run). A test holds
// the names to that behaviour; where a minifier renamed the classes, the behaviour decides.
export const TIME_PARSERS: ReadonlySet<string> = new Set(['ENTimeExpressionParser', 'ENCasualTimeParser']);

/** Whether a parser, alone, finds something in a time and nothing in a date. */
export function findsTimesOnly(en: typeof chrono, parser: chrono.Parser): boolean {
  const alone = new en.Chrono({ parsers: [parser], refiners: [] });
  const reference = new Date(0);
  const finds = (text: string): boolean => alone.parse(text, reference).length > 0;
  return (finds('at 5:30pm') || finds('at midnight')) && !finds('on Monday, March 4, 2024');
}

// Refiners that act only on times (a date merged with its time, a time zone read after a time)
// or on an option never set here (forwardDate): without the time parsers they only cost, about
// a third of what chrono does per call. Matched by class name, as the parsers are.
const TIME_REFINERS = new Set(['ExtractTimezoneOffsetRefiner', 'ExtractTimezoneAbbrRefiner', 'ENMergeDateTimeRefiner', 'ForwardDateRefiner']);

let dateParser: chrono.Chrono | undefined;

/** Dates in a piece of text, by the date-only chrono, built on first use. */
function datesOf(text: string, reference: Date | undefined): FoundDate[] {
  dateParser ??= dateOnly(corePart('chrono'));
  return findDates(text, reference, dateParser);
}

// How far a date expression reaches before and after its date word, in characters (`two weeks
// ago`, `the 10th of September`, `Sunday, September 10, 2023, at midnight`).
const REACH_BEFORE = 16;
const REACH_AFTER = 24;
const DATE_CUE = new RegExp(MAY_HOLD_DATE.source, 'g');

/**
 * The stretches of a sentence chrono is to read: the text around each date word, widened to
 * whole words, overlapping ones merged. chrono tries dozens of patterns at every word, so its cost
 * follows the length it reads, and most of a sentence holds no date. One sweep: each character is
 * looked at a bounded number of times.
 */
function dateStretches(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  let to = 0;
  for (const m of sentence.matchAll(DATE_CUE)) {
    let start = Math.max(to, m.index - REACH_BEFORE);
    while (start > to && !isSpace(sentence.charCodeAt(start - 1))) start--;
    const last = out[out.length - 1];
    const stretch = last && start <= to ? last : ([start, start] as [number, number]);
    if (stretch !== last) out.push(stretch);
    to = Math.min(sentence.length, Math.max(to, m.index + m[0].length + REACH_AFTER));
    while (to < sentence.length && !isSpace(sentence.charCodeAt(to))) to++;
    stretch[1] = to;
  }
  return out;
}

const LEADING_WORD = /^(?:on|in|at|by|since|from|until|during|of)\s+/i;
const DATE_WORD = /\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|yesterday|today|tomorrow/i;

/**
 * Finds dates (with chrono, relative ones resolved against `reference`), sums of money and
 * percentages in the given ranges of `text`.
 *
 * @param text The document text.
 * @param ranges The parts to read (default: all of it).
 * @param reference The date relative expressions (`Tuesday`) resolve against; without it they get no value (optional).
 * @param sentences The sentences of `ranges`, when the caller has split them already (optional).
 */
export function findQuantities(
  text: string,
  ranges: readonly TextRange[] = [{ start: 0, end: text.length }],
  reference?: Date,
  sentences: readonly TextRange[] = splitRanges(text, ranges),
): QuantityMention[] {
  const out: QuantityMention[] = [];
  // Without a reference date, relative dates are read against the first full date the text
  // states (see resolveAgainstText). Once that date is found, the sentences after it are read
  // against it straight away, rather than each relative date being read a second time; this
  // holds while the sentences come in text order.
  let anchor: Date | undefined;
  let previousEnd = 0;
  // Quantities never cross a sentence break (one needs white space after a full stop), so each
  // sentence is read on its own, and most are passed over after a cheap look.
  for (const s of sentences) {
    const inOrder = s.start >= previousEnd;
    previousEnd = inOrder ? s.end : Infinity;
    const from = Math.max(0, Math.min(s.start, text.length));
    const piece = text.slice(from, Math.max(from, Math.min(s.end, text.length)));
    // Money, percentages and years all have a digit.
    const digits = DIGIT.test(piece);
    // chrono tries dozens of patterns at every word, and its cost is mostly per call and per
    // result, not per character: it reads only sentences that may hold a date, and no real
    // sentence is longer than MAX_DATE_SPAN.
    const dates = piece.length <= MAX_DATE_SPAN && MAY_HOLD_DATE.test(piece);
    if (!digits && !dates) continue;
    // Characters already inside a found quantity; a later match must not overlap one.
    // Made on the first find: most sentences read here hold a figure but no quantity.
    let taken: Uint8Array | undefined;
    const take = (start: number, end: number): void => void (taken ??= new Uint8Array(piece.length)).fill(1, start, end);
    const free = (start: number, end: number): boolean => {
      for (let i = start; taken && i < end; i++) if (taken[i]) return false;
      return true;
    };
    for (const [at, until] of dates ? dateStretches(piece) : []) {
      // A full date found earlier in the sentence already serves the relative dates after it.
      const against = reference ?? anchor;
      for (const found of datesOf(piece.slice(at, until), against)) {
        const date = dateMention(found, against);
        if (!date) continue;
        const start = at + date.start;
        const end = at + date.end;
        out.push({ text: piece.slice(start, end), start: from + start, end: from + end, type: 'date', value: date.value });
        take(start, end);
        if (!against && inOrder && !anchor && date.value && FULL_DATE.test(date.value)) anchor = noonOf(date.value);
      }
    }
    if (!digits) continue;
    for (const m of piece.matchAll(YEAR)) {
      if (!free(m.index, m.index + 4)) continue;
      out.push({ text: m[0], start: from + m.index, end: from + m.index + 4, type: 'date', value: m[0] });
    }
    for (const [pattern, type] of [
      [MONEY, 'money'],
      [PERCENT, 'percent'],
    ] as const) {
      for (const m of piece.matchAll(pattern)) {
        const end = m.index + m[0].trimEnd().length;
        if (!free(m.index, end)) continue;
        out.push({ text: piece.slice(m.index, end), start: from + m.index, end: from + end, type, value: null });
        take(m.index, end);
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return reference ? out : resolveAgainstText(out);
}

const DIGIT = /\d/;

/**
 * What chrono found, as a date mention: offsets without a leading preposition (`on Sunday`) or a
 * trailing comma (`Wednesday,`), which chrono keeps, and the value; null for a time or a vague word.
 */
function dateMention(found: FoundDate, against: Date | undefined): { start: number; end: number; value: string | null } | null {
  if (!DATE_WORD.test(found.text)) return null;
  const lead = LEADING_WORD.exec(found.text)?.[0].length ?? 0;
  const trail = found.text.length - found.text.replace(/[\s,;:]+$/, '').length;
  if (TIME_ONLY.test(found.text.slice(lead, found.text.length - trail))) return null;
  const start = found.start + lead;
  const end = found.end - trail;
  if (end <= start) return null;
  return { start, end, value: found.hasYear || against ? isoValue(found.iso, found.hasDay, found.text) : null };
}

/**
 * Gives relative dates without a value (`Tuesday`) one, read against the first full date the
 * text states, when the caller had no reference date.
 */
export function resolveAgainstText(mentions: QuantityMention[]): QuantityMention[] {
  const anchor = mentions.find((m) => m.type === 'date' && m.value && FULL_DATE.test(m.value));
  if (!anchor?.value) return mentions;
  const reference = noonOf(anchor.value);
  // An article names the same day again (`Tuesday`); each wording is read once.
  const values = new Map<string, string | null>();
  return mentions.map((m) => {
    if (m.type !== 'date' || m.value) return m;
    let value = values.get(m.text);
    if (value === undefined) {
      const found = datesOf(m.text, reference)[0];
      value = found ? isoValue(found.iso, found.hasDay, found.text) : null;
      values.set(m.text, value);
    }
    return value ? { ...m, value } : m;
  });
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Noon (UTC) of the day an ISO value names. */
function noonOf(value: string): Date {
  return new Date(`${value.slice(0, 10)}T12:00:00Z`);
}

/** A day, a month or a year, as precise as the expression is. */
function isoValue(iso: string, hasDay: boolean, text: string): string {
  if (hasDay || /day\b|tomorrow/i.test(text)) return iso;
  const date = iso.slice(0, 10);
  return /[a-z]/i.test(text.replace(/\b(?:in|of|the|since|until|by|early|late|mid)\b/gi, '')) ? date.slice(0, 7) : date.slice(0, 4);
}
