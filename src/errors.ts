/** Stable codes of {@link BroadsheetError}; match on these, not on messages. */
export type BroadsheetErrorCode =
  | 'INVALID_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'INVALID_OPTIONS'
  | 'UNSUPPORTED_FORMAT'
  /** A part of the pipeline (HTML adapter, entity recogniser, Markdown, chrono) is not loaded in this bundle: `await loadParts()`. */
  | 'PART_NOT_LOADED'
  | 'DUPLICATE_EXTRACTOR'
  | 'MISSING_DEPENDENCY'
  | 'DEPENDENCY_CYCLE'
  | 'EXTRACTOR_FAILED'
  | 'INVALID_EXTRACTOR_OUTPUT'
  /** A trained model's weights are missing, corrupt or do not match their configuration. */
  | 'INVALID_MODEL'
  /** `parse` was called on a parser holding an asynchronous extractor. */
  | 'ASYNC_EXTRACTOR'
  /** A batch document ran past its time limit. */
  | 'TIMEOUT'
  /** A batch was aborted while the document was in flight. */
  | 'ABORTED'
  /** The worker parsing a batch document died (memory limit, a crash). */
  | 'WORKER_FAILED'
  /** broadsheet/queue: a job's data is not a queue document; its inputRef cannot be read; bullmq is not installed. */
  | 'INVALID_JOB'
  | 'INPUT_UNAVAILABLE'
  | 'QUEUE_UNAVAILABLE';

const BRAND = Symbol.for('broadsheet.BroadsheetError');

/** The one error class broadsheet throws. */
export class BroadsheetError extends Error {
  /**
   * `instanceof` holds across copies of the class: the main entry, `broadsheet/batch`, the CommonJS
   * build and a worker's bundle each carry one.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  override readonly name = 'BroadsheetError';
  readonly [BRAND] = true;
  readonly code: BroadsheetErrorCode;
  /** The extractor concerned, where there is one. */
  readonly extractor: string | undefined;

  constructor(code: BroadsheetErrorCode, message: string, options?: { cause?: unknown; extractor?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.extractor = options?.extractor;
  }
}
