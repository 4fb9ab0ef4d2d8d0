// Adds articles to the queue, then prints each result as the workers write it, ending when all are done.
// Run:  npx tsx examples/queue/producer.ts [files…]   (default: the test fixtures)
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enqueue, type QueueDocument, readResults } from 'broadsheet/queue';

const connection = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const queue = process.env.QUEUE ?? 'articles';

const fixtures = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync(fixtures).flatMap((dir) => readdirSync(fixtures + dir).filter((f) => f.startsWith('input.')).map((f) => `${fixtures}${dir}/${f}`));

function* documents(): Generator<QueueDocument> {
  for (const file of files) yield { id: file, input: readFileSync(file, 'utf8') };
}

const submitted = await enqueue(documents(), { connection, queue });
console.error(`enqueued ${submitted} documents on ${queue}; waiting for the workers…`);

let articles = 0;
let errors = 0;
for await (const { result } of readResults({ connection, queue })) {
  if (result.article) {
    articles++;
    console.log(`${result.id}\t${result.article.headline ?? '(no headline)'}`);
  } else {
    errors++;
    console.log(`${result.id}\tERROR ${result.error.code}: ${result.error.message}`);
  }
}
console.error(`${articles} articles, ${errors} errors`);
