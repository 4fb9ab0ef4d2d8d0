// A broadsheet worker: parses the queue's documents and writes each result to the queue's results stream.
// Run one per core, on as many machines as you like:  npx tsx examples/queue/worker.ts
// Stop it with Ctrl-C or SIGTERM: the jobs in progress finish first.
import { createWorker } from 'broadsheet/queue';

const connection = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const queue = process.env.QUEUE ?? 'articles';

const worker = await createWorker({
  connection,
  queue,
  concurrency: 4,
  onError: (error) => console.error(`redis: ${error.message}`),
});
console.error(`worker ready on ${queue} at ${connection}`);

const ticker = setInterval(() => console.error(JSON.stringify(worker.stats())), 5000);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    console.error(`${signal}: finishing the jobs in progress`);
    clearInterval(ticker);
    await worker.close();
    console.error('stopped', JSON.stringify(worker.stats()));
  });
}
