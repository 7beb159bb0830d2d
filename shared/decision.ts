import { z } from 'zod';

export const modeSchema = z.enum(['privacy', 'cost', 'speed', 'balanced']);
export type Mode = z.infer<typeof modeSchema>;

export const targetSchema = z.enum(['tier0', 'local', 'cloud']);
export type Target = z.infer<typeof targetSchema>;

export const taskTypeSchema = z.enum([
  'chitchat', 'arithmetic', 'translation', 'classification', 'summarization', 'extraction', 'rewriting',
  'qa', 'creative', 'code', 'math', 'reasoning', 'other',
]);
export type TaskType = z.infer<typeof taskTypeSchema>;

export const privacyFindingSchema = z.object({ type: z.string(), count: z.number().int().nonnegative() });
export type PrivacyFinding = z.infer<typeof privacyFindingSchema>;

/** DESIGN.md §4: the routing decision, one per request; never carries sensitive values. */
export const decisionSchema = z.object({
  id: z.string(),
  target: targetSchema,
  model: z.string(),
  provider: z.string(),
  taskType: taskTypeSchema,
  /** Probability in [0,1] that the request needs the stronger model (after the user's feedback adjustment). */
  score: z.number().min(0).max(1),
  /** The shipped score before the feedback adjustment; only present when the adjustment changed it. */
  scoreBeforeFeedback: z.number().min(0).max(1).optional(),
  confidence: z.number().min(0).max(1),
  mode: modeSchema,
  reasons: z.array(z.string()),
  rules: z.array(z.string()),
  privacy: z.array(privacyFindingSchema),
  fallbacks: z.array(z.string()),
  /** 0-based position of the chosen model on `ladder`; null for tier-0 and for a request that could not be placed. */
  rung: z.number().int().nonnegative().nullable().default(null),
  /** Model ids of the ladder the decision was made on, cheapest first (older log entries have none). */
  ladder: z.array(z.string()).default([]),
  routingMicros: z.number().nonnegative(),
});
export type Decision = z.infer<typeof decisionSchema>;
