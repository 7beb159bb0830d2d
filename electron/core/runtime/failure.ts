import type { StreamPart } from '../../../shared/chat';
import { SwitchyardError } from '../../../shared/errors';
import type { StreamError } from './types';

/**
 * How a failed attempt is treated:
 * - `connect`: the provider cannot be reached (refused, DNS, offline) — retryable, opens its breaker at once;
 * - `transient`: reset, timeout, 5xx, malformed response — retryable, counts against the breaker;
 * - `rate-limit`: 429 — retryable (honouring retry-after) but the provider is up, so the breaker ignores it;
 * - `permanent`: 4xx, privacy blocks, unknown models — retrying the same target cannot help;
 * - `aborted`: the caller cancelled — stop everything.
 */
export type FailureKind = 'connect' | 'transient' | 'rate-limit' | 'permanent' | 'aborted';

const CONNECT_CODES = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT', 'offline', 'connection_refused', 'connect_error', 'connection_error',
]);
const TRANSIENT_CODES = new Set([
  'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT', 'first_part_timeout', 'idle_timeout', 'incomplete_stream',
]);
/** Socket codes a message may name, e.g. the cloud backend's "Could not reach provider 'x' at … (ECONNRESET)". */
const SOCKET_CODE = /\b(?:E[A-Z]{3,}|UND_ERR_[A-Z_]+)\b/g;
const TRANSIENT_STATUS = new Set([408, 409, 425, 500, 502, 503, 504, 520, 521, 522, 524, 529]);

/** Every `code` along an error's cause chain (Node and undici put the socket error in `cause`). */
function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/**
 * `upstream_unreachable` (the cloud backend's code for any fetch failure before a response) covers both a
 * provider that is down and one connection reset in flight; the socket code in its message tells them apart.
 */
function unreachableKind(error: unknown): FailureKind {
  const message = error instanceof Error ? error.message : '';
  const named = message.match(SOCKET_CODE) ?? [];
  return named.some((code) => TRANSIENT_CODES.has(code)) ? 'transient' : 'connect';
}

export function classifyFailure(error: unknown): FailureKind {
  const codes = codesOf(error);
  if (codes.includes('aborted')) return 'aborted';
  if (codes.some((code) => CONNECT_CODES.has(code))) return 'connect';
  if (codes.includes('upstream_unreachable')) return unreachableKind(error);
  if (error instanceof SwitchyardError && error.shouldRetry === false) return 'permanent';
  // A local model's full queue: waiting here would only grow the queue it protects. Move on down the chain
  // (or answer the client's 429 with retry-after at once).
  if (codes.includes('queue_full')) return 'permanent';
  if (codes.some((code) => TRANSIENT_CODES.has(code))) return 'transient';
  if (error instanceof SwitchyardError) {
    if (error.status === 429) return 'rate-limit';
    return TRANSIENT_STATUS.has(error.status) ? 'transient' : 'permanent';
  }
  // Not one of ours and not a known socket error: a bug or an unexpected library failure; do not hammer.
  return 'permanent';
}

export const isRetryable = (kind: FailureKind): boolean => kind !== 'permanent' && kind !== 'aborted';

/** Failures that say something about the provider's health (rate limits and bad requests do not). */
export const countsAgainstBreaker = (kind: FailureKind): boolean => kind === 'connect' || kind === 'transient';

const STATUS_BY_TYPE: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  privacy_error: 403,
  not_found_error: 404,
  rate_limit_error: 429,
  server_error: 500,
  upstream_error: 502,
  timeout_error: 504,
};

/** A backend that fails in its first part reports it as an `error` part; give it a status so it can be classified. */
export function errorFromPart(part: Extract<StreamPart, { type: 'error' }>): SwitchyardError {
  const { message, type, code } = part.error;
  const final = code !== null && FINAL_FOR_TARGET.has(code);
  // The backend's own status when it gave one; else read from the code and type.
  const status = part.error.status ?? (code === 'aborted' ? 499 : code === 'unavailable' || final ? 503 : (STATUS_BY_TYPE[type] ?? 502));
  return new SwitchyardError(message, { status, type, code, ...(final ? { shouldRetry: false } : {}) });
}

/**
 * Codes after which retrying the same target cannot help, so the chain moves to its next rung at once: a
 * local model whose inference host crashed (it restarts on a later request, with backoff) or that does not
 * fit in memory.
 */
const FINAL_FOR_TARGET = new Set(['local_model_crashed', 'insufficient_memory']);

/** The caller cancelled: the same shape as the backends' own `aborted` parts. */
export const ABORTED: Readonly<StreamError> = { message: 'The request was cancelled.', type: 'cancelled', code: 'aborted' };

export function abortedError(): SwitchyardError {
  return new SwitchyardError(ABORTED.message, { status: 499, type: ABORTED.type, code: ABORTED.code, shouldRetry: false });
}

export function timeoutError(which: 'first_part_timeout' | 'idle_timeout', ms: number): SwitchyardError {
  const what = which === 'first_part_timeout' ? 'sent nothing' : 'went silent mid-answer';
  return new SwitchyardError(`The model ${what} for ${ms} ms and was given up on.`, { status: 504, type: 'timeout_error', code: which });
}
