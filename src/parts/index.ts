import { BroadsheetError } from '../errors.js';
import { loaders, preloaded, requirePart } from './bindings.js';
import type { AllParts, AnyPartName, CoreParts, PartName } from './types.js';

export type { LanguageDetector, PartName, Parts } from './types.js';

/** Every optional part, in the order `loadParts()` loads them. */
const PART_NAMES: readonly PartName[] = ['html', 'language', 'entities'];
/** The parts every build parses with; `loadParts()` loads them too where a build defers them. */
const CORE_PART_NAMES: readonly (keyof CoreParts)[] = ['chrono', 'markdown'];

const parts: Partial<AllParts> = { ...preloaded };
/** Parts this build cannot require: asked once, not at every document. */
const notRequirable = new Set<AnyPartName>();

/**
 * A part, when this build has it, can load it synchronously now (the Node build, on first use)
 * or it has been loaded; undefined otherwise.
 */
export function getPart<Name extends AnyPartName>(name: Name): AllParts[Name] | undefined {
  const part = parts[name];
  if (part !== undefined || notRequirable.has(name)) return part;
  const required = requirePart(name);
  if (required === undefined) notRequirable.add(name);
  else parts[name] = required;
  return required;
}

/** A part if it is loaded already, without loading it. */
export function loadedPart<Name extends AnyPartName>(name: Name): AllParts[Name] | undefined {
  return parts[name];
}

/**
 * A part every build parses with (chrono, the Markdown adapter).
 *
 * @throws BroadsheetError `PART_NOT_LOADED` in a bundle of the Node build before `loadParts()`.
 */
export function corePart<Name extends keyof CoreParts>(name: Name): CoreParts[Name] {
  const part = getPart(name);
  if (part === undefined) {
    throw new BroadsheetError('PART_NOT_LOADED', `Part \`${name}\` is not loaded: in a bundle, \`await loadParts()\` before parsing`);
  }
  return part;
}

/**
 * Loads optional parts of the pipeline. The Node build loads each part the first time a
 * document needs it, so this is needed only where it cannot (a bundle of the package made by
 * the user's bundler); the browser build leaves the parts out of its main bundle and fetches
 * each as a chunk of its own here, so a page that parses text need not download the HTML
 * adapter, language detection or the entity recogniser's word lists until it wants them. Parse
 * once the promise has resolved; a part not loaded is reported as a diagnostic (language,
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
    [...names, ...CORE_PART_NAMES].map(async (name) => {
      if (getPart(name) !== undefined) return;
      (parts as Record<AnyPartName, unknown>)[name] = await loaders[name]!();
    }),
  );
}
