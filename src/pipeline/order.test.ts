import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BroadsheetError } from '../errors.js';
import { defineExtractor } from './extractor.js';
import { orderExtractors } from './order.js';

const make = (name: string, dependsOn: string[] = [], after: string[] = []) =>
  defineExtractor({ name, dependsOn, after, schema: z.null(), extract: () => null });

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof BroadsheetError ? error.code : 'other';
  }
  return 'none';
};

describe('orderExtractors', () => {
  it('runs dependencies first and keeps the given order otherwise', () => {
    const order = orderExtractors([make('a', ['c']), make('b'), make('c')]).map((e) => e.name);
    expect(order).toEqual(['c', 'a', 'b']);
  });

  it('honours `after` only for extractors that are present', () => {
    expect(orderExtractors([make('a', [], ['b', 'zzz']), make('b')]).map((e) => e.name)).toEqual(['b', 'a']);
  });

  it('rejects a missing dependency, a cycle and a duplicate name with stable codes', () => {
    expect(codeOf(() => orderExtractors([make('a', ['missing'])]))).toBe('MISSING_DEPENDENCY');
    expect(codeOf(() => orderExtractors([make('a', ['b']), make('b', ['a'])]))).toBe('DEPENDENCY_CYCLE');
    expect(codeOf(() => orderExtractors([make('a'), make('a')]))).toBe('DUPLICATE_EXTRACTOR');
  });

  it('names the cycle in its message', () => {
    expect(() => orderExtractors([make('a', ['b']), make('b', ['a'])])).toThrow(/a → b → a|b → a → b/);
  });
});
