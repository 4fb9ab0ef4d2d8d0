// Prints every quote of an article with its speaker.
// Run: npx tsx examples/quotes.ts [file]
import { readFileSync } from 'node:fs';
import { parseArticle } from 'broadsheet';

const sample = `Harbour town votes on new ferry link

Marta Olsen, the head of transport at Westhaven Council, believes that the link will double visitor numbers.

"We have waited ten years for this," said Daniel Brennan, a ferry captain. "It changes everything."

According to local media, the vote was close.`;

const text = process.argv[2] ? readFileSync(process.argv[2], 'utf8') : sample;
const { quotes } = parseArticle(text);

for (const quote of quotes) {
  const who = quote.speaker ? `${quote.speaker.name}${quote.speaker.title ? ` (${quote.speaker.title})` : ''}` : 'unknown';
  console.log(`[${quote.kind}] ${who}${quote.cue ? ` — ${quote.cue}` : ''}: ${quote.text}`);
}
