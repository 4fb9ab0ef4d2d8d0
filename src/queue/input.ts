import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BroadsheetError } from 'broadsheet';
import { isTransientFailure } from './failure.js';

/** Turns a document's `inputRef` into its text or bytes. */
export type InputResolver = (inputRef: string) => Promise<string | Uint8Array>;

/**
 * The default resolver: a file path or `file:` URL on a file system every worker can see. A file that is
 * not there (or not a file) is a permanent `INPUT_UNAVAILABLE`; a busy or flaky disk is retried.
 */
export const readInputFile: InputResolver = async (inputRef) => {
  const path = inputRef.startsWith('file:') ? fileURLToPath(inputRef) : inputRef;
  try {
    return await readFile(path);
  } catch (error) {
    if (isTransientFailure(error)) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new BroadsheetError('INPUT_UNAVAILABLE', `Cannot read ${inputRef}: ${reason}`, { cause: error });
  }
};
