export { startOpenAiServer } from './openai-server';
export type { RunningServer, ServerOptions } from './openai-server';
