import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineExtractor } from './extractor.js';

describe('defineExtractor', () => {
  it('returns a frozen extractor with defaults filled in', () => {
    const extractor = defineExtractor({ name: 'x', schema: z.array(z.string()), extract: () => [] });
    expect(Object.isFrozen(extractor)).toBe(true);
    expect(extractor.dependsOn).toEqual([]);
    expect(extractor.after).toEqual([]);
    expect(extractor.fallback).toEqual([]);
  });

  it('derives the fallback from the schema: null, then [], then {}', () => {
    expect(defineExtractor({ name: 'a', schema: z.string().nullable(), extract: () => null }).fallback).toBeNull();
    expect(defineExtractor({ name: 'b', schema: z.object({ n: z.number().default(0) }), extract: () => ({}) }).fallback).toEqual({ n: 0 });
  });

  it('asks for a fallback when the schema accepts no empty value', () => {
    expect(() => defineExtractor({ name: 'c', schema: z.number(), extract: () => 1 })).toThrow(/fallback/);
    expect(defineExtractor({ name: 'c', schema: z.number(), fallback: 0, extract: () => 1 }).fallback).toBe(0);
  });

  it('rejects names that are not identifiers and the reserved name', () => {
    expect(() => defineExtractor({ name: 'has space', schema: z.null(), extract: () => null })).toThrow(/identifier/);
    expect(() => defineExtractor({ name: 'diagnostics', schema: z.null(), extract: () => null })).toThrow(/diagnostics/);
  });
});
