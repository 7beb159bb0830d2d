export { createEngine } from './create-engine';
export type { Engine, EngineOptions } from './create-engine';
export { RoutingFeedback, FEEDBACK_MAX_AGE_MS } from './routing-feedback';
