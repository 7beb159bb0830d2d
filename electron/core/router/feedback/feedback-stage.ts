import type { Mode, TaskType } from '../../../../shared/decision';
import type { Scored } from '../scoring';
import type { Adjusted } from './adjustment';

/** What the router needs from the learned feedback (engine/routing-feedback.ts; tests inject their own). */
export interface FeedbackPort {
  adjust(score: number, taskType: TaskType): Adjusted;
}

export interface FeedbackApplied {
  scored: Scored;
  /** The shipped score, when the adjustment changed it. */
  before?: number;
  /** "adjusted by your feedback: +0.08", when the change is big enough to mention. */
  reason?: string;
}

/** Changes smaller than this are not worth a line in the reasons. */
const MENTION = 0.005;

/**
 * The feedback stage of decide.ts: after scoring (the score is final), before thresholds and mode. Speed mode
 * does not route by score, so it is left alone there. A port that throws leaves the shipped score.
 */
export function applyFeedback(port: FeedbackPort | undefined, scored: Scored, mode: Mode): FeedbackApplied {
  if (port === undefined || mode === 'speed') return { scored };
  let adjusted: Adjusted;
  try {
    adjusted = port.adjust(scored.score, scored.taskType);
  } catch {
    return { scored };
  }
  if (!Number.isFinite(adjusted.score) || adjusted.delta === 0) return { scored };
  const applied: FeedbackApplied = { scored: { ...scored, score: adjusted.score }, before: scored.score };
  if (Math.abs(adjusted.delta) >= MENTION) applied.reason = feedbackReason(adjusted.delta);
  return applied;
}

export function feedbackReason(delta: number): string {
  return `adjusted by your feedback: ${delta >= 0 ? '+' : '-'}${Math.abs(delta).toFixed(2)}`;
}
