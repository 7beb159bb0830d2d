/**
 * The runtime (DESIGN.md §3 step 6): runs a routing decision's fallback chain with retries, per-provider
 * circuit breakers, first-part and idle timeouts, and an opt-in exact-match cache.
 *
 *   const runtime = createRuntime({ options: settings.runtime });
 *   const stream = await runtime.execute({ attempts, beforeCloudSend, afterCloudText, cacheable }, request, signal);
 *   for await (const part of stream) send(part);
 *   log(await stream.result);                 // served, attempts, retries, fallback, timings, usage, error
 *   router.prefersLocal = runtime.health('acme') === 'down';
 *
 * `execute` throws ExecutionFailedError (with `.result`) when nothing produced a first part.
 */
export { createRuntime, type Runtime, type RuntimeDeps } from './runtime';
export type {
  AttemptRecord, ExecutionPlan, PlanAttempt, RuntimeResult, RuntimeStream, ServedTarget, StreamError, TextTransform,
} from './types';
export { ExecutionFailedError } from './execution-failed-error';
export { runtimeOptionsSchema, type RuntimeOptions, type RuntimeOptionsInput, type TimeoutOptions } from './options';
export type { BreakerState, ProviderHealth } from './circuit-breaker';
export { systemClock, type Clock } from './clock';
export { isDeterministic } from './cache-key';
export { baselineCost, computeCost } from './cost';
