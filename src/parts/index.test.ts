import { describe, expect, it } from 'vitest';
import { entitiesExtractor as realEntitiesExtractor } from '../extractors/entities/index.js';
import { entitiesExtractor } from './entities.js';
import { getPart, loadParts } from './index.js';

describe('optional parts in the Node build', () => {
  it('has every part from the start, so loading is a no-op', async () => {
    expect(getPart('html')).toBeDefined();
    expect(getPart('language')).toBeDefined();
    expect(getPart('entities')).toBeDefined();
    await expect(loadParts()).resolves.toBeUndefined();
  });

  it('refuses names that are not parts', async () => {
    await expect(loadParts(['pdf' as 'html'])).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    await expect(loadParts('html' as never)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });

  it('gives the stand-in entities extractor the same place in the pipeline as the real one', () => {
    const { name, dependsOn, after, fallback } = realEntitiesExtractor;
    expect({ name: entitiesExtractor.name, dependsOn: entitiesExtractor.dependsOn, after: entitiesExtractor.after, fallback: entitiesExtractor.fallback }).toEqual({
      name,
      dependsOn,
      after,
      fallback,
    });
  });
});
