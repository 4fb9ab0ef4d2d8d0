// An asynchronous extractor that asks an HTTP service about the article, run with parseAsync.
// A local server stands in for the service (a model server, a database, a link checker).
// Run: npx tsx examples/async-extractor.ts
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createParser, defaultExtractors, defineExtractor } from 'broadsheet';
import { z } from 'zod';

// The "service": answers with how many words of the posted text are in capitals.
const server = createServer(async (request, response) => {
  let text = '';
  for await (const chunk of request) text += chunk;
  const shouting = text.split(/\s+/).filter((word) => /^[A-Z]{2,}$/.test(word)).length;
  response.setHeader('content-type', 'application/json').end(JSON.stringify({ shouting }));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

const tone = defineExtractor({
  name: 'tone',
  dependsOn: ['body'],
  schema: z.object({ shouting: z.number().int().nonnegative() }),
  fallback: { shouting: 0 },
  async extract({ get }) {
    const response = await fetch(endpoint, { method: 'POST', body: get('body')?.text ?? '' });
    if (!response.ok) throw new Error(`the service answered ${response.status}`);
    return response.json();
  },
});

const parser = createParser({ extractors: [...defaultExtractors, tone] });
const result = await parser.parseAsync('Council backs NEW harbour plan\n\nThe council voted on Monday. Residents said it was URGENT and LONG overdue.');
console.log(result.headline, result.tone);

// The synchronous parse refuses it, naming the extractor.
try {
  parser.parse('Text.');
} catch (error) {
  console.log((error as Error).message);
}
server.close();
