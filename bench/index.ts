// `npm run bench`: every benchmark of the project, each beside its baseline in the same process.
import { run as entities } from './entities.js';
import { run as html } from './html.js';
import { run as pipeline } from './pipeline.js';
import { run as quotes } from './quotes.js';

for (const [name, run] of [
  ['default pipeline vs remark-parse alone', pipeline],
  ['entities', entities],
  ['html', html],
  ['quotes', quotes],
] as const) {
  console.log(`\n# ${name}`);
  await run();
}
