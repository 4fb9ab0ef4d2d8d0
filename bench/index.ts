// `npm run bench [-- NAME...]`: the project's benchmarks, each beside its baseline in the same
// process; with names (pipeline, entities, html, quotes, startup, batch, hostile), only those. The script bundles this file
// with esbuild first, as tsup bundles the package, so what is timed is the code users run (tsx
// would time its own transform too: it wraps every function it creates to keep its name).
import { run as batch } from './batch.js';
import { run as entities } from './entities.js';
import { run as hostile } from './hostile.js';
import { run as html } from './html.js';
import { run as pipeline } from './pipeline.js';
import { run as quotes } from './quotes.js';
import { run as startup } from './startup.js';

const benchmarks = [
  ['pipeline', 'default pipeline vs remark-parse alone', pipeline],
  ['entities', 'entities', entities],
  ['html', 'html', html],
  ['quotes', 'quotes', quotes],
  ['startup', 'cold start: import, first parse, one-file CLI run', startup],
  ['batch', 'parseMany: workers, per-core throughput against Readability, RSS over a stream', batch],
  ['hostile', 'hostile inputs: CPU ms per parse, against prose of the same length, and growth from half size', hostile],
] as const;

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !benchmarks.some(([key]) => key === name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')} (choose from ${benchmarks.map(([key]) => key).join(', ')})`);
  process.exit(2);
}
for (const [key, title, run] of benchmarks) {
  if (wanted.length > 0 && !wanted.includes(key)) continue;
  console.log(`\n# ${title}`);
  await run();
}
