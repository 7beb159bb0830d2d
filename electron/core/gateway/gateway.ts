import { randomUUID } from 'node:crypto';
import type { ChatRequest, StreamPart } from '../../../shared/chat';
import type { Decision, Mode } from '../../../shared/decision';
import type { ChatBackend } from '../backends/chat-backend';
import { defaultRoute } from './default-route';
import { ModelDirectory } from './model-directory';
import { observeStream } from './observed-stream';
import type { RequestOrigin } from './origin';
import type { LogStage, PrivacySummary, RoutePlan, RouteStage } from './stages';

export interface GatewayDeps {
  /** The backends serving now (local models, cloud providers). */
  backends: () => readonly ChatBackend[];
  mode: () => Mode;
  route?: RouteStage;
  log?: LogStage;
}

export interface GatewayResponse {
  decision: Decision;
  /** The answer; ends with exactly one `finish` or `error` part. */
  parts: AsyncIterable<StreamPart>;
}

export interface Gateway {
  /**
   * DESIGN.md §3: the single entry for every chat request. Resolves once the decision is made and the
   * chosen backend has accepted the request (so errors such as queue-full arrive before any byte is sent).
   */
  handle(request: ChatRequest, origin: RequestOrigin, signal: AbortSignal): Promise<GatewayResponse>;
  models(): ModelDirectory;
}

const noFindings: PrivacySummary = { findings: [], neverCloud: false, reasons: [] };

export function createGateway(deps: GatewayDeps): Gateway {
  const route = deps.route ?? defaultRoute;
  const models = (): ModelDirectory => new ModelDirectory(deps.backends());

  return {
    models,
    async handle(request, origin, signal) {
      const startedAt = performance.now();
      const directory = models();
      const mode = deps.mode();
      const plan = await route({ request, origin, mode, models: directory, privacy: noFindings });
      const decision = toDecision(plan, mode, noFindings, performance.now() - startedAt);
      const routed: ChatRequest = { ...request, model: plan.model, messages: plan.messages ?? request.messages };
      const source = plan.answer !== undefined ? tier0Parts(plan.answer) : await directory.resolve(plan.model).backend.stream(routed, signal);
      const parts = observeStream(source, startedAt, (seen) => {
        deps.log?.({ decision, origin, startedAt: Date.now() - (performance.now() - startedAt), totalMs: performance.now() - startedAt, ...seen });
      });
      return { decision, parts };
    },
  };
}

function toDecision(plan: RoutePlan, mode: Mode, privacy: PrivacySummary, routingMs: number): Decision {
  return {
    id: `dec_${randomUUID().replaceAll('-', '').slice(0, 24)}`,
    target: plan.target,
    model: plan.model,
    provider: plan.provider,
    taskType: plan.taskType,
    score: plan.score,
    confidence: plan.confidence,
    mode,
    reasons: [...privacy.reasons, ...plan.reasons],
    rules: plan.rules,
    privacy: privacy.findings,
    fallbacks: plan.fallbacks,
    routingMicros: Math.round(routingMs * 1000),
  };
}

async function* tier0Parts(answer: string): AsyncGenerator<StreamPart> {
  yield { type: 'text-delta', text: answer };
  yield { type: 'finish', reason: 'stop', usage: { promptTokens: 0, completionTokens: 0 } };
}
