import type { ParsedComponents } from 'chrono-node';
import type * as chrono from 'chrono-node/en';
import { corePart } from '../parts/index.js';

/** A date found in text, normalised. */
export interface FoundDate {
  /** ISO 8601: `2023-09-10` for a day, with time and offset where the text gives a time. */
  iso: string;
  /** Offsets of the expression in the text it was found in. */
  start: number;
  end: number;
  text: string;
  /** Whether the text states the year (not implied from the reference date). */
  hasYear: boolean;
  hasDay: boolean;
}

// A stated year has two digits in a row.
const TWO_DIGITS = /\d{2}/;

/**
 * Every date expression chrono finds in `text`, relative ones resolved against `reference`.
 * `parser` is a chrono instance (default: `chrono.casual`), for callers that configure their own.
 */
export function findDates(text: string, reference?: Date, parser: chrono.Chrono = corePart('chrono').casual): FoundDate[] {
  return parser.parse(text, reference ?? new Date(0)).map((result) => ({
    iso: toIso(result.start),
    start: result.index,
    end: result.index + result.text.length,
    text: result.text,
    // chrono marks relative years (`next week`) certain too; a stated year has digits.
    hasYear: result.start.isCertain('year') && TWO_DIGITS.test(result.text),
    hasDay: result.start.isCertain('day'),
  }));
}

// `2024-03-05`, `2024-03-05T10:00`, `2024-03-05 10:00:00.5+0200`, `2024-03-05T10:00:00Z`.
const ISO_STAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Normalises a date string (ISO, RFC 2822, or prose such as `March 3, 2024 5:00 PM`) to ISO 8601, or null.
 * A stated offset is kept (`2020-10-14T05:50+08:00` → `2020-10-14T05:50:00+08:00`), so the day stays the page's.
 */

export function normaliseDate(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const iso = ISO_STAMP.exec(trimmed);
  if (iso) {
    const [, day, time, zone] = iso;
    if (Number.isNaN(new Date(`${day}T00:00:00Z`).getTime())) return null;
    if (!time) return day!;
    const clock = time.length === 5 ? `${time}:00` : time;
    // The page's own calendar day and clock stay as stated, with the offset kept: converting to UTC can move the day.
    if (!zone) return `${day}T${clock}`;
    const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    if (offset === 'Z' || offset === '+00:00' || offset === '-00:00') {
      const parsed = new Date(`${day}T${clock}Z`);
      return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
    }
    return Number.isNaN(new Date(`${day}T${clock}${offset}`).getTime()) ? null : `${day}T${clock}${offset}`;
  }
  const found = findDates(trimmed)[0];
  return found?.hasYear ? found.iso : null;
}

const DATE_LABEL = /^(?:published|posted|updated|last updated|date|first published)\b[\s:]*/i;

/** A date line without its label (`Published: March 3, 2024` → `March 3, 2024`). */
export function stripDateLabel(text: string): string {
  return text.replace(DATE_LABEL, '');
}

/** Whether a short line is a date and little else: a stated year and most of its letters inside the expression. */
export function isDateLine(text: string): boolean {
  const trimmed = text.trim();
  // A line without a stated year is passed over before chrono reads it.
  if (trimmed.length === 0 || trimmed.length > 80 || !TWO_DIGITS.test(trimmed)) return false;
  const found = findDates(trimmed)[0];
  if (!found?.hasYear || !found.hasDay) return false;
  const rest = (trimmed.slice(0, found.start) + trimmed.slice(found.end)).replace(/[^\p{L}\p{N}]/gu, '');
  return rest.length <= trimmed.replace(/[^\p{L}\p{N}]/gu, '').length * 0.35;
}

function toIso(component: ParsedComponents): string {
  const year = component.get('year') ?? 1970;
  const month = component.get('month') ?? 1;
  const day = component.get('day') ?? 1;
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  if (!component.isCertain('hour')) return date;
  const offset = component.get('timezoneOffset');
  const time = `${pad(component.get('hour') ?? 0)}:${pad(component.get('minute') ?? 0)}:${pad(component.get('second') ?? 0)}`;
  if (offset === null || offset === undefined) return `${date}T${time}`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
