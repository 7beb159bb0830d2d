import { DecisionNotFoundError } from '../../../shared/errors';
import type { FeedbackResult, FeedbackSignal, FeedbackStatus } from '../../../shared/feedback';
import type { TaskType } from '../../../shared/decision';
import type { RoutingLogEntry } from '../../../shared/routing-log';
import {
  adjust, labelFor, MAX_DELTA, MAX_RECENT_IDS, update, type Adjusted, type FeedbackPort, type FeedbackState, type FeedbackStore,
} from '../router/feedback';

/** Feedback older than this no longer teaches: the user's judgement of an old answer may be about other models. */
export const FEEDBACK_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export interface RoutingFeedbackDeps {
  store: FeedbackStore;
  /** Where decisions are looked up (the routing log). */
  decisions: { get(id: string): RoutingLogEntry | undefined };
  now?: () => number;
}

/**
 * The one feedback path: the OpenAI port's POST /v1/routing/feedback and the UI's 👍/👎 and "Run again …" all
 * call `record`. It finds the decision in the routing log (who served, the shipped score, the task type), maps
 * the signal to a label (router/feedback/labels.ts), takes one learning step and saves the state. It is also the
 * router's FeedbackPort: `adjust` reads the state in memory, so learning applies to the next request.
 */
export class RoutingFeedback implements FeedbackPort {
  private state: FeedbackState;
  private readonly now: () => number;

  constructor(private readonly deps: RoutingFeedbackDeps) {
    this.state = deps.store.load();
    this.now = deps.now ?? Date.now;
  }

  adjust(score: number, taskType: TaskType): Adjusted {
    return adjust(this.state, score, taskType);
  }

  /** Throws DecisionNotFoundError (404) for an unknown or expired decision id. */
  record(decisionId: string, signal: FeedbackSignal): FeedbackResult {
    const entry = this.deps.decisions.get(decisionId);
    if (entry === undefined) throw new DecisionNotFoundError(decisionId, false);
    if (this.now() - entry.time > FEEDBACK_MAX_AGE_MS) throw new DecisionNotFoundError(decisionId, true);
    const skip = (reason: string): FeedbackResult => ({ recorded: false, label: null, reason, status: this.status() });
    if (entry.outcome === 'error') return skip('the request failed; there is no answer to judge');
    if (this.state.recent.includes(decisionId)) return skip('this answer already has feedback; only the first label counts');
    const served = entry.servedBy?.target ?? entry.decision.target;
    const outcome = labelFor(signal, served);
    if (outcome.label === null) return skip(outcome.why);
    const { decision } = entry;
    const parameters = update(this.state, { score: decision.scoreBeforeFeedback ?? decision.score, taskType: decision.taskType, label: outcome.label });
    const next: FeedbackState = {
      ...this.state,
      parameters,
      labels: this.state.labels + 1,
      updatedAt: this.now(),
      recent: [...this.state.recent, decisionId].slice(-MAX_RECENT_IDS),
    };
    this.deps.store.save(next);
    this.state = next;
    return { recorded: true, label: outcome.label === 1 ? 'stronger-needed' : 'cheaper-enough', reason: outcome.why, status: this.status() };
  }

  status(): FeedbackStatus {
    const { a, b, c } = this.state.parameters;
    return { labels: this.state.labels, updatedAt: this.state.updatedAt, weight: a, bias: b, taskBias: { ...c }, maxDelta: MAX_DELTA };
  }

  reset(): FeedbackStatus {
    this.state = this.deps.store.reset();
    return this.status();
  }
}
