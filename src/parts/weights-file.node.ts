// The Node ESM build ships the large encoded tables (the entity model, the gazetteer, eld's
// n-grams) as `.bin` files beside the part that reads them, not as base64 text inside it: Node
// reads a binary file in about a millisecond, where a JS file must be read as text, scanned and
// compiled around 1.7 MB of string literal (≈ 45 ms of a first parse) and the text kept in every
// thread's heap. scripts/browser-bindings.ts swaps the generated modules' base64 for calls to this.
import { readFileSync } from 'node:fs';
import { BroadsheetError } from '../errors.js';

/**
 * The bytes of an encoded table shipped as a file.
 *
 * @throws BroadsheetError `PART_NOT_LOADED` when the file is not there (the Node build bundled
 *   into a single file without `dist/parts/*.bin` beside it).
 */
export function readWeightsFile(url: URL): Uint8Array {
  try {
    return readFileSync(url);
  } catch (cause) {
    throw new BroadsheetError(
      'PART_NOT_LOADED',
      `Cannot read ${url.pathname}: a bundle of broadsheet's Node build needs broadsheet's dist/parts/*.bin files beside it (or keep broadsheet external)`,
      { cause },
    );
  }
}
