import { renderExplain } from '../explain/index.js';
import { parseArticle } from '../pipeline/article.js';

/** What `explain` does with the outside world, so tests can give it their own. */
export interface ExplainIo {
  read(file: string): Uint8Array;
  write(text: string): void;
  warn(line: string): void;
}

/** The options of `broadsheet explain`. */
export interface ExplainCommandOptions {
  format: 'auto' | 'text' | 'markdown' | 'html';
  url?: string;
}

/**
 * Parses one file and writes the explain page for it (one self-contained HTML document).
 * Returns the exit code: 0, or 2 when the file cannot be read or parsed.
 */
export function explain(file: string, options: ExplainCommandOptions, io: ExplainIo): number {
  let source: string;
  try {
    // Decoded as parseArticle decodes bytes, so the offsets point into this very string.
    source = new TextDecoder('utf-8').decode(io.read(file));
  } catch (error) {
    io.warn(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 2;
  }
  try {
    const article = parseArticle(source, options.url === undefined ? { format: options.format } : { format: options.format, url: options.url });
    io.write(renderExplain(source, article));
    return 0;
  } catch (error) {
    io.warn(`cannot parse ${file}: ${(error as Error).message}`);
    return 2;
  }
}
