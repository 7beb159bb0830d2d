import { z } from 'zod';
import { taskTypeSchema } from '../../../../shared/decision';

/**
 * The stored per-user adjustment (feedback.json in the data directory). Small on purpose: three kinds of
 * numbers and the ids of recently labelled decisions, so a repeated click on one answer counts once.
 */
export const FEEDBACK_STATE_VERSION = 1;
/** Enough ids to cover any answer still on screen; older ones fall off first. */
export const MAX_RECENT_IDS = 500;

const finite = z.number().finite();

export const feedbackStateSchema = z.object({
  version: z.literal(FEEDBACK_STATE_VERSION),
  /** z = a·logit(score) + b + c[taskType]. */
  parameters: z.object({
    a: finite,
    b: finite,
    c: z.partialRecord(taskTypeSchema, finite),
  }),
  /** Labels learned from since the last reset. */
  labels: z.number().int().nonnegative(),
  updatedAt: z.number().nullable(),
  /** Decision ids already labelled, oldest first. */
  recent: z.array(z.string()).max(MAX_RECENT_IDS),
});
export type FeedbackState = z.infer<typeof feedbackStateSchema>;

/** The identity layer: the shipped score, unchanged. */
export function initialFeedbackState(): FeedbackState {
  return { version: FEEDBACK_STATE_VERSION, parameters: { a: 1, b: 0, c: {} }, labels: 0, updatedAt: null, recent: [] };
}
