export { createGateway } from './gateway';
export type { Gateway, GatewayDeps, GatewayResponse, ServedBy } from './gateway';
export { ModelDirectory } from './model-directory';
export type { ResolvedModel } from './model-directory';
export type { RequestOrigin } from './origin';
export type { CompletedRequest, LogStage } from './stages';
