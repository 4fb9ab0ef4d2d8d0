import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as queueApi from '../src/queue/index.js';

// The public surface changes only on purpose: update public-api.txt in the same change.
describe('public API', () => {
  it('exposes exactly the checked-in list of runtime exports', () => {
    const expected = readFileSync(new URL('./public-api.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);
    expect(Object.keys(api).sort()).toEqual(expected);
  });

  it('exposes exactly the checked-in list of broadsheet/queue exports', () => {
    const expected = readFileSync(new URL('./public-api-queue.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);
    expect(Object.keys(queueApi).sort()).toEqual(expected);
  });
});
