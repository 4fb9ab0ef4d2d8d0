import { SingleBar } from 'cli-progress';
import { parseArticle } from '../pipeline/article.js';

/** What the CLI does with the outside world, so tests can give it their own. */
export interface CliIo {
  read(file: string): Uint8Array;
  write(line: string): void;
  warn(line: string): void;
  /** Show a progress bar (stderr is a terminal). */
  progress: boolean;
}

export interface ParseCommandOptions {
  format: 'auto' | 'text' | 'markdown' | 'html';
  url?: string;
  ndjson?: boolean;
  pretty?: boolean;
}

/**
 * Parses each file and writes its Article: pretty or compact JSON for one file, one line
 * per file otherwise. A file that cannot be read or parsed is reported on stderr and
 * skipped; the others still run. Returns the exit code: 0, or 2 if any file failed.
 */
export function run(files: string[], options: ParseCommandOptions, io: CliIo): number {
  const lines = options.ndjson || files.length > 1;
  const bar = io.progress && files.length > 1 ? new SingleBar({ clearOnComplete: true, hideCursor: true }) : null;
  bar?.start(files.length, 0);
  let failed = false;
  for (const file of files) {
    let input: Uint8Array;
    try {
      input = io.read(file);
    } catch (error) {
      failed = true;
      io.warn(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      bar?.increment();
      continue;
    }
    const result = parseOne(input, options);
    if ('error' in result) {
      failed = true;
      io.warn(`cannot parse ${file}: ${result.error}`);
    } else {
      io.write(JSON.stringify(result.article, null, options.pretty && !lines ? 2 : undefined));
    }
    bar?.increment();
  }
  bar?.stop();
  return failed ? 2 : 0;
}

function parseOne(input: Uint8Array, options: ParseCommandOptions): { article: unknown } | { error: string } {
  try {
    const parseOptions = options.url === undefined ? { format: options.format } : { format: options.format, url: options.url };
    return { article: parseArticle(input, parseOptions) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}
