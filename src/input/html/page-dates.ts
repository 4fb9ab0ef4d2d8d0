import { MONTH_FIRST_LOCALES, MONTH_NAMES, PUBLISHED_LABELS, UPDATED_LABELS } from './date-words.js';

/** A calendar day printed in a text, with where it stands and whether a label calls it an update. */
export interface PrintedDate {
  /** `YYYY-MM-DD`, the day as printed (no time zone applies to a printed day). */
  day: string;
  index: number;
  end: number;
  updated: boolean;
  /** A label calls it the publication (`Veröffentlicht am`, `Published`). */
  published: boolean;
}

const MONTH_BY_NAME = new Map<string, number>();
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTH_BY_NAME.set(name, month);
const MONTH_ALTERNATIVES = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
const YEAR = '((?:19|20)\\d{2})';
// `3. Mai 2021`, `3 mai 2021`, `3 de mayo de 2021`, `1er janvier 2020`, `3rd May, 2021`.
export const DAY_MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|er|st|nd|rd|th|º)?\\s{0,3}(?:de\\s{1,3})?(${MONTH_ALTERNATIVES})\\.?,?\\s{0,3}(?:de\\s{1,3})?${YEAR}(?!\\p{N})`,
  'giu',
);
// DAY_MONTH_YEAR anchored: a match opens with an ASCII digit (`\d`, under `/iu` too), so it is tried there only.
const DAY_MONTH_YEAR_AT = new RegExp(DAY_MONTH_YEAR.source, 'iuy');
// `May 3, 2021`, `Mai 03 2021`.
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(${MONTH_ALTERNATIVES})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}${YEAR}(?!\\p{N})`, 'giu');
// `2021-11-03`, `2021/11/03`, `2021.11.03`, `03.11.2021`, `3/11/2021`, `03.11.21`.
const NUMERIC = /(?<![\d.\/-])(\d{1,4})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/g;
// `2021年11月3日`, `2021년 11월 3일`.
const EAST_ASIAN = /((?:19|20)\d{2})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})/g;
// A label, then at most a short word (`am`, `le`, `on`) and separators, then the date.
const labelled = (labels: readonly string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${labels.join('|')})[^\\p{L}\\p{N}]{0,4}(?:\\p{L}{1,4}[^\\p{L}\\p{N}]{1,3})?$`, 'iu');
const UPDATED = labelled(UPDATED_LABELS);
const PUBLISHED = labelled(PUBLISHED_LABELS);
// Every date read here has a year from 1990 on or is dotted with a two-digit year: a cheap test before the others.
const MAY_HOLD_DATE = /(?:19|20)\d{2}|\d\.\d{1,2}\.\d{2}/;

/**
 * Whether numeric dates with slashes read day first on a page in this language: true for
 * most of the world, false for US English and its kin, undefined when the page states none.
 * Dotted dates (`03.11.2021`) read day first everywhere.
 */
export function readsDayFirst(language: string | undefined): boolean | undefined {
  if (!language) return undefined;
  const tag = language.trim().toLowerCase().replace('_', '-');
  if (MONTH_FIRST_LOCALES.includes(tag)) return false;
  return tag.split('-')[0] !== '';
}

/**
 * Every calendar day printed in `text`, in order of appearance. `before` is the text just before it on the page
 * (a label in an element of its own: `<span>Published</span> <time>…`).
 */
export function printedDates(text: string, dayFirst: boolean | undefined, before = ''): PrintedDate[] {
  const found: PrintedDate[] = [];
  const add = (index: number, end: number, year: number, month: number, day: number) => {
    const iso = validDay(year, month, day);
    if (!iso || found.some((f) => index < f.end && end > f.index)) return;
    const lead = `${index < 40 && before !== '' ? `${before.slice(-40)} ` : ''}${text.slice(Math.max(0, index - 40), index)}`;
    found.push({ day: iso, index, end, updated: UPDATED.test(lead), published: PUBLISHED.test(lead) });
  };
  if (MAY_HOLD_DATE.test(text)) {
    // Every pattern but the numeric one holds a four-digit year: most texts (a page's every text node
    // comes here) have none, and the month-name patterns are costly to try at each position.
    const hasYear = /(?:19|20)\d{2}/.test(text);
    if (hasYear) for (const m of text.matchAll(EAST_ASIAN)) add(m.index, m.index + m[0].length, +m[1]!, +m[2]!, +m[3]!);
    for (const m of text.matchAll(NUMERIC)) {
      const [, a = '', sep, b = '', c = ''] = m;
      const end = m.index + m[0].length;
      if (a.length === 4) {
        if (c.length === 2 || c.length === 4) add(m.index, end, +a, +b, +c);
        continue;
      }
      if (a.length > 2) continue;
      // Two-digit years only in dotted dates, where nothing else looks the same.
      if (c.length === 2 && sep !== '.') continue;
      const year = c.length === 2 ? 2000 + Number(c) : Number(c);
      const first = Number(a);
      const second = Number(b);
      const dayFirstHere = sep === '.' || first > 12 ? true : second > 12 ? false : sep === '-' ? true : (dayFirst ?? false);
      add(m.index, end, year, dayFirstHere ? second : first, dayFirstHere ? first : second);
    }
    if (hasYear && /\p{L}/u.test(text)) {
      for (const m of dayMonthYears(text)) add(m.index, m.index + m[0].length, +m[3]!, MONTH_BY_NAME.get(m[2]!.toLowerCase()) ?? 0, +m[1]!);
      for (const m of text.matchAll(MONTH_DAY_YEAR)) add(m.index, m.index + m[0].length, +m[3]!, MONTH_BY_NAME.get(m[1]!.toLowerCase()) ?? 0, +m[2]!);
    }
  }
  return found.sort((x, y) => x.index - y.index);
}

/** What `text.matchAll(DAY_MONTH_YEAR)` finds, in order, tried only where a digit stands: most of a text is not one. */
export function* dayMonthYears(text: string): Generator<RegExpExecArray> {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) continue;
    DAY_MONTH_YEAR_AT.lastIndex = at;
    const match = DAY_MONTH_YEAR_AT.exec(text);
    if (!match) continue;
    yield match;
    // Like matchAll, go on from the match's end.
    at = match.index + match[0].length - 1;
  }
}

/** `YYYY-MM-DD` when the parts make a real day in a plausible year for a web page, else null. */
function validDay(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2099 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
