export { startOpenAiServer, urlHost } from './openai-server';
export type { RunningServer, ServerOptions } from './openai-server';
export { ConversationsStore, createControlHandler, createEngineHandlers, defaultRendererDist } from './control';
export type { ControlHandler, EngineHandlers } from './control';
