import { z } from 'zod';

/**
 * Routing feedback (issue #16 item 3): what the user can tell the router about one answer, and what the
 * engine reports back. The learned state itself stays in the engine; only its summary crosses to the UI.
 */

/** 👍 / 👎 on an answer, or "Run again in the cloud / locally" (an implicit label). */
export const feedbackSignalSchema = z.enum(['good', 'bad', 'run-again-cloud', 'run-again-local']);
export type FeedbackSignal = z.infer<typeof feedbackSignalSchema>;

/** The gateway's decision ids (`dec_` + 24 hex digits); a little looser so an older format still parses. */
export const decisionIdSchema = z.string().regex(/^dec_[A-Za-z0-9]{1,64}$/, 'must be a decision id like "dec_…" (the x-switchyard-decision header)');

/** What a label teaches: the request needed the stronger model, or the cheaper one was enough. */
export const feedbackLabelSchema = z.enum(['stronger-needed', 'cheaper-enough']);
export type FeedbackLabel = z.infer<typeof feedbackLabelSchema>;

/** A summary of the per-user adjustment: enough for the UI and for `GET /v1/routing/feedback`. */
export const feedbackStatusSchema = z.object({
  /** Labels learned from since the last reset. */
  labels: z.number().int().nonnegative(),
  updatedAt: z.number().nullable(),
  /** The layer z = weight·logit(score) + bias + taskBias[task]; identity is weight 1, biases 0. */
  weight: z.number(),
  bias: z.number(),
  taskBias: z.record(z.string(), z.number()),
  /** The largest change the adjustment may make to a score, either way. */
  maxDelta: z.number(),
});
export type FeedbackStatus = z.infer<typeof feedbackStatusSchema>;

export const feedbackResultSchema = z.object({
  /** False when the signal carries no label (a 👍 on a cloud answer, tier-0, an answer already labelled). */
  recorded: z.boolean(),
  label: feedbackLabelSchema.nullable(),
  /** Why it was or was not recorded, in a short sentence. */
  reason: z.string(),
  status: feedbackStatusSchema,
});
export type FeedbackResult = z.infer<typeof feedbackResultSchema>;
