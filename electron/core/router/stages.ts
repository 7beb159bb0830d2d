import { lastUserText, messageText, type ChatMessage, type ChatRequest } from '../../../shared/chat';
import { factsFrom, matchRoutingRules } from '../rules';
import { deviceEffects } from './device-effects';
import { applyFeedback } from './feedback/feedback-stage';
import { scoreHeuristic } from './heuristic/index';
import { hintIntent, namedIntent, ruleIntent, type Intent } from './intents';
import { buildLadder } from './ladder';
import { cloudForbidden, fallbacksFor, place } from './placement';
import type { Draft, RouterEnv, Stage } from './pipeline';
import { cannotServe, needsOf } from './policy/capabilities';
import { stripHint } from './policy/hints';
import { expectedMs, expectedOutputTokens } from './policy/speed';
import { scoreLevel } from './score-level';
import { findModel } from './select';
import { quantilesFor, thresholdFor } from './thresholds';
import { answerTier0 } from './tier0/index';
import type { RouteResult } from './types';

/**
 * The router's stages (DESIGN.md §3 steps 2–5), each a function of the draft so far and the router's settings:
 *   request     the routing hint (#local / #cloud) stripped, the heuristic's features, what the request needs, and
 *               tier-0's exact answer if it has one;
 *   device      power, heat, memory, network change the candidates (device-effects.ts), then the ladder of them;
 *   rules       the routing actions of the user's rules (rules/); never-cloud from the privacy verdict or mode;
 *   intent      a deciding rule, else a model named in the request, else the hint — each skips scoring;
 *   tier0       no intent yet and an exact answer: answered without a model (stops here);
 *   score       the outcome model's score (the classifier, when injected, names the task type);
 *   feedback    the user's bounded adjustment (feedback/), not in speed mode;
 *   mode        on the ladder: balanced/cost → the calibrated threshold picks the side, the score the rung;
 *               privacy → a local rung by score; speed → fastest expected completion, a cold load included;
 *   task-model  the per-task model family from settings replaces the mode's choice;
 *   placement   capability checks (the nearest capable rung, stronger first), then never-cloud LAST, the
 *               fallbacks and the result (placement.ts); `blocked` when nothing allowed can serve.
 */
export const ROUTER_STAGES: readonly Stage[] = [
  { name: 'request', run: readRequest },
  { name: 'device', run: deviceStage },
  { name: 'rules', run: rulesStage },
  { name: 'intent', run: intentStage },
  { name: 'tier0', run: tier0Stage },
  { name: 'score', run: scoreStage },
  { name: 'feedback', run: feedbackStage },
  { name: 'mode', run: modeStage },
  { name: 'task-model', run: taskModelStage },
  { name: 'placement', run: placementStage },
];

/** A longer system prompt may ask for a persona or format tier-0 cannot honour. */
const TIER0_MAX_SYSTEM_CHARS = 200;
const TIER0_MODEL = { model: 'tier0', provider: 'switchyard' };

export function readRequest(d: Draft, env: RouterEnv): Partial<Draft> {
  const request = d.input.request;
  const { hint, messages } = env.settings.hints ? stripHint(request.messages) : { hint: null, messages: request.messages };
  const lastUser = lastUserText(messages);
  const heuristic = scoreHeuristic(messages, lastUser);
  const tier0 = env.settings.tier0 && tier0Eligible(request, messages) ? answerTier0(lastUser) : null;
  return { hint, messages, lastUser, heuristic, needs: needsOf(request, heuristic.features.promptTokens), tier0 };
}

export function deviceStage(d: Draft, env: RouterEnv): Partial<Draft> {
  const device = deviceEffects(d.input.device, d.input.candidates);
  return { device, candidates: device.candidates, ladder: buildLadder(device.candidates, env.settings.ladder), reasons: [...d.reasons, ...device.reasons] };
}

export function rulesStage(d: Draft, env: RouterEnv): Partial<Draft> {
  // Rules see the heuristic's facts (rules/request-facts.ts: the privacy stage computes the same).
  const matched = matchRoutingRules(env.rules, d.lastUser, {
    mode: d.mode, client: d.input.client, conversationId: d.input.conversationId, request: () => factsFrom(d.heuristic, d.lastUser),
  });
  return { matched, forbid: cloudForbidden(d.privacy, d.mode) };
}

export function intentStage(d: Draft): Partial<Draft> {
  const reasons = [...d.reasons];
  const intent = ruleIntent(d.matched, d.candidates, d.hint, reasons)
    ?? namedIntent(d.input.request.model, d.candidates, reasons)
    ?? hintIntent(d.hint);
  return intent === undefined ? { reasons } : { intent, decidedBy: 'rule-model-or-hint', reasons };
}

export function tier0Stage(d: Draft): Partial<Draft> {
  if (d.intent !== undefined || d.tier0 === null) return {};
  const reasons = [...d.reasons, `"${clip(d.tier0.question)}" answered exactly without a model`];
  return {
    reasons,
    result: {
      target: 'tier0', model: TIER0_MODEL.model, provider: TIER0_MODEL.provider, taskType: 'arithmetic', score: d.heuristic.score, confidence: 1,
      mode: d.mode, reasons, rules: ruleNames(d), privacy: d.privacy.findings, fallbacks: [], rung: null, ladder: ladderIds(d), messages: d.messages,
      answer: d.tier0.answer,
    },
  };
}

export function scoreStage(d: Draft, env: RouterEnv): Partial<Draft> | Promise<Partial<Draft>> {
  if (d.intent !== undefined) return {};
  const pending = env.score(d.heuristic, d.messages);
  return pending instanceof Promise ? pending.then((scored) => ({ scored })) : { scored: pending };
}

export function feedbackStage(d: Draft, env: RouterEnv): Partial<Draft> {
  if (d.scored === undefined || d.intent !== undefined) return {};
  const applied = applyFeedback(env.feedback, d.scored, d.mode);
  return {
    scored: applied.scored,
    ...(applied.before === undefined ? {} : { scoreBeforeFeedback: applied.before }),
    ...(applied.reason === undefined ? {} : { feedbackReason: applied.reason }),
  };
}

export function modeStage(d: Draft, env: RouterEnv): Partial<Draft> {
  const s = d.scored;
  if (s === undefined || d.intent !== undefined) return {};
  const cue = taskCue(d);
  const promptTokens = d.heuristic.features.promptTokens;
  let intent: Intent;
  if (d.mode === 'privacy') {
    intent = { target: 'local', preferred: undefined, why: `privacy mode, ${cue}, score ${s.score.toFixed(2)}`, confidence: 1, level: s.score };
  } else if (d.mode === 'speed') {
    const outTokens = expectedOutputTokens(s.taskType, promptTokens, d.heuristic.features.requestedWords, d.input.request.maxTokens);
    const pool = d.ladder.map((r) => r.model).filter((m) => d.forbid === null || m.kind === 'local');
    const timed = pool.map((m) => ({ m, ms: expectedMs(m, promptTokens, outTokens) })).sort((a, b) => a.ms - b.ms);
    const capable = timed.filter((t) => cannotServe(t.m, d.needs) === null);
    const best = capable[0] ?? timed[0];
    if (best === undefined) {
      intent = { target: 'local', preferred: undefined, why: 'speed mode, no models', confidence: 0.5 };
    } else {
      const second = (capable[1] ?? timed[1])?.ms;
      const vs = second === undefined ? '' : ` vs ~${seconds(second)} for the next`;
      intent = {
        target: best.m.kind, preferred: best.m, confidence: second === undefined ? 1 : 0.5 + 0.5 * (1 - best.ms / second),
        why: `speed mode: fastest expected completion (~${seconds(best.ms)} for ~${outTokens} tokens${vs})`,
      };
    }
  } else {
    const threshold = thresholdFor(env.thresholds, s.scorer, d.mode, env.settings.thresholds);
    const { cloud, level } = scoreLevel(s.score, threshold, d.mode, quantilesFor(env.thresholds, s.scorer));
    const drivers = cloud && d.heuristic.drivers.length > 0 ? `: ${d.heuristic.drivers.join(', ')}` : '';
    intent = {
      target: cloud ? 'cloud' : 'local', preferred: undefined, confidence: Math.min(1, 0.5 + Math.abs(s.score - threshold)), level,
      why: `${cue}, score ${s.score.toFixed(2)} ${cloud ? '≥' : '<'} ${threshold.toFixed(2)} (${d.mode})${drivers}`,
    };
  }
  return { intent, byScore: intent, decidedBy: 'score' };
}

export function taskModelStage(d: Draft, env: RouterEnv): Partial<Draft> {
  const s = d.scored;
  if (d.decidedBy !== 'score' || s === undefined || d.intent === undefined) return {};
  let intent = d.intent;
  const family = env.settings.taskModels[s.taskType];
  const model = family === undefined || d.mode === 'privacy' ? undefined : findModel(d.candidates, family);
  if (model !== undefined) intent = { target: model.kind, preferred: model, confidence: 1, why: `${taskCue(d)} (model for ${s.taskType} tasks)` };
  // The feedback adjustment is named only where the score routed (not when the per-task model took over).
  const reasons = d.feedbackReason !== undefined && intent === d.byScore ? [...d.reasons, d.feedbackReason] : d.reasons;
  if (intent.target === 'local' && intent.level !== undefined) intent = { ...intent, level: intent.level * d.device.localLevelScale };
  return { intent, reasons };
}

export function placementStage(d: Draft): Partial<Draft> {
  const intent = d.intent;
  if (intent === undefined) throw new Error('placement needs an intent: the mode stage sets one whenever nothing earlier did');
  const reasons = [...d.reasons];
  const placed = place(intent, d.ladder, d.needs, d.forbid, reasons);
  if (d.privacy.neverCloud) reasons.push(...d.privacy.reasons);
  if (d.scored?.warning !== undefined) reasons.push(d.scored.warning);
  const result: RouteResult = {
    target: placed.target,
    model: placed.rung?.model.id ?? '',
    provider: placed.rung?.model.provider ?? '',
    taskType: d.scored?.taskType ?? (d.tier0 !== null ? 'arithmetic' : d.heuristic.taskType),
    score: d.scored?.score ?? d.heuristic.score,
    confidence: intent.confidence,
    mode: d.mode,
    reasons,
    rules: ruleNames(d),
    privacy: d.privacy.findings,
    fallbacks: placed.rung === undefined ? [] : fallbacksFor(placed.rung, d.ladder, d.needs, d.forbid === null),
    rung: placed.rung?.index ?? null,
    ladder: ladderIds(d),
    messages: d.messages,
  };
  if (d.scoreBeforeFeedback !== undefined) result.scoreBeforeFeedback = d.scoreBeforeFeedback;
  if (placed.blocked !== undefined) result.blocked = placed.blocked;
  return { reasons, result };
}

const ruleNames = (d: Draft): string[] => d.matched.map((r) => r.rule.name);
const ladderIds = (d: Draft): string[] => d.ladder.map((r) => r.model.id);
const taskCue = (d: Draft): string =>
  d.scored === undefined || d.scored.taskType === d.heuristic.taskType ? d.heuristic.taskCue : `task: ${d.scored.taskType} (classifier)`;

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
