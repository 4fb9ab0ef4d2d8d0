// A user extractor with its own zod schema: its output appears on the result under its name, typed.
// Run: npx tsx examples/custom-extractor.ts
import { createParser, defaultExtractors, defineExtractor } from 'broadsheet';
import { z } from 'zod';

/** Counts the questions the article asks, and lists them. */
const questions = defineExtractor({
  name: 'questions',
  dependsOn: ['body'],
  schema: z.object({
    count: z.number().int().nonnegative(),
    sentences: z.array(z.object({ text: z.string(), start: z.number(), end: z.number() })),
  }),
  // What the field holds if extract throws: nothing found.
  fallback: { count: 0, sentences: [] },
  extract({ analysis, get }) {
    const body = get('body');
    const inBody = (start: number) => body?.paragraphs.some((p) => p.start <= start && start < p.end) ?? false;
    const sentences = analysis.sentences
      .filter((s) => s.text.endsWith('?') && inBody(s.start))
      .map(({ text, start, end }) => ({ text, start, end }));
    return { count: sentences.length, sentences };
  },
});

const parser = createParser({ extractors: [...defaultExtractors, questions] });

const result = parser.parse(`Will the bridge open on time?

The council says the new footbridge over the Wensum will open in May. Is that realistic?
Engineers are less sure. "We are two weeks behind," one said.
`);

// `result.questions` is typed: { count: number; sentences: { text; start; end }[] }
console.log(result.headline);
console.log(result.questions.count, result.questions.sentences.map((s) => s.text));
