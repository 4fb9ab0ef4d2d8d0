import type { BroadsheetError } from '../errors.js';
import type { Article } from '../model/article.js';

/** The formats a document can be given in; `auto` detects it. */
export type DocumentFormat = 'auto' | 'text' | 'markdown' | 'html';

/** One document of a batch, as the readers yield it and the workers parse it. */
export interface BatchDocument {
  /** Names the document in results: a file path, an NDJSON id, a WARC record id. */
  id: string | number;
  /** The document, as text or undecoded bytes (decoded as UTF-8). */
  input: string | Uint8Array;
  format?: DocumentFormat;
  /** The page's URL, for share data and resolving relative links. */
  url?: string;
}

/** A document a reader could not produce (an unreadable file, a bad NDJSON line): it fails as itself. */
export interface UnreadableDocument {
  id: string | number;
  url?: string;
  error: BroadsheetError;
}

/** What `parseMany` accepts for each document: text, bytes, a described document, or a reader's failure. */
export type BatchInput = string | Uint8Array | (Omit<BatchDocument, 'id'> & { id?: string | number }) | UnreadableDocument;

/** One document's outcome: its Article (or the custom pipeline's result), or the error that cost it. */
export type BatchResult<T = Article> =
  | { id: string | number; url?: string; article: T; error?: undefined }
  | { id: string | number; url?: string; error: BroadsheetError; article?: undefined };

/** Something a reader noticed about its source as a whole, such as a WARC file cut short. */
export interface ReaderDiagnostic {
  code: string;
  message: string;
  severity: 'warning' | 'error';
  /** The source (file path) concerned, when there is one. */
  source?: string;
  /** The byte offset in the source where the problem starts, when known. */
  offset?: number;
}

/** What every reader reports to besides the documents it yields. */
export interface ReaderOptions {
  /** Called for damage to the source as a whole; the documents before it are still yielded. */
  onDiagnostic?(diagnostic: ReaderDiagnostic): void;
  /** Called for each record passed over on purpose (a WARC record that is no HTML page), with why. */
  onSkip?(skipped: { source?: string; id?: string; url?: string; reason: string }): void;
}
