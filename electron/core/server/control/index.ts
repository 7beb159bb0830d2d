export { createControlHandler, type ControlHandler, type ControlOptions } from './http-control';
export { callChannel, type CallContext, type ContractHandlers } from './handlers';
export { createEngineHandlers, type EngineHandlerDeps, type EngineHandlers } from './engine-handlers';
export { ConversationsStore } from './conversations-store';
export { defaultRendererDist } from './static-files';
