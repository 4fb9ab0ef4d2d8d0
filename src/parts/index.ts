import { BroadsheetError } from '../errors.js';
import { loaders, preloaded } from './bindings.js';
import type { PartName, Parts } from './types.js';

export type { LanguageDetector, PartName, Parts } from './types.js';

/** Every optional part, in the order `loadParts()` loads them. */
const PART_NAMES: readonly PartName[] = ['html', 'language', 'entities'];

const parts: Partial<Parts> = { ...preloaded };

/** A part, when this build has it or it has been loaded; undefined otherwise. */
export function getPart<Name extends PartName>(name: Name): Parts[Name] | undefined {
  return parts[name];
}

/**
 * Loads optional parts of the pipeline. The Node build holds every part already, so this
 * resolves at once; the browser build leaves them out of its main bundle and fetches each as
 * a chunk of its own here, so a page that parses text need not download the HTML adapter,
 * language detection or the entity recogniser's word lists until it wants them. Parse once
 * the promise has resolved; a part not loaded is reported as a diagnostic (language,
 * entities) or a `BroadsheetError` (HTML input), never silently skipped.
 *
 * @param names The parts to load (default: all: `html`, `language` and `entities`).
 * @returns A promise that resolves once every part named is ready.
 */
export async function loadParts(names: readonly PartName[] = PART_NAMES): Promise<void> {
  const list: unknown = names;
  if (!Array.isArray(list) || list.some((name) => !PART_NAMES.includes(name))) {
    throw new BroadsheetError('INVALID_OPTIONS', `Expected part names among ${PART_NAMES.join(', ')}, not \`${String(list)}\``);
  }
  await Promise.all(
    names.map(async (name) => {
      if (parts[name] !== undefined) return;
      (parts as Record<PartName, unknown>)[name] = await loaders[name]!();
    }),
  );
}
