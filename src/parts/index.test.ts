import { describe, expect, it } from 'vitest';
import { entitiesExtractor as realEntitiesExtractor } from '../extractors/entities/index.js';
import { entitiesExtractor, STAND_IN_PLACE } from './entities.js';
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

  it('uses the real entities extractor, and places the browser stand-in where the real one runs', () => {
    expect(entitiesExtractor).toBe(realEntitiesExtractor);
    expect(STAND_IN_PLACE.dependsOn).toEqual(realEntitiesExtractor.dependsOn);
    expect(STAND_IN_PLACE.after).toEqual(expect.arrayContaining([...realEntitiesExtractor.after]));
  });
});
