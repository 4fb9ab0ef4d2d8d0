// Reading ../shared/corpus from the checks that compare a part of ours with the library it stands in for.
// Nothing read here goes into the project.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname, '../../shared/corpus');

/** Every file below `dir`, in name order, depth first. */
export function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}
