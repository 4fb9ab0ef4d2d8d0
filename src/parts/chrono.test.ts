import * as chrono from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { casual, PARSER_CUES, strict } from './chrono.js';

const reference = new Date(Date.UTC(2024, 2, 5, 12));
const found = (parser: chrono.Chrono, text: string) =>
  JSON.stringify(parser.parse(text, reference).map((r) => [r.index, r.text, r.start, r.end ?? null]));

/** chrono with one of the part's parsers alone, and the same with chrono's own instance of it. */
function alone(name: string): [ours: chrono.Chrono, theirs: chrono.Chrono] {
  const pick = (parsers: chrono.Parser[]) => parsers.filter((parser) => parser.constructor.name === name);
  return [new chrono.Chrono({ parsers: pick(casual.parsers), refiners: [] }), new chrono.Chrono({ parsers: pick(chrono.casual.parsers), refiners: [] })];
}

// Every combination, so each number form, unit and word after the span is met where the gate must let it through.
function* combinations(...lists: string[][]): Generator<string> {
  const [first = [], ...rest] = lists;
  for (const head of first) {
    if (rest.length === 0) yield head;
    else for (const tail of combinations(...rest)) yield head + tail;
  }
}

describe('the chrono part', () => {
  it('gates parsers that chrono has, by their class names', () => {
    const names = new Set([...chrono.casual.parsers, ...chrono.strict.parsers].map((parser) => parser.constructor.name));
    for (const name of PARSER_CUES.keys()) expect(names, name).toContain(name);
    expect(casual.parsers.map((parser) => parser.constructor.name)).toEqual(chrono.casual.parsers.map((parser) => parser.constructor.name));
    expect(strict.parsers.map((parser) => parser.constructor.name)).toEqual(chrono.strict.parsers.map((parser) => parser.constructor.name));
  });

  it('finds what chrono finds in news sentences, casual and strict', () => {
    const sentences = [
      'The vote, held three weeks ago, was annulled on Monday, March 4, 2024.',
      'Talks will resume within two years, officials said on 10 September.',
      'Shares fell 5% in the last 2 quarters; the index rose half an hour later.',
      'The minister resigned a couple of days ago after a scandal that began the 3rd of May.',
      'Fighting continued for the next 48 hrs, from 1-Jan to the 3rd-5th June 2023.',
      'He said the plan would be ready in a few months, at 5pm on Tuesday.',
      'No date at all in this sentence, which talks about the same old things.',
    ];
    for (const sentence of sentences) {
      expect(found(casual, sentence), sentence).toBe(found(chrono.casual, sentence));
      expect(found(strict, sentence), sentence).toBe(found(chrono.strict, sentence));
    }
    expect(found(casual, sentences[0]!)).toContain('three weeks ago');
  });

  it('lets every span of time through to the span parsers', () => {
    const numbers = ['7', '2.5', 'one', 'twelve', 'half', 'half an', 'a', 'an', 'a few', 'several', 'the', 'a couple of', 'couple'];
    const units = ['s', 'sec', 'seconds', 'm', 'mins', 'minute', 'h', 'hrs', 'hour', 'd', 'days', 'w', 'week', 'mo', 'mon', 'mos', 'months', 'qtr', 'quarters', 'y', 'yr', 'years'];
    const texts = [
      ...combinations(['in ', 'within ', 'for ', 'last ', 'next ', 'this ', '+', 'about '], numbers, [' ', ''], units, ['', '.', ' and 3 days']),
      ...combinations(numbers, [' '], units, [' ago', 'ago', ' before', ' earlier', ' later', 'later', ' from now', ' after', 'out', ' forward']),
    ];
    for (const name of ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitCasualRelativeFormatParser']) {
      const [ours, theirs] = alone(name);
      let matched = 0;
      for (const text of texts) {
        const expected = found(theirs, text);
        if (expected !== '[]') matched++;
        expect(found(ours, text), `${name}: ${text}`).toBe(expected);
      }
      expect(matched, name).toBeGreaterThan(100);
    }
  });

  it('lets every day before its month through to the little-endian parser', () => {
    const [ours, theirs] = alone('ENMonthNameLittleEndianParser');
    const texts = [...combinations(['on ', ''], ['1', '31', '1st', '2nd', '3rd', '24th', 'first', 'twenty-second', 'thirty first', '3rd to 5th', '1-2'], ['-', '/', ' ', '  of ', 'of', ''], ['Jan', 'sept.', 'May', 'DECEMBER', 'feb.'], ['', ' 2024', ', 24', '/2024'])];
    let matched = 0;
    for (const text of texts) {
      const expected = found(theirs, text);
      if (expected !== '[]') matched++;
      expect(found(ours, text), text).toBe(expected);
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('gives a span parser no pattern for a text without a span of time', () => {
    const [ours] = alone('ENTimeUnitWithinFormatParser');
    const parser = ours.parsers[0]!;
    const context = { text: 'Pyongyang occurred on Sunday, September 10, 2023', option: {} } as Parameters<chrono.Parser['pattern']>[0];
    expect(parser.pattern(context).source).toBe('(?!)');
    expect(parser.pattern({ ...context, text: 'in two days' } as typeof context).source).not.toBe('(?!)');
  });
});
