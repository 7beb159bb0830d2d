import { randomUUID } from 'node:crypto';
import type { ChatRequest, StreamPart } from '../../../shared/chat';
import { lastUserText } from '../../../shared/chat';
import type { Decision, Mode } from '../../../shared/decision';
import type { DeviceState } from '../../../shared/device-state';
import { InvalidRequestError, ModelNotCapableError, ModelNotFoundError, NoModelConfiguredError, type SwitchyardError } from '../../../shared/errors';
import type { Settings } from '../../../shared/settings';
import type { CloudAudit } from '../../../shared/routing-log';
import type { ChatBackend, EmbeddingInput } from '../backends/chat-backend';
import { assertCloudSafeAsync, inspectRequestAsync, neverCloudError, type PrivacyContext, type ScanPool, type Pseudonymizer, type PseudonymStore } from '../privacy';
import { isAutoModel, type RouteResult, type Router } from '../router';
import { ExecutionFailedError, type PlanAttempt, type Runtime, type RuntimeResult } from '../runtime';
import { candidatesOf } from './candidates';
import { cloudSendHooks } from './cloud-send';
import { ConversationPseudonyms } from './conversation-pseudonyms';
import { ModelDirectory } from './model-directory';
import { observeStream } from './observed-stream';
import { clientOf, type RequestOrigin } from './origin';
import type { CompletedRequest, LogStage } from './stages';

export interface GatewayDeps {
  /** The backends serving now (local models, cloud providers). */
  backends: () => readonly ChatBackend[];
  settings: () => Settings;
  router: () => Promise<Router>;
  runtime: Runtime;
  log?: LogStage;
  /** Power, heat, free memory and network now (a port: headless reads the OS, the desktop Electron's powerMonitor). */
  device?: () => DeviceState;
  /** Where UI conversations' pseudonym maps are kept between runs (the conversation store); absent: memory only. */
  pseudonymStore?: PseudonymStore;
  /** Scans large requests on a worker thread (privacy/scan-pool.ts); absent: every scan runs on this thread. */
  scanPool?: ScanPool;
}

/** Who actually answers, after fallbacks: what the port's headers and the body's `model` report. */
export interface ServedBy {
  target: 'tier0' | 'local' | 'cloud';
  model: string;
  provider: string;
  /** Position on the decision's ladder; null for tier-0. */
  rung: number | null;
  /** True when a fallback serves instead of the decided model. */
  fallback: boolean;
}

export interface GatewayResponse {
  decision: Decision;
  /** Known once the first part is: the runtime has picked the attempt that answers. */
  served: ServedBy;
  /** The answer; ends with exactly one `finish` or `error` part. */
  parts: AsyncIterable<StreamPart>;
}

export interface Gateway {
  /**
   * DESIGN.md §3: the single entry for every chat request — privacy scan, policy and routing, runtime, log.
   * Resolves once the decision is made and a backend has started answering, so failures before the first
   * byte (queue full, every fallback down, never-cloud with no local model) throw with their HTTP status.
   */
  handle(request: ChatRequest, origin: RequestOrigin, signal: AbortSignal): Promise<GatewayResponse>;
  /** Routes without executing (the `route` CLI and the privacy panel's test box use the same path). */
  decide(request: ChatRequest, origin: RequestOrigin, mode?: Mode): Promise<{ decision: Decision; result: RouteResult }>;
  /**
   * Embeddings on the named model. A cloud model gets them only through the privacy stage, as a chat would: a
   * never-cloud finding or rule refuses (403), redact-level findings are replaced by placeholders first, and the
   * exact texts sent are checked again.
   */
  embed(model: string, inputs: readonly EmbeddingInput[], origin: RequestOrigin, signal: AbortSignal): Promise<{ model: string; vectors: number[][]; promptTokens: number }>;
  models(): ModelDirectory;
}

export function createGateway(deps: GatewayDeps): Gateway {
  const models = (): ModelDirectory => new ModelDirectory(deps.backends());
  const conversations = new ConversationPseudonyms(deps.pseudonymStore);

  async function decide(request: ChatRequest, origin: RequestOrigin, directory: ModelDirectory, mode: Mode, privacyCtx: PrivacyContext) {
    const started = performance.now();
    const settings = deps.settings();
    if (!isAutoModel(request.model) && directory.find(request.model) === undefined) throw new ModelNotFoundError(request.model);
    // 1. Privacy: every message text and the system prompt; types and counts only leave this stage.
    const verdict = await inspectRequestAsync(request, privacyCtx, settings, deps.scanPool);
    // 2–5. Policy, tier-0, scoring and the decision; never-cloud is applied last inside the router.
    const router = await deps.router();
    const result = await router.route({
      request,
      mode,
      client: clientOf(origin),
      conversationId: origin.conversationId,
      privacy: { findings: verdict.findings, neverCloud: verdict.neverCloud, reasons: verdict.reasons },
      candidates: candidatesOf(directory, deps.runtime),
      device: deps.device?.(),
    });
    const decision: Decision = {
      id: `dec_${randomUUID().replaceAll('-', '').slice(0, 24)}`,
      target: result.target,
      model: result.model,
      provider: result.provider,
      taskType: result.taskType,
      score: result.score,
      confidence: result.confidence,
      mode: result.mode,
      reasons: result.reasons,
      rules: [...new Set([...verdict.rules, ...result.rules])],
      privacy: verdict.findings,
      fallbacks: result.fallbacks,
      rung: result.rung,
      ladder: result.ladder,
      routingMicros: Math.round((performance.now() - started) * 1000),
    };
    if (result.scoreBeforeFeedback !== undefined) decision.scoreBeforeFeedback = result.scoreBeforeFeedback;
    return { decision, result, verdict };
  }

  return {
    models,
    async decide(request, origin, mode) {
      const settings = deps.settings();
      const chosenMode = mode ?? settings.mode;
      const { decision, result } = await decide(request, origin, models(), chosenMode, privacyContext(origin, chosenMode));
      return { decision, result };
    },

    async embed(model, inputs, origin, signal) {
      const directory = models();
      const id = model === 'auto' ? directory.local().find((m) => m.capabilities.embeddings)?.id : model;
      if (id === undefined) throw new InvalidRequestError('No local model supports embeddings; name one in `model`.', 'model', 'model_not_found');
      const { backend, info } = directory.resolve(id);
      if (backend.embed === undefined || !info.capabilities.embeddings) {
        throw new InvalidRequestError(`Model '${id}' does not support embeddings.`, 'model', 'unsupported_model');
      }
      if (info.kind === 'local') return { model: id, ...(await backend.embed(id, inputs, signal)) };
      const texts = inputs.filter((input): input is string => typeof input === 'string');
      if (texts.length !== inputs.length) {
        // Ids of a cloud model's tokenizer cannot be read back here, so they cannot be checked for private data.
        throw new InvalidRequestError(`Token-id input cannot be checked for private data before it goes to the cloud model '${id}'; send the text instead.`, 'input', 'invalid_value');
      }
      const settings = deps.settings();
      const ctx = privacyContext(origin, settings.mode);
      const asChat: ChatRequest = { model: id, messages: texts.map((content) => ({ role: 'user', content })) };
      const verdict = await inspectRequestAsync(asChat, ctx, settings, deps.scanPool);
      if (verdict.neverCloud) throw neverCloudError(verdict.reasons, verdict.rules);
      const cloud = verdict.forCloud();
      await assertCloudSafeAsync(cloud.request, settings, ctx, deps.scanPool);
      const sent = cloud.request.messages.map((message) => (typeof message.content === 'string' ? message.content : ''));
      return { model: id, ...(await backend.embed(id, sent, signal)) };
    },

    async handle(request, origin, signal) {
      const startedAt = Date.now();
      const started = performance.now();
      const directory = models();
      const settings = deps.settings();
      // One map per conversation: "[PERSON_1]" is the same person in every turn and every cloud send of a chat.
      const conversation = conversations.for(origin);
      const privacyCtx = privacyContext(origin, settings.mode, conversation?.pseudonymizer);
      const { decision, result, verdict } = await decide(request, origin, directory, settings.mode, privacyCtx);
      const audit: CloudAudit[] = [];
      const record = (seen: Omit<CompletedRequest, 'decision' | 'origin' | 'startedAt' | 'totalMs' | 'audit' | 'text'>): void =>
        deps.log?.({ decision, origin, startedAt, totalMs: performance.now() - started, audit, text: lastUserText(request.messages), ...seen });

      if (result.blocked !== undefined) {
        const error = blockedError(result.blocked, verdict.reasons, verdict.rules);
        record({ firstTokenMs: null, usage: null, outcome: 'error', error: error.message, runtime: null });
        throw error;
      }
      if (result.target === 'tier0' && result.answer !== undefined) {
        const parts = observeStream(tier0Parts(result.answer), started, (seen) => record({ ...seen, runtime: null }));
        return { decision, served: { target: 'tier0', model: decision.model, provider: decision.provider, rung: null, fallback: false }, parts };
      }

      const named = !isAutoModel(request.model);
      const chain = [result.model, ...(named ? [] : result.fallbacks)];
      const attempts = chain
        .map((id) => directory.find(id))
        .filter((m) => m !== undefined)
        // Defence in depth: a never-cloud request has no cloud link at all, whatever the router said.
        .filter((m) => !(verdict.neverCloud && m.info.kind === 'cloud'))
        .map((m): PlanAttempt => ({ backend: m.backend, model: m.info.id, kind: m.info.kind, provider: m.info.provider }));
      if (attempts.length === 0) throw new NoModelConfiguredError();

      const routed: ChatRequest = { ...request, model: result.model, messages: result.messages };
      const hooks = cloudSendHooks(settings, privacyCtx, (model) => destinationOf(directory, model), audit, () => conversation?.persist(), deps.scanPool);
      let stream;
      try {
        stream = await deps.runtime.execute({ attempts, ...hooks, cacheable: verdict.findings.length === 0 }, routed, signal);
      } catch (error) {
        const runtime = error instanceof ExecutionFailedError ? error.result : null;
        record({ firstTokenMs: null, usage: null, outcome: signal.aborted ? 'aborted' : 'error', error: (error as SwitchyardError).message, runtime });
        throw error;
      }
      const parts = observeStream(stream, started, (seen) => {
        void stream.result.then((runtime: RuntimeResult) => record({ ...seen, runtime }));
      });
      const servedRung = decision.ladder.indexOf(stream.served.model);
      const served: ServedBy = {
        target: stream.served.kind, model: stream.served.model, provider: stream.served.provider,
        rung: servedRung === -1 ? null : servedRung, fallback: stream.served.model !== decision.model,
      };
      return { decision, served, parts };
    },
  };
}

function blockedError(blocked: NonNullable<RouteResult['blocked']>, reasons: readonly string[], rules: readonly string[]): SwitchyardError {
  if (blocked.code === 'never_cloud') return neverCloudError(reasons, rules, blocked);
  if (blocked.code === 'not_capable') return new ModelNotCapableError(blocked.message);
  return new NoModelConfiguredError();
}

function privacyContext(origin: RequestOrigin, mode: Mode, pseudonymizer?: Pseudonymizer): PrivacyContext {
  return {
    mode, client: clientOf(origin),
    ...(origin.conversationId === undefined ? {} : { conversationId: origin.conversationId }),
    ...(pseudonymizer === undefined ? {} : { pseudonymizer }),
  };
}


function destinationOf(directory: ModelDirectory, model: string): string {
  const found = directory.find(model);
  return found === undefined ? model : `${found.info.provider}/${found.info.id}`;
}


async function* tier0Parts(answer: string): AsyncGenerator<StreamPart> {
  yield { type: 'text-delta', text: answer };
  yield { type: 'finish', reason: 'stop', usage: { promptTokens: 0, completionTokens: 0 } };
}
