import type { ChatMessage } from '../../../shared/chat';
import type { Mode } from '../../../shared/decision';
import type { RouterSettings } from '../../../shared/settings/router';
import type { CompiledRule, RuleSet } from '../rules';
import type { DeviceEffects } from './device-effects';
import type { FeedbackPort } from './feedback/feedback-stage';
import type { HeuristicResult } from './heuristic/index';
import type { Intent } from './intents';
import type { Ladder } from './ladder';
import type { Forbid } from './placement';
import type { Needs } from './policy/capabilities';
import type { Hint } from './policy/hints';
import type { Scored } from './scoring';
import type { ThresholdsFile } from './thresholds';
import type { Tier0Answer } from './tier0/index';
import type { Candidates, PrivacyVerdict, RouteInput, RouteResult } from './types';

/** What the router was built with; stages read it, never change it. */
export interface RouterEnv {
  settings: RouterSettings;
  rules: RuleSet;
  thresholds: ThresholdsFile;
  /** The outcome model's score (and the classifier's task type when one is injected). */
  score(heuristic: HeuristicResult, messages: readonly ChatMessage[]): Scored | Promise<Scored>;
  feedback: FeedbackPort | undefined;
}

/**
 * One request on its way through the stages. Each stage returns the fields it decides; the runner merges them in,
 * so a stage sees every earlier decision and changes none it does not own.
 */
export interface Draft {
  readonly input: RouteInput;
  readonly mode: Mode;
  readonly privacy: PrivacyVerdict;
  readonly reasons: readonly string[];
  // request
  readonly hint: Hint | null;
  /** The request's messages with the hint stripped: what the model will see. */
  readonly messages: ChatMessage[];
  readonly lastUser: string;
  readonly heuristic: HeuristicResult;
  readonly needs: Needs;
  /** Tier-0's exact answer, when the request is eligible and has one. */
  readonly tier0: Tier0Answer | null;
  // device
  readonly device: DeviceEffects;
  readonly candidates: Candidates;
  readonly ladder: Ladder;
  // rules
  readonly matched: readonly CompiledRule[];
  readonly forbid: Forbid | null;
  // intent, score, feedback, mode
  /** Where a stage wants the request to go; a rule, a named model or a hint set it before the score can. */
  readonly intent?: Intent;
  readonly decidedBy?: 'rule-model-or-hint' | 'score';
  readonly scored?: Scored;
  readonly scoreBeforeFeedback?: number;
  readonly feedbackReason?: string;
  /** The mode's intent before the per-task model could replace it. */
  readonly byScore?: Intent;
  /** Set by the stage that finishes the decision (tier-0 or placement); the runner stops there. */
  readonly result?: RouteResult;
}

export type DraftStart = Pick<Draft, 'input' | 'mode' | 'privacy' | 'reasons'>;

export interface Stage {
  readonly name: string;
  run(draft: Draft, env: RouterEnv): Partial<Draft> | Promise<Partial<Draft>>;
}

/**
 * Runs the stages in order until one sets `result`. Synchronous stages stay synchronous: only a stage that returns
 * a promise (the classifier's task type) is awaited.
 */
export async function runStages(stages: readonly Stage[], start: DraftStart, env: RouterEnv): Promise<RouteResult> {
  // The first stages (request, device, rules) set every field the type requires before a later stage reads it.
  let draft = start as Draft;
  for (const stage of stages) {
    const out = stage.run(draft, env);
    draft = { ...draft, ...(out instanceof Promise ? await out : out) };
    if (draft.result !== undefined) return draft.result;
  }
  throw new Error(`the router's last stage (${stages[stages.length - 1]?.name ?? 'none'}) decided nothing`);
}
