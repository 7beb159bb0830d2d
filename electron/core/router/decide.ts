import type { Mode } from '../../../shared/decision';
import type { RouterSettings } from '../../../shared/settings/router';
import { routerSettingsSchema } from '../../../shared/settings/router';
import type { Rule } from '../../../shared/settings/rules';
import { compileRuleSet } from '../rules';
import { classifierText, type Classifier } from './classifier-port';
import type { FeedbackPort } from './feedback/feedback-stage';
import { bundledOutcomeModel } from './outcome/bundled';
import type { OutcomeModel } from './outcome/linear-model';
import { runStages, type RouterEnv } from './pipeline';
import { scoreOutcome, withClassifierTask } from './scoring';
import { ROUTER_STAGES } from './stages';
import type { ThresholdsFile } from './thresholds';
import { BUNDLED_THRESHOLDS } from './thresholds';
import type { PrivacyVerdict, Router } from './types';

/**
 * The router (DESIGN.md §3 steps 2–5): the named stages of stages.ts (ROUTER_STAGES, their order and what each
 * decides), run by pipeline.ts over one request's draft. Never-cloud is applied last, in the placement stage.
 */
export interface RouterDeps {
  /** Parsed router settings (use parseRouterSettings on raw input); defaults apply when absent. */
  settings?: RouterSettings | undefined;
  /** The user's rules (settings `rules`); the router applies the routing actions, the privacy stage the rest. */
  rules?: readonly Rule[] | undefined;
  /** Mode when the request names none (settings `mode`); balanced by default. */
  defaultMode?: Mode | undefined;
  thresholds?: ThresholdsFile | undefined;
  /** Optional ONNX classifier (router/classifier): the task type where it is more confident than the heuristic. */
  classifier?: Classifier | undefined;
  /**
   * The outcome model that scores requests (outcome/); the one in resources/router when absent. An Error (a model
   * that failed to load) makes the heuristic score stand in, with the error in every decision's reasons.
   */
  outcomeModel?: OutcomeModel | Error | undefined;
  /** A classifier slower than this counts as failed for the request. Default 250 ms. */
  classifierTimeoutMs?: number | undefined;
  /** The user's learned adjustment of the score (router/feedback); absent: the shipped score decides. */
  feedback?: FeedbackPort | undefined;
}

const NO_PRIVACY: PrivacyVerdict = { findings: [], neverCloud: false, reasons: [] };

export function createRouter(deps: RouterDeps = {}): Router {
  const timeoutMs = deps.classifierTimeoutMs ?? 250;
  const outcomeModel = deps.outcomeModel ?? bundledOutcomeModel();
  const env: RouterEnv = {
    settings: deps.settings ?? routerSettingsSchema.parse({}),
    rules: compileRuleSet(deps.rules ?? []),
    thresholds: deps.thresholds ?? BUNDLED_THRESHOLDS,
    feedback: deps.feedback,
    // Without a classifier scoring stays synchronous: no promise, no extra microtask per request.
    score(heuristic, messages) {
      const text = classifierText(messages);
      const scored = scoreOutcome(outcomeModel, text, heuristic);
      return deps.classifier === undefined ? scored : withClassifierTask(scored, deps.classifier, text, timeoutMs);
    },
  };
  return {
    route: (input) => runStages(ROUTER_STAGES, {
      input, mode: input.mode ?? deps.defaultMode ?? 'balanced', privacy: input.privacy ?? NO_PRIVACY, reasons: [],
    }, env),
  };
}
