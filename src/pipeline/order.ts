import { BroadsheetError } from '../errors.js';
import type { AnyExtractor } from './extractor.js';

/**
 * Orders extractors so each runs after what it depends on, keeping the given order
 * wherever dependencies allow. Throws for duplicates, missing dependencies and cycles.
 */
export function orderExtractors(extractors: readonly AnyExtractor[]): AnyExtractor[] {
  const byName = new Map<string, AnyExtractor>();
  for (const extractor of extractors) {
    if (!extractor || typeof extractor !== 'object' || typeof extractor.extract !== 'function') {
      throw new BroadsheetError('INVALID_OPTIONS', `Expected extractors made with defineExtractor, not \`${String(extractor)}\``);
    }
    if (byName.has(extractor.name)) {
      throw new BroadsheetError('DUPLICATE_EXTRACTOR', `Expected one extractor named \`${extractor.name}\`, not two`, {
        extractor: extractor.name,
      });
    }
    byName.set(extractor.name, extractor);
  }
  for (const extractor of extractors) {
    for (const dependency of extractor.dependsOn) {
      if (!byName.has(dependency)) {
        throw new BroadsheetError(
          'MISSING_DEPENDENCY',
          `Extractor \`${extractor.name}\` depends on \`${dependency}\`, which is not in this parser`,
          { extractor: extractor.name },
        );
      }
    }
  }
  const prerequisites = (e: AnyExtractor) => [...e.dependsOn, ...e.after.filter((n) => byName.has(n))];
  const ordered: AnyExtractor[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (extractor: AnyExtractor, path: string[]): void => {
    const seen = state.get(extractor.name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const cycle = [...path.slice(path.indexOf(extractor.name)), extractor.name].join(' → ');
      throw new BroadsheetError('DEPENDENCY_CYCLE', `Extractors depend on each other in a cycle: ${cycle}`, {
        extractor: extractor.name,
      });
    }
    state.set(extractor.name, 'visiting');
    for (const name of prerequisites(extractor)) visit(byName.get(name)!, [...path, extractor.name]);
    state.set(extractor.name, 'done');
    ordered.push(extractor);
  };
  for (const extractor of extractors) visit(extractor, []);
  return ordered;
}
