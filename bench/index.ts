// `npm run bench`: every benchmark of the project, each beside its baseline in the same process.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchPipeline } from './pipeline.js';

const seed = fileURLToPath(new URL('../../shared/corpus/seed/article.txt', import.meta.url));
const fallback = fileURLToPath(new URL('../test/fixtures/text-harbour/input.txt', import.meta.url));

console.log('# default pipeline vs remark-parse alone');
await benchPipeline(existsSync(seed) ? seed : fallback);

// Benchmarks that other parts of the library contribute, run when present.
for (const name of ['entities', 'html', 'quotes']) {
  const file = new URL(`./${name}.ts`, import.meta.url);
  if (!existsSync(fileURLToPath(file))) continue;
  const module = (await import(file.href)) as { run?: () => Promise<void> };
  if (module.run) {
    console.log(`\n# ${name}`);
    await module.run();
  }
}
