// Plugging your own entity recogniser into the `entities` extractor: here a watch-list of product
// names a newsroom tracks, added to what the built-in recogniser finds. A recogniser is a pure
// function (text, ranges, context) → typed mentions; alias merging and salience stay the library's.
// Run: npx tsx examples/custom-entities.ts
import {
  createEntitiesExtractor,
  createParser,
  defaultExtractors,
  type RecognisedMention,
  type Recogniser,
  recogniseEntities,
} from 'broadsheet';

/** Finds every listed product name in the ranges it is given. */
function watchList(names: readonly string[]): Recogniser {
  return (text, ranges) => {
    const found: RecognisedMention[] = [];
    for (const range of ranges) {
      const piece = text.slice(range.start, range.end);
      for (const name of names) {
        for (let i = piece.indexOf(name); i >= 0; i = piece.indexOf(name, i + name.length)) {
          found.push({ text: name, start: range.start + i, end: range.start + i + name.length, type: 'other' });
        }
      }
    }
    return found;
  };
}

const products = watchList(['Tidewater 3', 'HarbourOS']);

// The watch-list first; then whatever the built-in recogniser finds outside those mentions.
const combined: Recogniser = (text, ranges, context) => {
  const listed = products(text, ranges, context);
  const outside = (m: RecognisedMention) => listed.every((p) => m.end <= p.start || m.start >= p.end);
  return [...listed, ...recogniseEntities(text, ranges, context).filter(outside)];
};

const parser = createParser({
  extractors: defaultExtractors.map((e) => (e.name === 'entities' ? createEntitiesExtractor({ recognise: combined }) : e)),
});

const result = parser.parse(`Harbour Robotics Unveils Tidewater 3

ROTTERDAM - Harbour Robotics chief executive Mirjam de Vries showed the Tidewater 3 crane on Tuesday.
The crane runs HarbourOS, which de Vries said would reach Hamburg next year.`);

for (const entity of result.entities) {
  console.log(`${entity.type.padEnd(12)} ${entity.name.padEnd(24)} ×${entity.mentions.length}  salience ${entity.salience}`);
}
