import type { ChatRequest, StreamPart } from '../../../shared/chat';
import { UnavailableError, toSwitchyardError, type SwitchyardError } from '../../../shared/errors';
import { retryDelay } from './backoff';
import { BreakerRegistry } from './breaker-registry';
import type { BreakerState, ProviderHealth } from './circuit-breaker';
import { cacheKey, isDeterministic } from './cache-key';
import { systemClock, type Clock } from './clock';
import { ExecutionFailedError } from './execution-failed-error';
import { abortedError, countsAgainstBreaker, isRetryable } from './failure';
import { openAttempt } from './open-attempt';
import { runtimeOptionsSchema, type RuntimeOptionsInput } from './options';
import { ResponseCache, type CachedAnswer } from './response-cache';
import { RunLog } from './run-log';
import { makeStream, replay } from './runtime-stream';
import { serveAttempt } from './served-stream';
import type { ExecutionPlan, PlanAttempt, RuntimeStream } from './types';

export interface RuntimeDeps {
  options?: RuntimeOptionsInput;
  clock?: Clock;
  /** Jitter source in [0,1); injected so tests and benchmarks are reproducible. */
  random?: () => number;
}

export interface Runtime {
  /**
   * Runs the plan's chain until one link produces a first part, and resolves with that answer's stream.
   * Throws ExecutionFailedError (carrying the run's result) when every link failed or the caller aborted
   * before any part — so callers can still answer with a proper HTTP status.
   */
  execute(plan: ExecutionPlan, request: ChatRequest, signal: AbortSignal): Promise<RuntimeStream>;
  /** For the router: `down` while the provider's breaker is open (at once after a connect error). */
  health(provider: string): ProviderHealth;
  breakerState(provider: string): BreakerState;
}

const served = ({ kind, provider, model }: PlanAttempt): RuntimeStream['served'] => ({ kind, provider, model });

export function createRuntime(deps: RuntimeDeps = {}): Runtime {
  const options = runtimeOptionsSchema.parse(deps.options ?? {});
  const clock = deps.clock ?? systemClock;
  const random = deps.random ?? Math.random;
  const breakers = new BreakerRegistry(options.breaker, clock);
  const cache = new ResponseCache(options.cache, clock);

  const useCache = (plan: ExecutionPlan, request: ChatRequest): boolean =>
    options.cache.enabled && plan.cacheable === true && isDeterministic(request);

  /** The answer the chain would reproduce: the first link whose provider is not down, or a cached earlier link. */
  function lookup(plan: ExecutionPlan, request: ChatRequest): CachedAnswer | undefined {
    for (const attempt of plan.attempts) {
      const hit = cache.get(cacheKey(request, attempt));
      if (hit !== undefined) return hit;
      if (breakers.health(attempt.provider) !== 'down') return undefined;
    }
    return undefined;
  }

  async function execute(plan: ExecutionPlan, request: ChatRequest, signal: AbortSignal): Promise<RuntimeStream> {
    const log = new RunLog(clock, plan.attempts[0] ?? null);
    const fail = (last: SwitchyardError): ExecutionFailedError =>
      new ExecutionFailedError(last, log.result({ served: null, cacheHit: false, usage: null, finishReason: 'error', error: { message: last.message, type: last.type, code: last.code } }));
    if (signal.aborted) throw fail(abortedError());

    const caching = useCache(plan, request);
    const hit = caching ? lookup(plan, request) : undefined;
    if (hit !== undefined) return makeStream((resolve) => replay(hit, log, signal, resolve), hit.target, true);

    // Built only when needed: an Error captures a stack, which costs more than the rest of this setup.
    let last: SwitchyardError | undefined;
    for (const attempt of plan.attempts) {
      const breaker = breakers.get(attempt.provider);
      const maxRetries = attempt.maxRetries ?? options.retry.maxRetries;
      const timeouts = { ...options.timeouts, ...attempt.timeouts };
      for (let tryIndex = 0; tryIndex <= maxRetries; tryIndex += 1) {
        if (tryIndex > 0) {
          // The last failure opened this provider's breaker (e.g. it is unreachable): no point waiting.
          if (breaker.state() === 'open') break;
          const delay = retryDelay(tryIndex, last?.retryAfterSeconds, options.retry, random);
          if (delay === null) break;
          await clock.sleep(delay, signal);
          if (signal.aborted) throw fail(abortedError());
        }
        const since = clock.now();
        const permit = breaker.acquire();
        if (permit !== null && tryIndex > 0) log.retries += 1;
        if (permit === null) {
          const wait = Math.ceil(breaker.retryInMs() / 1000);
          last = new UnavailableError(`${attempt.provider} is failing and is being skipped for ${wait} s (circuit open).`, Math.max(1, wait));
          log.add(attempt, 'skipped', last, since);
          break;
        }
        let sent: ChatRequest;
        try {
          const addressed = { ...request, model: attempt.model };
          sent = attempt.kind === 'cloud' ? await plan.beforeCloudSend(addressed) : addressed;
        } catch (error) {
          breaker.release(permit);
          last = toSwitchyardError(error);
          log.add(attempt, 'blocked', last, since);
          break;
        }
        if (signal.aborted) {
          breaker.release(permit);
          throw fail(abortedError());
        }
        const opened = await openAttempt(attempt, sent, signal, timeouts);
        if (opened.ok) {
          log.add(attempt, 'served', null, since);
          const store = caching ? (parts: StreamPart[]) => cache.set(cacheKey(request, attempt), { target: served(attempt), parts }) : undefined;
          const transform = attempt.kind === 'cloud' ? plan.afterCloudText?.() : undefined;
          const context = { attempt, breaker, permit, log, transform, store, ...opened };
          return makeStream((resolve) => serveAttempt({ ...context, resolve }), served(attempt), false);
        }
        if (signal.aborted || opened.kind === 'aborted') {
          breaker.release(permit);
          throw fail(abortedError());
        }
        if (countsAgainstBreaker(opened.kind)) breaker.failure(permit, opened.kind === 'connect');
        else breaker.release(permit);
        last = opened.error;
        log.add(attempt, 'failed', last, since);
        if (!isRetryable(opened.kind)) break;
      }
    }
    throw fail(last ?? new UnavailableError('No model is available for this request: the routing plan was empty.'));
  }

  return {
    execute,
    health: (provider) => breakers.health(provider),
    breakerState: (provider) => breakers.state(provider),
  };
}
