import { type FoundDate, findDates } from '../../analysis/dates.js';
import { splitSentences } from '../../analysis/sentences.js';
import type { TextRange } from './recognise.js';

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
// chrono reads times and vague words (`now`, `noon`) as dates; a date here names a day, month or year.
const MAX_DATE_SPAN = 4000;
// Day and month names are capitalised in English (`May`, not the verb `may`); the rest in any case.
const MAY_HOLD_DATE =
  /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun|MON|TUE|WED|THU|FRI|SAT|SUN)(?:day|DAY)?\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[a-zA-Z]*\b|\b(?:1[89]|20)\d\d\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|\b(?:[Aa]go|[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Nn]oon|[Mm]idnight)\b|\b(?:[Tt]his|[Nn]ext|[Ll]ast|[Cc]oming|[Pp]ast)\s(?:week|weekend|month|year|day|night|morning|evening|spring|summer|autumn|fall|winter)\b/;
const LEADING_WORD = /^(?:on|in|at|by|since|from|until|during|of)\s+/i;
const DATE_WORD = /\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|yesterday|today|tomorrow/i;

/**
 * Finds dates (with chrono, relative ones resolved against `reference`), sums of money and
 * percentages in the given ranges of `text`.
 *
 * @param text The document text.
 * @param ranges The parts to read (default: all of it).
 * @param reference The date relative expressions (`Tuesday`) resolve against; without it they get no value (optional).
 */
export function findQuantities(
  text: string,
  ranges: readonly TextRange[] = [{ start: 0, end: text.length }],
  reference?: Date,
): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (const range of ranges) {
    const from = Math.max(0, Math.min(range.start, text.length));
    const piece = text.slice(from, Math.max(from, Math.min(range.end, text.length)));
    // Characters already inside a found quantity; a later match must not overlap one.
    const taken = new Uint8Array(piece.length);
    const take = (start: number, end: number): void => void taken.fill(1, start, end);
    const free = (start: number, end: number): boolean => {
      for (let i = start; i < end; i++) if (taken[i]) return false;
      return true;
    };
    // chrono tries dozens of patterns at every word; most paragraphs hold no date word at all.
    const dates = MAY_HOLD_DATE.test(piece) ? datesIn(piece, reference) : [];
    for (const found of dates) {
      if (!DATE_WORD.test(found.text) || /^\d{1,2}(?::\d\d)?$/.test(found.text.trim())) continue;
      // chrono keeps a leading preposition (`on Sunday`); the mention is the date alone.
      // … and sometimes a trailing comma (`Wednesday,`).
      const lead = LEADING_WORD.exec(found.text)?.[0].length ?? 0;
      const trail = found.text.length - found.text.replace(/[\s,;:]+$/, '').length;
      const value = found.hasYear || reference ? isoValue(found.iso, found.hasDay, found.text) : null;
      const start = found.start + lead;
      const end = found.end - trail;
      if (end <= start) continue;
      out.push({ text: piece.slice(start, end), start: from + start, end: from + end, type: 'date', value });
      take(start, end);
    }
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

/**
 * chrono's dates in a piece of text, read only in the sentences that may hold one (chrono's
 * cost grows with the text it reads); no real sentence is longer than MAX_DATE_SPAN.
 */
function datesIn(piece: string, reference: Date | undefined): FoundDate[] {
  const out: FoundDate[] = [];
  for (const s of splitSentences(piece)) {
    if (s.end - s.start > MAX_DATE_SPAN || !MAY_HOLD_DATE.test(piece.slice(s.start, s.end))) continue;
    for (const d of findDates(piece.slice(s.start, s.end), reference)) out.push({ ...d, start: d.start + s.start, end: d.end + s.start });
  }
  return out;
}

/**
 * Gives relative dates without a value (`Tuesday`) one, read against the first full date the
 * text states, when the caller had no reference date.
 */
export function resolveAgainstText(mentions: QuantityMention[]): QuantityMention[] {
  const anchor = mentions.find((m) => m.type === 'date' && m.value && /^\d{4}-\d{2}-\d{2}/.test(m.value));
  if (!anchor?.value) return mentions;
  const reference = new Date(`${anchor.value.slice(0, 10)}T12:00:00Z`);
  return mentions.map((m) => {
    if (m.type !== 'date' || m.value) return m;
    const found = findDates(m.text, reference)[0];
    return found ? { ...m, value: isoValue(found.iso, found.hasDay, found.text) } : m;
  });
}

/** A day, a month or a year, as precise as the expression is. */
function isoValue(iso: string, hasDay: boolean, text: string): string {
  if (hasDay || /day\b|tomorrow/i.test(text)) return iso;
  const date = iso.slice(0, 10);
  return /[a-z]/i.test(text.replace(/\b(?:in|of|the|since|until|by|early|late|mid)\b/gi, '')) ? date.slice(0, 7) : date.slice(0, 4);
}
