import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { BroadsheetError } from '../../errors.js';
import type { BatchDocument, DocumentFormat, UnreadableDocument } from '../types.js';

/** The extensions a directory is searched for, and the format each implies. */
const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

/** The options of {@link readFiles}. */
export interface ReadFilesOptions {
  /** The format of every file (default: from the extension, else detected). */
  format?: DocumentFormat;
}

/**
 * The documents named by files, directories (searched recursively for .html, .htm, .xhtml, .md,
 * .markdown, .txt and .text files) and glob patterns, in the order given, each directory and
 * pattern sorted by path. Each file is read when its turn comes, so a batch holds only the files
 * in flight. A path that cannot be read yields an {@link UnreadableDocument}, and the rest go on.
 */
export async function* readFiles(
  paths: Iterable<string>,
  options: ReadFilesOptions = {},
): AsyncGenerator<BatchDocument | UnreadableDocument> {
  for (const path of paths) {
    for (const file of await listFiles([path])) {
      try {
        const input = await readFile(file);
        yield { id: file, input, format: options.format ?? FORMAT_BY_EXTENSION[extname(file).toLowerCase()] ?? 'auto' };
      } catch (error) {
        yield { id: file, error: unreadable(file, error) };
      }
    }
  }
}

/** The files `readFiles` would read, in its order: to count them first (a progress bar's total). */
export async function listFiles(paths: Iterable<string>): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) files.push(...(await expand(path)));
  return files;
}

async function expand(path: string): Promise<string[]> {
  if (isDynamicPattern(path)) return (await glob(path, { onlyFiles: true, expandDirectories: false, absolute: isAbsolute(path) })).sort();
  const isDirectory = await stat(path).then((s) => s.isDirectory(), () => false);
  if (!isDirectory) return [path];
  const extensions = Object.keys(FORMAT_BY_EXTENSION).map((e) => e.slice(1));
  const found = await glob(`**/*.{${extensions.join(',')}}`, { cwd: path, onlyFiles: true, absolute: false, caseSensitiveMatch: false });
  return found.sort().map((file) => `${path.replace(/\/+$/, '')}/${file}`);
}

function unreadable(file: string, error: unknown): BroadsheetError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new BroadsheetError('INVALID_INPUT', `Cannot read ${file}: ${reason}`, { cause: error });
}
