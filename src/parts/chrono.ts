// The `chrono` part: chrono's English parsers only, as the whole package also builds the parsers
// of a dozen other languages when it is loaded.
//
// `casual` and `strict` are our own instances of chrono's configurations, quicker to start and
// finding exactly the same: a parser whose every match holds a cue (below) runs only on a text
// that holds it. chrono's cost on a first parse is V8 compiling its patterns to bytecode and then
// machine code, far more than running them, and the largest patterns — spans of time such as
// `three weeks ago`, `within two years` — are the ones news text rarely has, so on most texts
// they are never compiled (docs/batch.md, "Cold start"; scripts/chrono-equivalence.ts checks the
// results on the shared corpora).
import { Chrono, configuration } from 'chrono-node/en';

export * from 'chrono-node/en';

type Parser = Chrono['parsers'][number];
type Context = Parameters<Parser['pattern']>[0];

// What every match of a span of time holds (chrono 2.x, TIME_UNITS_PATTERN in its English
// constants): the end of a number (digits, a number word to twelve, `half [a]`, `a`/`an` before
// a space, `few`, `several`, `the`, `couple [of]`), up to three spaces, a unit of time, then a
// word's end or a word the parsers read right after the span (`ago`, `later`…).
const SPAN_OF_TIME = new RegExp(
  String.raw`(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half(?:\s{0,2}an?)?|an?\s|few|several|the|couple\s{0,2}(?:of)?)` +
    String.raw`\s{0,3}(?:s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yr|years?)` +
    String.raw`(?:\W|$|ago|before|earlier|later|after|from now|henceforth|forward|out)`,
  'i',
);

// A day before its month (`10 September`, `3rd of May`, `1-Jan`): the end of a day number or an
// ordinal word, the separators chrono allows, the start of a month name.
const DAY_BEFORE_MONTH = /(?:\d|st|nd|rd|th)(?:-|\/|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * The parsers gated, by class name, each with what all of its matches hold. A minifier that
 * renames the classes leaves them ungated: slower to start, never wrong.
 */
export const PARSER_CUES: ReadonlyMap<string, RegExp> = new Map([
  ['ENTimeUnitAgoFormatParser', SPAN_OF_TIME],
  ['ENTimeUnitLaterFormatParser', SPAN_OF_TIME],
  ['ENTimeUnitWithinFormatParser', SPAN_OF_TIME],
  ['ENTimeUnitCasualRelativeFormatParser', SPAN_OF_TIME],
  ['ENMonthNameLittleEndianParser', DAY_BEFORE_MONTH],
]);

// Matches nothing, at once.
const NEVER = /(?!)/;

/** chrono with the parsers of `config`, each gated on its cue where it has one. */
function cuedChrono(config: ConstructorParameters<typeof Chrono>[0]): Chrono {
  const chrono = new Chrono(config);
  for (const parser of chrono.parsers) {
    const cue = PARSER_CUES.get(parser.constructor.name);
    if (cue === undefined) continue;
    const pattern = parser.pattern.bind(parser);
    parser.pattern = (context: Context): RegExp => (cue.test(context.text) ? pattern(context) : NEVER);
  }
  return chrono;
}

/** chrono's casual English parser (as `chrono.casual`), quicker to start. */
export const casual: Chrono = cuedChrono(configuration.createCasualConfiguration(false));
/** chrono's strict English parser (as `chrono.strict`), quicker to start. */
export const strict: Chrono = cuedChrono(configuration.createConfiguration(true, false));
