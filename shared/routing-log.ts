import { z } from 'zod';
import { decisionSchema, targetSchema } from './decision';

/** What left the machine for a cloud request: never the values, only where, how much and what was redacted. */
export const cloudAuditSchema = z.object({
  destination: z.string(),
  bytes: z.number().int().nonnegative(),
  redactedTypes: z.array(z.string()),
});
export type CloudAudit = z.infer<typeof cloudAuditSchema>;

/** One routing-log entry per request: the decision and its outcome. Message text only when opted in. */
export const routingLogEntrySchema = z.object({
  id: z.string(),
  time: z.number(),
  channel: z.string(),
  client: z.string().nullable(),
  decision: decisionSchema,
  /** The model that actually answered (differs from the decision's when a fallback served). */
  servedBy: z.object({ model: z.string(), provider: z.string(), target: targetSchema }).nullable(),
  fallbackUsed: z.boolean(),
  firstTokenMs: z.number().nullable(),
  totalMs: z.number(),
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  /** Speculative decoding on the local model that served: predicted tokens validated and refuted. */
  predictions: z.object({ validated: z.number().int().nonnegative(), refuted: z.number().int().nonnegative() }).optional(),
  costUsd: z.number().nonnegative(),
  baselineCostUsd: z.number().nonnegative(),
  /** The same answer priced on the decision's top rung; older entries have none. */
  topRungCostUsd: z.number().nonnegative().default(0),
  outcome: z.enum(['ok', 'error', 'aborted']),
  error: z.string().nullable(),
  audit: z.array(cloudAuditSchema),
  text: z.string().optional(),
});
export type RoutingLogEntry = z.infer<typeof routingLogEntrySchema>;

export interface RoutingStats {
  total: number;
  byTarget: Record<string, number>;
  byModel: Record<string, number>;
  /** Served rung ('0', '1', …; 'tier0'; 'none' when nothing served) → requests. */
  byRung: Record<string, number>;
  routingMicros: { avg: number; p50: number; p99: number };
  outcomes: Record<string, number>;
  spendUsd: number;
  baselineUsd: number;
  savingsUsd: number;
  baselineModel: string;
  /** What the same answers would have cost on each decision's top rung, and the saving against it. */
  topRungUsd: number;
  savingsVsTopRungUsd: number;
}
