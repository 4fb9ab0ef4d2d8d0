// The entity recogniser and its word lists are an optional part (see ./index.ts): these
// stand-ins keep the public names and types, and reach the real functions once loaded.
import { z } from 'zod';
import { BroadsheetError } from '../errors.js';
import type * as real from '../extractors/entities/public.js';
import type { MergeOptions, NameMention, RecognisedMention, Recogniser, TextRange } from '../extractors/entities/public.js';
import { type Entity, EntitySchema } from '../model/article.js';
import { type AnyExtractor, defineExtractor } from '../pipeline/extractor.js';
import { getPart, loadedPart } from './index.js';
import type { Parts } from './types.js';

export type {
  EntitiesExtractorOptions,
  MergeOptions,
  NameMention,
  RecognisedMention,
  Recogniser,
  RecogniserContext,
  TextRange,
} from '../extractors/entities/public.js';

const NOT_LOADED = "The entity recogniser is not loaded: `await loadParts(['entities'])` before parsing";

function entities(): Parts['entities'] {
  const part = getPart('entities');
  if (!part) throw new BroadsheetError('PART_NOT_LOADED', NOT_LOADED);
  return part;
}

/**
 * Where the stand-in `entities` extractor runs: the real one's dependencies, and at least the
 * extractors it runs after (it reads the language from `meta`). A test holds it to the real one.
 */
export const STAND_IN_PLACE = { dependsOn: ['body'], after: ['headline', 'publishedAt', 'meta'] } as const;

/**
 * Creates an `entities` extractor around a recogniser: it reads the headline and the body
 * (boilerplate is not read, so an entity named only in a `Read also` line does not count),
 * merges the mentions into entities and scores their salience from mention count, position
 * (headline, lead paragraph) and being quoted (a mention next to a verb of saying). Where the
 * entities part is not loaded yet (the browser build before `loadParts`), it returns a stand-in
 * that defers to the part once loaded and until then reports an `entities-not-loaded` warning
 * and finds nothing.
 *
 * @param options The recogniser to use (optional; default: the built-in one).
 */
export function createEntitiesExtractor(options: real.EntitiesExtractorOptions = {}): ReturnType<typeof real.createEntitiesExtractor> {
  // Where the part is there from the start (the CommonJS build), the real extractor, no stand-in;
  // the Node ESM build requires it when the stand-in first runs, not at import.
  const loaded = loadedPart('entities');
  if (loaded) return options.recognise === undefined ? loaded.entitiesExtractor : loaded.createEntitiesExtractor(options);
  let inner: AnyExtractor | undefined;
  return defineExtractor({
    name: 'entities',
    dependsOn: [...STAND_IN_PLACE.dependsOn],
    after: [...STAND_IN_PLACE.after],
    schema: z.array(EntitySchema),
    fallback: [],
    extract(ctx) {
      const part = getPart('entities');
      if (!part) {
        ctx.report({ code: 'entities-not-loaded', message: NOT_LOADED, severity: 'warning' });
        return [];
      }
      inner ??= options.recognise === undefined ? part.entitiesExtractor : part.createEntitiesExtractor(options);
      return inner.extract(ctx) as z.input<typeof EntitySchema>[];
    },
  });
}

/** The default `entities` extractor, with the built-in recogniser. */
export const entitiesExtractor = createEntitiesExtractor();

/**
 * The built-in recogniser: people, organisations and places by {@link recogniseNames}; dates,
 * sums of money and percentages from the text's quantities. Needs the `entities` part (loaded
 * from the start in Node; `await loadParts(['entities'])` in the browser build).
 *
 * @param text The document text.
 * @param ranges The parts of it to read, in reading order.
 * @param context The reference date for relative dates (optional).
 * @throws BroadsheetError `PART_NOT_LOADED` when the `entities` part is not loaded.
 */
export const recogniseEntities: Recogniser = (text, ranges, context) => entities().recogniseEntities(text, ranges, context);

/**
 * Finds the names of people, organisations and places in `text`, reading only `ranges`
 * (default: the whole text). Pure: the same input gives the same mentions, in reading order.
 * Needs the `entities` part, as {@link recogniseEntities} does.
 *
 * @param text The document text.
 * @param ranges The parts of the text to read, in reading order (optional; default: all of it).
 * @param sentences The sentences of `ranges`, in order, when the caller has split them already (optional).
 * @throws BroadsheetError `PART_NOT_LOADED` when the `entities` part is not loaded.
 */
export function recogniseNames(text: string, ranges?: readonly TextRange[], sentences?: readonly TextRange[]): NameMention[] {
  return entities().recogniseNames(text, ranges, sentences);
}

/**
 * Groups mentions into entities, each once under its fullest name (a surname alone to the
 * person who bears it, an acronym to the name it spells, a short form to its place; dates by
 * value), with salience from the mentions' weights. Needs the `entities` part, as
 * {@link recogniseEntities} does.
 *
 * @param mentions Typed mentions in reading order.
 * @param options The salience weight of a mention (optional).
 * @throws BroadsheetError `PART_NOT_LOADED` when the `entities` part is not loaded.
 */
export function mergeMentions(mentions: readonly RecognisedMention[], options?: MergeOptions): Entity[] {
  return entities().mergeMentions(mentions, options);
}
