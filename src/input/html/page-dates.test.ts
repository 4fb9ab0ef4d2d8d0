import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MONTH_YEAR, dayMonthYears, printedDates, readsDayFirst } from './page-dates.js';

const days = (text: string, dayFirst?: boolean) => printedDates(text, dayFirst).map((d) => d.day);

describe('printedDates', () => {
  it('reads dotted dates day first in any language, with or without a time after them', () => {
    expect(days('Veröffentlicht am 03.11.2021 um 18:36')).toEqual(['2021-11-03']);
    expect(days('30.01.2022 18:36', false)).toEqual(['2022-01-30']);
    expect(days('Stand 7.2.22')).toEqual(['2022-02-07']);
  });

  it('reads slashed dates by the page language, and by a part above 12 whatever the language', () => {
    expect(days('3/11/2021', true)).toEqual(['2021-11-03']);
    expect(days('3/11/2021', false)).toEqual(['2021-03-11']);
    expect(days('25/12/2019', false)).toEqual(['2019-12-25']);
    expect(days('12/25/2019', true)).toEqual(['2019-12-25']);
  });

  it('reads ISO, East Asian and named-month dates in several languages', () => {
    expect(days('2021/11/03')).toEqual(['2021-11-03']);
    expect(days('2021年11月3日 08:00')).toEqual(['2021-11-03']);
    expect(days('3. Mai 2021')).toEqual(['2021-05-03']);
    expect(days('le 1er janvier 2020')).toEqual(['2020-01-01']);
    expect(days('12 de mayo de 2022')).toEqual(['2022-05-12']);
    expect(days('May 3rd, 2021')).toEqual(['2021-05-03']);
    expect(days('Sept. 9 2019')).toEqual(['2019-09-09']);
  });

  it('passes over version numbers, impossible days and implausible years', () => {
    expect(days('version 1.2.3.4 and 10.1.2.2021')).toEqual([]);
    expect(days('31.02.2021 and 12.13.1850')).toEqual([]);
  });

  it('marks dates a label calls an update', () => {
    expect(printedDates('Aktualisiert: 30.12.2016', true)[0]?.updated).toBe(true);
    expect(printedDates('Updated Jan 5, 2020', false)[0]?.updated).toBe(true);
    expect(printedDates('Published Jan 5, 2020', false)[0]?.updated).toBe(false);
    expect(printedDates('Published Jan 5, 2020', false)[0]?.published).toBe(true);
    expect(printedDates('03.05.2021', true, 'Veröffentlicht am')[0]?.published).toBe(true);
    expect(printedDates('03.05.2021', true, 'Seite 3')[0]?.published).toBe(false);
  });
});

describe('readsDayFirst', () => {
  it('reads US English month first and most other languages day first', () => {
    expect(readsDayFirst('en-US')).toBe(false);
    expect(readsDayFirst('en-GB')).toBe(true);
    expect(readsDayFirst('de-DE')).toBe(true);
    expect(readsDayFirst('fr')).toBe(true);
    expect(readsDayFirst(undefined)).toBeUndefined();
  });
});

describe('dayMonthYears', () => {
  it('finds what matchAll(DAY_MONTH_YEAR) finds', () => {
    const piece = fc.constantFrom('3', '12', '1', '2021', '1999', ' ', '  ', '. ', ',', 'er ', 'rd ', 'de ', 'May', 'mai', 'Septembre', 'x', 'é', '4a', '𝟙', '-', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        const found = (matches: Iterable<RegExpMatchArray>) => [...matches].map((m) => [m.index, ...m]);
        expect(found(dayMonthYears(text))).toEqual(found(text.matchAll(DAY_MONTH_YEAR)));
      }),
      { numRuns: 3000 },
    );
  });
});
