import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { decisionIdSchema, type FeedbackResult, type FeedbackSignal, type FeedbackStatus } from '../../../../shared/feedback';
import { sendJson } from '../http/respond';
import { zodToInvalidRequest } from '../openai/chat-request-schema';

/** The engine's one feedback path (engine/routing-feedback.ts); the UI's channels call the same object. */
export interface FeedbackService {
  record(decisionId: string, signal: FeedbackSignal): FeedbackResult;
  status(): FeedbackStatus;
  reset(): FeedbackStatus;
}

const feedbackBodySchema = z.object({
  decision: decisionIdSchema,
  label: z.enum(['good', 'bad']),
}).strict();

/**
 * POST /v1/routing/feedback {"decision": "dec_…", "label": "good" | "bad"}: teaches the router from another
 * tool's judgement of an answer. 200 with `recorded` (false, with the reason, when the label teaches nothing:
 * a cloud answer, tier-0, an answer already labelled); 404 for an unknown or expired decision; 400 for a bad body.
 */
export function postFeedback(res: ServerResponse, feedback: FeedbackService, body: unknown): void {
  const parsed = feedbackBodySchema.safeParse(body);
  if (!parsed.success) throw zodToInvalidRequest(parsed.error);
  const { status, ...result } = feedback.record(parsed.data.decision, parsed.data.label);
  sendJson(res, 200, { object: 'routing.feedback', decision: parsed.data.decision, ...result, adjustment: status });
}

/** GET /v1/routing/feedback: how many labels are stored and the learned layer. */
export function getFeedback(res: ServerResponse, feedback: FeedbackService): void {
  sendJson(res, 200, { object: 'routing.feedback.status', adjustment: feedback.status() });
}

/** DELETE /v1/routing/feedback: forgets every label; routing uses the shipped score again. */
export function resetFeedback(res: ServerResponse, feedback: FeedbackService): void {
  sendJson(res, 200, { object: 'routing.feedback.status', reset: true, adjustment: feedback.reset() });
}
