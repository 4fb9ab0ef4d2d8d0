import { BroadsheetError } from 'broadsheet';
import type { QueueFailure } from './job.js';

// System error codes that say "try again later": the resource exists but was busy or unreachable.
const TRANSIENT_CODES = new Set([
  'EAGAIN',
  'EAI_AGAIN',
  'EBUSY',
  'ECONNREFUSED',
  'ECONNRESET',
  'EIO',
  'EMFILE',
  'ENFILE',
  'EPIPE',
  'ETIMEDOUT',
]);

/**
 * The default retry rule. A `BroadsheetError` is about the content or the options and fails the same way
 * every time; a system error is transient when its code says so (ENOENT is not); anything else thrown is
 * unexpected and retried, so a glitch passes and a poison document fails after its attempts.
 */
export function isTransientFailure(error: unknown): boolean {
  if (isBroadsheetError(error)) return false;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return TRANSIENT_CODES.has(code);
  return true;
}

/** The failure written as a job's result; `fallbackCode` names errors that are not a `BroadsheetError`. */
export function describeFailure(error: unknown, attempts: number, fallbackCode: string): QueueFailure {
  const code = isBroadsheetError(error) ? error.code : fallbackCode;
  const message = error instanceof Error ? error.message : String(error);
  return { code, message, attempts };
}

// By name too: a custom pipeline may carry its own copy of the class.
function isBroadsheetError(error: unknown): error is BroadsheetError {
  return error instanceof BroadsheetError || (error instanceof Error && error.name === 'BroadsheetError' && 'code' in error);
}
