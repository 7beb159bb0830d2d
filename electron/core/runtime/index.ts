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
