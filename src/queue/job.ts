import { createHash } from 'node:crypto';
import { z } from 'zod';
import { BroadsheetError } from 'broadsheet';
import { decodeInput } from '../input/decode.js';

/**
 * One document for the queue: its text inline (`input`) or a reference the worker resolves (`inputRef`,
 * by default a file path or `file:` URL on a file system the workers share). The same shape as the
 * batch readers' records, plus `inputRef`.
 */
export const QueueDocumentSchema = z
  .object({
    /** The document's id; the job id is derived from it, so enqueueing the same id twice makes one job. */
    id: z.string().min(1),
    input: z.string().optional(),
    inputRef: z.string().min(1).optional(),
    format: z.enum(['auto', 'text', 'markdown', 'html']).optional(),
    url: z.string().optional(),
  })
  .refine((document) => (document.input === undefined) !== (document.inputRef === undefined), {
    message: 'Expected exactly one of `input` and `inputRef`',
  });

export type QueueDocument = z.infer<typeof QueueDocumentSchema>;

/** What producers accept: a document as the batch readers yield it (a numeric id, bytes as input) is sent as text. */
export type QueueDocumentInput = Omit<QueueDocument, 'id' | 'input'> & { id: string | number; input?: string | Uint8Array };

/** Why a document yielded no Article: a stable code, the message, and how many attempts were made. */
export interface QueueFailure {
  code: string;
  message: string;
  attempts: number;
}

/** What a worker writes for each job: the parsed result, or the failure that ended the job. */
export type QueueResult<T = unknown> =
  | { id: string; url?: string; article: T; error?: undefined }
  | { id: string; url?: string; article?: undefined; error: QueueFailure };

/**
 * Checks a document, throwing `INVALID_JOB` with the first problem. A numeric id becomes text; bytes become text
 * as the parser would read them (byte order mark, valid UTF-8, the page's declared charset, else windows-1252).
 */
export function toQueueDocument(value: unknown): QueueDocument {
  const checked = QueueDocumentSchema.safeParse(normalise(value));
  if (checked.success) return checked.data;
  const issue = checked.error.issues[0];
  const where = issue?.path.length ? ` at \`${issue.path.join('.')}\`` : '';
  throw new BroadsheetError('INVALID_JOB', `Invalid queue document${where}: ${issue?.message ?? 'invalid'}`, {
    cause: checked.error,
  });
}

/**
 * The BullMQ job id of a document id. BullMQ rejects ids that are integers or hold a colon (URLs, WARC
 * record ids), and job ids share the queue's key space, so the id is hashed: stable, and never a clash.
 */
export function jobIdOf(documentId: string): string {
  return `doc-${createHash('sha256').update(documentId).digest('hex').slice(0, 40)}`;
}

function normalise(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { id, input, format } = value as { id?: unknown; input?: unknown; format?: unknown };
  if (typeof id !== 'number' && !(input instanceof Uint8Array)) return value;
  return {
    ...value,
    ...(typeof id === 'number' && Number.isFinite(id) ? { id: String(id) } : {}),
    ...(input instanceof Uint8Array ? { input: decodeInput(input, format !== 'text' && format !== 'markdown', []).text } : {}),
  };
}
