import { resolve } from 'node:path';
import { type Command, InvalidArgumentError, Option } from 'commander';
import type { BroadsheetWorker, QueueDocumentInput } from '../queue/index.js';
import { openSources } from './sources.js';

// `worker`, `enqueue` and `results`: broadsheet on a BullMQ queue (see docs/scaling.md). The queue
// module is loaded when one of them runs, so `broadsheet parse` does not compile it.
const queueModule = () => import('../queue/index.js');

const warn = (line: string) => process.stderr.write(`broadsheet: ${line}\n`);

const positive = (value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('Expected a whole number of 1 or more.');
  return number;
};

interface QueueFlags {
  redis: string;
  queue: string;
  prefix?: string;
}

const withQueueFlags = (command: Command) =>
  command
    .requiredOption('--redis <url>', 'the Redis server, as redis://host:port[/db]')
    .requiredOption('--queue <name>', 'the queue name')
    .option('--prefix <prefix>', "BullMQ's key prefix (default bull; use a {hash tag} on Redis Cluster)");

/** Adds the queue commands to the CLI. */
export function registerQueueCommands(program: Command): void {
  withQueueFlags(program.command('worker'))
    .description('Parse the queue’s documents until stopped; SIGTERM or Ctrl-C finishes the jobs in progress first.')
    .option('--concurrency <n>', 'jobs in progress at once', positive, 4)
    .option('--results-queue <name>', 'write results to this BullMQ queue instead of the results stream')
    .option('--lock-duration <ms>', 'how long a job stays locked without a renewal before it counts as stalled', positive)
    .option('--stalled-interval <ms>', 'how often to look for stalled jobs (a crashed worker’s)', positive)
    .option('--max-stalled-count <n>', 'how often a job may stall and be recovered before it fails', positive)
    .option('--stats-interval <s>', 'print the counters every so many seconds (0: only at the end)', Number, 30)
    .action(async (flags: QueueFlags & WorkerFlags) => runGuarded(() => runWorker(flags)));

  withQueueFlags(program.command('enqueue'))
    .description('Add documents to the queue, one job each; a document already queued (same id) is not added again.')
    .argument('<inputs...>', 'files, directories, globs, NDJSON (--input-ndjson), WARC or WARC.gz files; - is standard input')
    .addOption(new Option('--format <format>', 'input format').choices(['auto', 'text', 'markdown', 'html']).default('auto'))
    .option('--url <url>', 'the article URL (for one file)')
    .option('--input-ndjson', 'inputs are NDJSON: one {id, url, html|text|markdown} per line')
    .option('--input-warc', 'inputs are WARC or WARC.gz (implied by a .warc or .warc.gz name)')
    .option('--by-reference', 'send each file’s path instead of its text (workers must see the same files)')
    .option('--attempts <n>', 'attempts per job; only transient failures use more than one', positive, 3)
    .action(async (inputs: string[], flags: QueueFlags & EnqueueFlags) => runGuarded(() => runEnqueue(inputs, flags)));

  withQueueFlags(program.command('results'))
    .description('Print the queue’s results as NDJSON, ending once every job has finished.')
    .option('--follow', 'keep printing new results; never end')
    .option('--after <entry>', 'start after this results-stream entry id')
    .action(async (flags: QueueFlags & { follow?: boolean; after?: string }) => runGuarded(() => runResults(flags)));
}

async function runGuarded(command: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await command();
  } catch (error) {
    warn((error as Error).message);
    process.exitCode = 1;
  }
}

const queueOptions = (flags: QueueFlags) => ({
  connection: flags.redis,
  queue: flags.queue,
  ...(flags.prefix === undefined ? {} : { prefix: flags.prefix }),
});

interface WorkerFlags {
  concurrency: number;
  resultsQueue?: string;
  lockDuration?: number;
  stalledInterval?: number;
  maxStalledCount?: number;
  statsInterval: number;
}

async function runWorker(flags: QueueFlags & WorkerFlags): Promise<number> {
  const { createWorker } = await queueModule();
  let lastError = 0;
  const worker: BroadsheetWorker = await createWorker({
    ...queueOptions(flags),
    concurrency: flags.concurrency,
    ...(flags.resultsQueue === undefined ? {} : { results: { type: 'queue', name: flags.resultsQueue } }),
    bullmq: {
      ...(flags.lockDuration === undefined ? {} : { lockDuration: flags.lockDuration }),
      ...(flags.stalledInterval === undefined ? {} : { stalledInterval: flags.stalledInterval }),
      ...(flags.maxStalledCount === undefined ? {} : { maxStalledCount: flags.maxStalledCount }),
    },
    onError(error) {
      // A lost connection reports on every command; once every few seconds is enough to see it.
      if (Date.now() - lastError < 5000) return;
      lastError = Date.now();
      warn(`redis: ${error.message} (the worker reconnects by itself)`);
    },
  });
  const report = (what: string) => warn(`${what} ${JSON.stringify(worker.stats())}`);
  warn(`worker ready on queue ${flags.queue} (concurrency ${flags.concurrency})`);
  const timer = flags.statsInterval > 0 ? setInterval(() => report('stats'), flags.statsInterval * 1000) : undefined;

  return new Promise<number>((resolveExit) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        // A second signal: stop now; the jobs in progress go back to the queue through the stalled check.
        warn(`${signal} again: closing without waiting`);
        void worker.worker.close(true).finally(() => resolveExit(1));
        return;
      }
      stopping = true;
      warn(`${signal}: finishing the jobs in progress`);
      clearInterval(timer);
      void worker.close().then(
        () => {
          report('worker stopped');
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          resolveExit(0);
        },
        (error: Error) => {
          warn(`closing failed: ${error.message}`);
          resolveExit(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

interface EnqueueFlags {
  format: 'auto' | 'text' | 'markdown' | 'html';
  inputNdjson?: boolean;
  inputWarc?: boolean;
  url?: string;
  byReference?: boolean;
  attempts: number;
}

async function runEnqueue(targets: string[], flags: QueueFlags & EnqueueFlags): Promise<number> {
  const skipped = new Map<string, number>();
  let unreadable = 0;
  let damaged = 0;
  const { documents, files } = await openSources(targets, flags, {
    stdin: () => process.stdin,
    onSkip: (reason) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1),
    onDiagnostic: (d) => {
      if (d.severity === 'error') damaged++;
      warn(`${d.source ?? 'input'}: ${d.message}`);
    },
  });
  if (flags.byReference && !files) throw new Error('--by-reference takes files, directories or globs, not NDJSON, WARC or standard input');
  if (flags.url !== undefined && (!files || files.length !== 1)) throw new Error('--url names the article of one file');

  // A file's id is its absolute path, so enqueueing it again (from any directory) adds nothing.
  const queueDocuments = async function* (): AsyncGenerator<QueueDocumentInput> {
    if (flags.byReference) {
      for (const file of files!) yield { id: resolve(file), inputRef: resolve(file), format: flags.format };
      return;
    }
    for await (const document of documents) {
      if ('error' in document) {
        unreadable++;
        warn(document.error.message);
        continue;
      }
      const url = document.url ?? flags.url;
      yield {
        id: files ? resolve(String(document.id)) : document.id,
        input: document.input,
        format: document.format ?? flags.format,
        ...(url === undefined ? {} : { url }),
      };
    }
  };
  const { enqueue } = await queueModule();
  const submitted = await enqueue(queueDocuments(), { ...queueOptions(flags), attempts: flags.attempts });
  const skips = [...skipped].map(([reason, count]) => `, ${count} skipped (${reason})`).join('');
  warn(`enqueued ${submitted} document${submitted === 1 ? '' : 's'} on queue ${flags.queue}${unreadable ? `, ${unreadable} unreadable` : ''}${skips}`);
  return unreadable > 0 || damaged > 0 ? 1 : 0;
}

async function runResults(flags: QueueFlags & { follow?: boolean; after?: string }): Promise<number> {
  const { readResults } = await queueModule();
  let failed = false;
  for await (const { result } of readResults({
    ...queueOptions(flags),
    ...(flags.follow ? { follow: true } : {}),
    ...(flags.after === undefined ? {} : { after: flags.after }),
  })) {
    if (result.error) failed = true;
    if (!process.stdout.write(`${JSON.stringify(result)}\n`)) await new Promise((done) => process.stdout.once('drain', done));
  }
  return failed ? 2 : 0;
}
