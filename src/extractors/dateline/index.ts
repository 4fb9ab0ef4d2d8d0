import { z } from 'zod';
import { defineExtractor } from '../../pipeline/extractor.js';

// `WHITE PLAINS, N.Y. — `, `LONDON (Reuters) - `: a place in capitals, maybe a state or
// country, maybe an agency in brackets, then a dash. Bounded repeats keep it linear.
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?(?:,[ \t]*\p{Lu}[\p{L}.]{0,20}(?:[ \t]\p{Lu}[\p{L}.]{0,20}){0,2})?)[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[—–-]{1,2}[ \t]/u;

const OPENS_IN_CAPITALS = /^\p{Lu}{2,}/u;

/** OPENS_IN_CAPITALS, with an ASCII character other than A–Z in the first two places (most texts) settled by its code. */
function opensInCapitals(text: string): boolean {
  for (let i = 0; i < 2; i++) {
    const code = text.charCodeAt(i);
    if (code < 65 || (code > 90 && code < 128)) return false;
  }
  return OPENS_IN_CAPITALS.test(text);
}

/** The place line that opens the first paragraph (`WHITE PLAINS, N.Y.`), as written. */
export const datelineExtractor = defineExtractor({
  name: 'dateline',
  schema: z.string().min(1).nullable(),
  extract({ analysis }) {
    const { headline, byline, dateLine } = analysis.lead;
    const first = analysis.blocks.find(
      (b) => b.type === 'paragraph' && b !== headline && b !== byline && b !== dateLine && !b.inList,
    );
    // The first word must be all capitals: `WASHINGTON`, not a sentence opening with `A`. The
    // match opens the text, so this is asked of the text first: most first paragraphs fail it, and
    // DATELINE, costly to compile (docs/batch.md, "Cold start"), is then never run.
    if (!first || !opensInCapitals(first.text)) return null;
    const match = DATELINE.exec(first.text);
    if (!match?.[1] || !OPENS_IN_CAPITALS.test(match[1])) return null;
    return match[1].trim().replace(/,$/, '');
  },
});
