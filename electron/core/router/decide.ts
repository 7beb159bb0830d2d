import type { ChatMessage, ChatRequest } from '../../../shared/chat';
import { lastUserText, messageText } from '../../../shared/chat';
import type { Mode } from '../../../shared/decision';
import type { RouterSettings } from '../../../shared/settings/router';
import { routerSettingsSchema } from '../../../shared/settings/router';
import { classifierText, type Classifier } from './classifier-port';
import type { HeuristicResult } from './heuristic/index';
import { scoreHeuristic } from './heuristic/index';
import type { Needs } from './policy/capabilities';
import { needsOf } from './policy/capabilities';
import { stripHint } from './policy/hints';
import type { Rule } from '../../../shared/settings/rules';
import { compileRuleSet, factsFrom, matchRoutingRules } from '../rules';
import { expectedMs, expectedOutputTokens } from './policy/speed';
import type { Intent } from './intents';
import { hintIntent, namedIntent, ruleIntent } from './intents';
import type { Ladder } from './ladder';
import { buildLadder } from './ladder';
import { deviceEffects } from './device-effects';
import { applyFeedback, type FeedbackPort } from './feedback/feedback-stage';
import type { Forbid } from './placement';
import { cloudForbidden, fallbacksFor, place } from './placement';
import { scoreLevel } from './score-level';
import type { Scored } from './scoring';
import { scoreOutcome, withClassifierTask } from './scoring';
import type { OutcomeModel } from './outcome/linear-model';
import { bundledOutcomeModel } from './outcome/bundled';
import { findModel } from './select';
import { cannotServe } from './policy/capabilities';
import type { ThresholdsFile } from './thresholds';
import { BUNDLED_THRESHOLDS, quantilesFor, thresholdFor } from './thresholds';
import { answerTier0 } from './tier0/index';
import type { Candidates, PrivacyVerdict, RouteInput, RouteResult, Router } from './types';

/**
 * The routing decision (DESIGN.md §3 steps 2–5). Stages, in order of precedence:
 *   1. routing hint (#local / #cloud), stripped from the messages the model sees;
 *   2. hard rules (policy/rules.ts for their order) — a deciding rule beats the hint and a named model;
 *      a named model (request.model other than "auto") comes next, then the hint;
 *   3. tier-0 (exact answer, no model);
 *   4. the outcome model's score (scoring.ts; the classifier, when injected, names the task type), then the user's feedback
 *      adjustment (feedback/feedback-stage.ts: bounded, named in the reasons);
 *   5. mode, on the ladder (ladder.ts: every model, cheapest first): balanced/cost → the calibrated threshold
 *      picks the side, the score the rung on it (score-level.ts); privacy → a local rung by score; speed →
 *      fastest expected completion, a cold load included; then the per-task model family from settings;
 *   6. capability checks: context length, vision, tools, JSON schema — the nearest capable rung, stronger
 *      first (placement.ts);
 *   7. never-cloud LAST (placement.ts): the privacy verdict, never-cloud rules and privacy mode forbid cloud, and
 *      nothing after them can send the request to cloud; if no local model can serve, the result is
 *      `blocked` (the gateway answers 403).
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

/** A longer system prompt may ask for a persona or format tier-0 cannot honour. */
const TIER0_MAX_SYSTEM_CHARS = 200;
const NO_PRIVACY: PrivacyVerdict = { findings: [], neverCloud: false, reasons: [] };
const TIER0_MODEL = { model: 'tier0', provider: 'switchyard' };


export function createRouter(deps: RouterDeps = {}): Router {
  const settings = deps.settings ?? routerSettingsSchema.parse({});
  const rules = compileRuleSet(deps.rules ?? []);
  const thresholds = deps.thresholds ?? BUNDLED_THRESHOLDS;
  const timeoutMs = deps.classifierTimeoutMs ?? 250;

  const outcomeModel = deps.outcomeModel ?? bundledOutcomeModel();

  // Without a classifier scoring stays synchronous: no promise, no extra microtask per request.
  function score(h: HeuristicResult, messages: readonly ChatMessage[]): Scored | Promise<Scored> {
    const text = classifierText(messages);
    const scored = scoreOutcome(outcomeModel, text, h);
    return deps.classifier === undefined ? scored : withClassifierTask(scored, deps.classifier, text, timeoutMs);
  }

  async function route(input: RouteInput): Promise<RouteResult> {
    const mode = input.mode ?? deps.defaultMode ?? 'balanced';
    const privacy = input.privacy ?? NO_PRIVACY;
    const request = input.request;
    const { hint, messages } = settings.hints ? stripHint(request.messages) : { hint: null, messages: request.messages };
    const lastUser = lastUserText(messages);
    const heuristic = scoreHeuristic(messages, lastUser);
    const promptTokens = heuristic.features.promptTokens;
    const needs = needsOf(request, promptTokens);
    const reasons: string[] = [];

    const tier0 = settings.tier0 && tier0Eligible(request, messages) ? answerTier0(lastUser) : null;
    let scored: Scored | undefined;
    const taskType = tier0 !== null ? 'arithmetic' : heuristic.taskType;

    // Rules see the heuristic's facts (rules/request-facts.ts: the privacy stage computes the same).
    const matched = matchRoutingRules(rules, lastUser, {
      mode, client: input.client, conversationId: input.conversationId, request: () => factsFrom(heuristic, lastUser),
    });
    const ruleNames = matched.map((r) => r.rule.name);
    const forbid = cloudForbidden(privacy, mode);
    const device = deviceEffects(input.device, input.candidates);
    const candidates = device.candidates;
    const ladder = buildLadder(candidates, settings.ladder);
    const ladderIds = ladder.map((r) => r.model.id);

    // Stages 1–3: rule, named model, hint, tier-0 — each skips scoring.
    reasons.push(...device.reasons);
    let intent = ruleIntent(matched, candidates, hint, reasons)
      ?? namedIntent(request.model, candidates, reasons)
      ?? hintIntent(hint);
    if (intent === undefined && tier0 !== null) {
      reasons.push(`"${clip(tier0.question)}" answered exactly without a model`);
      return {
        target: 'tier0', model: TIER0_MODEL.model, provider: TIER0_MODEL.provider, taskType, score: heuristic.score, confidence: 1,
        mode, reasons, rules: ruleNames, privacy: privacy.findings, fallbacks: [], rung: null, ladder: ladderIds, messages, answer: tier0.answer,
      };
    }

    // Stages 4–5: score, the user's feedback adjustment, and mode.
    let scoreBeforeFeedback: number | undefined;
    if (intent === undefined) {
      if (scored === undefined) {
        const pending = score(heuristic, messages);
        scored = pending instanceof Promise ? await pending : pending;
      }
      const feedback = applyFeedback(deps.feedback, scored, mode);
      scored = feedback.scored;
      scoreBeforeFeedback = feedback.before;
      const cue = scored.taskType === heuristic.taskType ? heuristic.taskCue : `task: ${scored.taskType} (classifier)`;
      const byScore = modeIntent(mode, scored, cue, heuristic, input, ladder, needs, forbid, promptTokens);
      intent = familyIntent(byScore, mode, scored, cue, candidates);
      // Named only where the score routed (not when the per-task model took over).
      if (feedback.reason !== undefined && intent === byScore) reasons.push(feedback.reason);
      if (intent.target === 'local' && intent.level !== undefined) intent = { ...intent, level: intent.level * device.localLevelScale };
    }
    const placed = place(intent, ladder, needs, forbid, reasons);
    if (privacy.neverCloud) reasons.push(...privacy.reasons);
    if (scored?.warning !== undefined) reasons.push(scored.warning);
    const result: RouteResult = {
      target: placed.target,
      model: placed.rung?.model.id ?? '',
      provider: placed.rung?.model.provider ?? '',
      taskType: scored?.taskType ?? taskType,
      score: scored?.score ?? heuristic.score,
      confidence: intent.confidence,
      mode,
      reasons,
      rules: ruleNames,
      privacy: privacy.findings,
      fallbacks: placed.rung === undefined ? [] : fallbacksFor(placed.rung, ladder, needs, forbid === null),
      rung: placed.rung?.index ?? null,
      ladder: ladderIds,
      messages,
    };
    if (scoreBeforeFeedback !== undefined) result.scoreBeforeFeedback = scoreBeforeFeedback;
    if (placed.blocked !== undefined) result.blocked = placed.blocked;
    return result;
  }

  function modeIntent(
    mode: Mode, s: Scored, cue: string, h: HeuristicResult, input: RouteInput, ladder: Ladder, needs: Needs, forbid: Forbid | null, promptTokens: number,
  ): Intent {
    if (mode === 'privacy') return { target: 'local', preferred: undefined, why: `privacy mode, ${cue}, score ${s.score.toFixed(2)}`, confidence: 1, level: s.score };
    if (mode === 'speed') {
      const outTokens = expectedOutputTokens(s.taskType, promptTokens, h.features.requestedWords, input.request.maxTokens);
      const pool = ladder.map((r) => r.model).filter((m) => forbid === null || m.kind === 'local');
      const timed = pool.map((m) => ({ m, ms: expectedMs(m, promptTokens, outTokens) })).sort((a, b) => a.ms - b.ms);
      const capable = timed.filter((t) => cannotServe(t.m, needs) === null);
      const best = capable[0] ?? timed[0];
      if (best === undefined) return { target: 'local', preferred: undefined, why: 'speed mode, no models', confidence: 0.5 };
      const second = (capable[1] ?? timed[1])?.ms;
      const vs = second === undefined ? '' : ` vs ~${seconds(second)} for the next`;
      return {
        target: best.m.kind, preferred: best.m, confidence: second === undefined ? 1 : 0.5 + 0.5 * (1 - best.ms / second),
        why: `speed mode: fastest expected completion (~${seconds(best.ms)} for ~${outTokens} tokens${vs})`,
      };
    }
    const threshold = thresholdFor(thresholds, s.scorer, mode, settings.thresholds);
    const { cloud, level } = scoreLevel(s.score, threshold, mode, quantilesFor(thresholds, s.scorer));
    const drivers = cloud && h.drivers.length > 0 ? `: ${h.drivers.join(', ')}` : '';
    return {
      target: cloud ? 'cloud' : 'local', preferred: undefined, confidence: Math.min(1, 0.5 + Math.abs(s.score - threshold)), level,
      why: `${cue}, score ${s.score.toFixed(2)} ${cloud ? '≥' : '<'} ${threshold.toFixed(2)} (${mode})${drivers}`,
    };
  }

  function familyIntent(intent: Intent, mode: Mode, s: Scored, cue: string, candidates: Candidates): Intent {
    const family = settings.taskModels[s.taskType];
    if (family === undefined || mode === 'privacy') return intent;
    const model = findModel(candidates, family);
    if (model === undefined) return intent;
    return { target: model.kind, preferred: model, confidence: 1, why: `${cue} (model for ${s.taskType} tasks)` };
  }

  return { route };
}


/**
 * Tier-0 answers plainly, so only where nothing asks for more: the first user turn (earlier turns may set a
 * language, a format or a game), no tools, no JSON format, at most a short system prompt.
 */
function tier0Eligible(request: ChatRequest, messages: readonly ChatMessage[]): boolean {
  const last = messages[messages.length - 1];
  if (last === undefined || last.role !== 'user') return false;
  if ((request.tools?.length ?? 0) > 0 || (request.responseFormat !== undefined && request.responseFormat.type !== 'text')) return false;
  let system = 0;
  for (let i = 0; i < messages.length - 1; i++) {
    const m = messages[i] as ChatMessage;
    if (m.role === 'system' || m.role === 'developer') system += messageText(m).length;
    else return false;
  }
  return system <= TIER0_MAX_SYSTEM_CHARS;
}

const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
