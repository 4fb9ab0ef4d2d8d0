import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node/en';
import { findQuantities, findsTimesOnly, TIME_PARSERS } from './quantities.js';

describe('findQuantities', () => {
  it('normalises absolute dates to ISO and drops the leading preposition', () => {
    const [date] = findQuantities('The vote was held on Sunday, March 3, 2024 in the capital.');
    expect(date).toMatchObject({ type: 'date', text: 'Sunday, March 3, 2024', value: '2024-03-03' });
  });

  it('resolves relative dates against the reference date, or against the first full date the text states', () => {
    const reference = new Date('2024-03-03T12:00:00Z');
    expect(findQuantities('They meet on Tuesday.', undefined, reference)[0]?.value).toBe('2024-03-05');
    expect(findQuantities('They meet on Tuesday.')[0]?.value).toBeNull();
    const text = 'Published March 3, 2024. They meet on Tuesday.';
    expect(findQuantities(text).map((q) => q.value)).toEqual(['2024-03-03', '2024-03-05']);
    // The same, for a relative date before, beside and after the first full date.
    const around = 'They met on Friday. On Sunday, March 3, 2024 they met again, and will meet on Tuesday. Talks end on Wednesday.';
    expect(findQuantities(around).map((q) => [q.text, q.value])).toEqual([
      ['Friday', '2024-03-01'],
      ['Sunday, March 3, 2024', '2024-03-03'],
      ['Tuesday', '2024-03-05'],
      ['Wednesday', '2024-03-06'],
    ]);
  });

  it('finds a year on its own, with a year as its value', () => {
    expect(findQuantities('Their first meeting was in 2019 in the same city.')).toEqual([
      { text: '2019', start: 27, end: 31, type: 'date', value: '2019' },
    ]);
  });

  it('finds sums of money and percentages', () => {
    const found = findQuantities('The port spent $4.5 billion, up 12% on last year, or 300 million euros.');
    expect(found.filter((q) => q.type !== 'date').map((q) => [q.type, q.text])).toEqual([
      ['money', '$4.5 billion'],
      ['percent', '12%'],
      ['money', '300 million euros'],
    ]);
  });

  it('keeps times and bare numbers out', () => {
    expect(findQuantities('He scored 12 and left at 5:30.').filter((q) => q.type === 'date')).toEqual([]);
    const dates = (text: string) => findQuantities(text).filter((q) => q.type === 'date').map((q) => q.text);
    expect(dates('The ferry left at 3:20 a.m. and the talks resume on Monday.')).toEqual(['Monday']);
    expect(dates('The club, founded in 1996, won 4 to 1 at 5pm.')).toEqual(['1996']);
    expect(dates('Crowds will march through the town later this week.')).toEqual([]);
  });

  it('reads the sentences it is given, and finds the same as when it splits them itself', () => {
    const text = 'Talks ended on Friday. The port lost $2 million, or 3%, in 2021.';
    const sentences = [
      { start: 0, end: 22 },
      { start: 23, end: text.length },
    ];
    expect(findQuantities(text, undefined, undefined, sentences)).toEqual(findQuantities(text));
    expect(findQuantities(text, undefined, undefined, [sentences[1]!]).map((q) => q.text)).toEqual(['$2 million', '3%', '2021']);
  });

  it('reads date expressions whole at any distance from one another in a long sentence', () => {
    const filler = 'the delegates who had spent many months negotiating the terms in several capitals '.repeat(3);
    const text = `On Sunday, March 3, 2024 ${filler}signed it, 10 days after ${filler}the talks of 12 February 2024, and meet again on Tuesday.`;
    expect(findQuantities(text).map((q) => [q.text, q.value])).toEqual([
      ['Sunday, March 3, 2024', '2024-03-03'],
      ['12 February 2024', '2024-02-12'],
      ['Tuesday', '2024-03-05'],
    ]);
  });

  it('drops by name exactly the chrono parsers that find a time and no date', () => {
    const timeOnly = chrono.casual.parsers.filter((parser) => findsTimesOnly(chrono, parser));
    expect(new Set(timeOnly.map((parser) => parser.constructor.name))).toEqual(TIME_PARSERS);
  });
});
