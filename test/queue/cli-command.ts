import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

// The built CLI when it is newer than every source file (landing and CI build first), which starts in
// half the time of compiling the sources with tsx on a loaded machine; else the sources.
const builtCli = join(root, 'dist/cli.js');
export const cli =
  existsSync(builtCli) && newestSource(join(root, 'src')) <= statSync(builtCli).mtimeMs ? [builtCli] : ['--import', 'tsx', 'src/cli/index.ts'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) newest = Math.max(newest, statSync(join(dir, file)).mtimeMs);
  return newest;
}
