/** Learning from the user, on the device (issue #16 item 3): the adjustment, the label mapping, the store. */
export { adjust, update, LEARNING_RATE, MAX_DELTA, PULL } from './adjustment';
export type { Adjusted, Label, LearningOptions, UpdateInput } from './adjustment';
export { labelFor } from './labels';
export type { LabelOutcome } from './labels';
export { feedbackStateSchema, initialFeedbackState, FEEDBACK_STATE_VERSION, MAX_RECENT_IDS } from './feedback-state';
export type { FeedbackState } from './feedback-state';
export { FeedbackStore } from './feedback-store';
export { applyFeedback, feedbackReason } from './feedback-stage';
export type { FeedbackApplied, FeedbackPort } from './feedback-stage';
