import { fileURLToPath } from 'node:url';
import type { OnLoadArgs, OnLoadResult, PluginBuild } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ngramsAsJson } from '../scripts/json-tables.js';

describe('ngramsAsJson (build plugin)', () => {
  it("ships eld's n-gram table as JSON that parses to the very object eld writes", async () => {
    let load: ((args: OnLoadArgs) => Promise<OnLoadResult>) | undefined;
    let filter: RegExp | undefined;
    const build = { onLoad: (options: { filter: RegExp }, callback: typeof load) => ((filter = options.filter), (load = callback)) };
    ngramsAsJson.setup(build as unknown as PluginBuild);
    // eld's exports map hides the file; the build reaches it through eld's own import.
    const path = fileURLToPath(new URL('../node_modules/eld/src/ngrams/extrasmall.js', import.meta.url));
    expect(filter!.test(path)).toBe(true);
    const { contents } = await load!({ path } as OnLoadArgs);
    expect(String(contents)).toMatch(/^export const ngramsData = JSON\.parse\(/);
    const shipped = (await import(`data:text/javascript,${encodeURIComponent(String(contents))}`)) as { ngramsData: unknown };
    const original = (await import(path)) as { ngramsData: unknown };
    expect(shipped.ngramsData).toStrictEqual(original.ngramsData);
  });
});
