export interface RetryOptions {
  /** Retries of the same target after its first try (so 1 + maxRetries tries in all). */
  maxRetries: number;
  baseMs: number;
  maxMs: number;
  /** The longest `retry-after` the runtime waits for; a longer one moves the chain on instead. */
  maxRetryAfterMs: number;
}

/**
 * Delay before retry number `retry` (1-based): exponential with "equal jitter" — the upper half of the
 * window is random, so clients that failed together spread out yet never retry with zero delay.
 */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, retry - 1));
  return ceiling / 2 + (random() * ceiling) / 2;
}

/**
 * The wait before the next retry. A server's `retry-after` is honoured as a minimum; when it asks for
 * more than `maxRetryAfterMs` the answer is null: waiting that long is worse than the next fallback.
 */
export function retryDelay(
  retry: number,
  retryAfterSeconds: number | undefined,
  options: RetryOptions,
  random: () => number,
): number | null {
  const jittered = backoffDelay(retry, options, random);
  if (retryAfterSeconds === undefined || !Number.isFinite(retryAfterSeconds)) return jittered;
  const asked = Math.max(0, retryAfterSeconds * 1000);
  if (asked > options.maxRetryAfterMs) return null;
  return Math.max(asked, jittered);
}
