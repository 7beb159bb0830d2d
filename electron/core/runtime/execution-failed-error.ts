import { SwitchyardError } from '../../../shared/errors';
import type { RuntimeResult } from './types';

/**
 * Thrown by `execute` when no link of the chain produced a first part (or the caller cancelled first).
 * It takes status, type and code from the last failure — a 429 stays a 429, a privacy block stays a 403 —
 * and carries the run's result so the routing log still records every attempt.
 */
export class ExecutionFailedError extends SwitchyardError {
  constructor(
    last: SwitchyardError,
    readonly result: RuntimeResult,
  ) {
    const tried = result.attempts.length;
    const prefix = tried > 1 ? `All ${tried} attempts failed; the last: ` : '';
    super(`${prefix}${last.message}`, {
      status: last.status,
      type: last.type,
      code: last.code,
      param: last.param,
      ...(last.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: last.retryAfterSeconds }),
      ...(last.shouldRetry === undefined ? {} : { shouldRetry: last.shouldRetry }),
    });
  }
}
