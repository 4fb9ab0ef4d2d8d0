import type { Readable } from 'node:stream';
import type { BatchDocument, ReaderDiagnostic, UnreadableDocument } from '../batch/index.js';

// What the CLI's targets hold, read by the batch readers: shared by the parse command and `enqueue`.

export const WARC = /\.warc(\.gz)?$/i;

export interface SourceOptions {
  format: 'auto' | 'text' | 'markdown' | 'html';
  inputNdjson?: boolean;
  inputWarc?: boolean;
}

export interface SourceHooks {
  stdin(): Readable | AsyncIterable<Uint8Array>;
  /** A WARC record that is not a page (counted by reason). */
  onSkip(reason: string): void;
  /** A damaged source (a WARC file cut short). */
  onDiagnostic(diagnostic: ReaderDiagnostic): void;
}

export interface Sources {
  documents: AsyncGenerator<BatchDocument | UnreadableDocument>;
  /** The plain files, when every target is files, directories or globs (known before reading: a progress total). */
  files?: string[];
}

/** Files, directories, globs, NDJSON (`--input-ndjson`) and WARC (`--input-warc` or the name); `-` is standard input. */
export async function openSources(targets: string[], options: SourceOptions, hooks: SourceHooks): Promise<Sources> {
  const { readFiles, readNdjson, readWarc, listFiles } = await import('../batch/index.js');
  const fileOptions = options.format === 'auto' ? {} : { format: options.format };
  const plainFiles = targets.every((t) => t !== '-' && !options.inputNdjson && !options.inputWarc && !WARC.test(t));
  const files = plainFiles ? await listFiles(targets) : undefined;
  const onSkip = ({ reason }: { reason: string }) => hooks.onSkip(reason);
  async function* documents(): AsyncGenerator<BatchDocument | UnreadableDocument> {
    if (files) {
      yield* readFiles(files, fileOptions);
      return;
    }
    for (const target of targets) {
      const source = target === '-' ? hooks.stdin() : target;
      if (options.inputNdjson) yield* readNdjson(source);
      else if (options.inputWarc || WARC.test(target)) yield* readWarc(source, { onSkip, onDiagnostic: hooks.onDiagnostic });
      else yield* readFiles([target], fileOptions);
    }
  }
  return files ? { documents: documents(), files } : { documents: documents() };
}
