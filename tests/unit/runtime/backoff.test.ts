import { describe, expect, it } from 'vitest';
import { backoffDelay, retryDelay, type RetryOptions } from '../../../electron/core/runtime/backoff';

const options: RetryOptions = { maxRetries: 5, baseMs: 100, maxMs: 1_000, maxRetryAfterMs: 5_000 };
const low = (): number => 0;
const high = (): number => 0.999999;

describe('backoffDelay', () => {
  it('doubles per retry with the jitter in the upper half of the window', () => {
    const expected = [100, 200, 400, 800];
    expected.forEach((ceiling, index) => {
      expect(backoffDelay(index + 1, options, low)).toBe(ceiling / 2);
      expect(backoffDelay(index + 1, options, high)).toBeLessThan(ceiling);
      expect(backoffDelay(index + 1, options, high)).toBeGreaterThan(ceiling * 0.99);
    });
  });

  it('is capped at maxMs however many retries', () => {
    for (const retry of [5, 10, 40]) {
      expect(backoffDelay(retry, options, high)).toBeLessThanOrEqual(options.maxMs);
      expect(backoffDelay(retry, options, low)).toBe(options.maxMs / 2);
    }
  });

  it('stays within its bounds for many random draws', () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 1000; i += 1) {
      const retry = 1 + (i % 6);
      const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** (retry - 1));
      const delay = backoffDelay(retry, options, random);
      expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
      expect(delay).toBeLessThanOrEqual(ceiling);
    }
  });
});

describe('retryDelay', () => {
  it('uses plain backoff without a retry-after', () => {
    expect(retryDelay(2, undefined, options, low)).toBe(100);
  });

  it('waits at least what retry-after asks', () => {
    expect(retryDelay(1, 3, options, high)).toBe(3_000);
    expect(retryDelay(1, 0.02, options, low)).toBe(50);
  });

  it('gives up on the target when retry-after exceeds the cap', () => {
    expect(retryDelay(1, 6, options, low)).toBeNull();
    expect(retryDelay(1, 5, options, low)).toBe(5_000);
  });
});
