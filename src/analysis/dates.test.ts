import { describe, expect, it } from 'vitest';
import { findDates, isDateLine, normaliseDate, stripDateLabel } from './dates.js';

describe('normaliseDate', () => {
  it('keeps ISO days, and times with the offset the page states', () => {
    expect(normaliseDate('2024-03-05')).toBe('2024-03-05');
    expect(normaliseDate('2024-03-05T10:00:00+02:00')).toBe('2024-03-05T10:00:00+02:00');
    // The local calendar day stays the page's: converting to UTC would move this one to the 13th.
    expect(normaliseDate('2020-10-14T05:50+08:00')).toBe('2020-10-14T05:50:00+08:00');
    expect(normaliseDate('2020-10-14 05:50:00 +0800')).toBe('2020-10-14T05:50:00+08:00');
    expect(normaliseDate('2024-03-05T10:00:00+00:00')).toBe('2024-03-05T10:00:00.000Z');
  });

  it('reads prose dates with a year and rejects the rest', () => {
    expect(normaliseDate('Sunday, September 10, 2023')).toBe('2023-09-10');
    expect(normaliseDate('next week sometime')).toBeNull();
    expect(normaliseDate('banana')).toBeNull();
  });
});

describe('isDateLine', () => {
  it('accepts a line that is mostly a full date', () => {
    expect(isDateLine('March 3, 2024')).toBe(true);
    expect(isDateLine('Published 12 January 2023 10:45')).toBe(true);
  });

  it('rejects sentences that merely contain a date', () => {
    expect(isDateLine('The council approved the plan on March 3, 2024 after a long debate.')).toBe(false);
    expect(isDateLine('Tuesday')).toBe(false);
  });
});

describe('findDates', () => {
  it('finds each expression with its offsets', () => {
    const text = 'It left on Sunday, September 10, 2023, at midnight.';
    const [found] = findDates(text);
    expect(found?.iso.startsWith('2023-09-10')).toBe(true);
    expect(text.slice(found!.start, found!.end)).toContain('September 10, 2023');
  });
});

describe('stripDateLabel', () => {
  it('drops a leading publication label and leaves other text alone', () => {
    expect(stripDateLabel('Published: March 3, 2024')).toBe('March 3, 2024');
    expect(stripDateLabel('Last updated 12 January 2023')).toBe('12 January 2023');
    expect(stripDateLabel('March 3, 2024')).toBe('March 3, 2024');
  });
});
