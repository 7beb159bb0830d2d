import { z } from 'zod';

const ms = z.number().nonnegative();

/**
 * Runtime tuning, validated where it comes in (settings, `--config`, tests). Every field has a default;
 * a timeout of 0 turns that timeout off.
 */
export const runtimeOptionsSchema = z
  .object({
    retry: z
      .object({
        maxRetries: z.number().int().min(0).max(10).default(2),
        baseMs: ms.default(250),
        maxMs: ms.default(4_000),
        maxRetryAfterMs: ms.default(10_000),
      })
      .strict()
      .prefault({}),
    timeouts: z
      .object({
        /** Connect plus time to the first part. */
        firstPartMs: ms.default(30_000),
        /** Silence allowed between two parts. */
        idleMs: ms.default(60_000),
      })
      .strict()
      .prefault({}),
    breaker: z
      .object({
        failureThreshold: z.number().int().min(1).default(5),
        failureRateThreshold: z.number().gt(0).max(1).default(0.5),
        windowMs: ms.default(60_000),
        minRequests: z.number().int().min(1).default(10),
        coolDownMs: ms.default(30_000),
      })
      .strict()
      .prefault({}),
    cache: z
      .object({
        enabled: z.boolean().default(false),
        ttlMs: ms.default(10 * 60_000),
        maxEntries: z.number().int().min(0).default(500),
        maxBytes: z.number().int().min(0).default(16 * 1024 * 1024),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type RuntimeOptions = z.infer<typeof runtimeOptionsSchema>;
export type RuntimeOptionsInput = z.input<typeof runtimeOptionsSchema>;
export type TimeoutOptions = RuntimeOptions['timeouts'];
