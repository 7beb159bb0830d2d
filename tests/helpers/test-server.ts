import type { LocalModelSettings, Settings } from '../../shared/settings';
import { defaultSettings } from '../../shared/settings';
import { createEngine, type Engine } from '../../electron/core/engine';
import type { CompletedRequest } from '../../electron/core/gateway';
import { startOpenAiServer, type RunningServer, type ServerOptions } from '../../electron/core/server';
import { modelPath } from './fixtures';

export interface TestServer {
  engine: Engine;
  server: RunningServer;
  baseURL: string;
  /** Every finished request, as the routing log sees it. */
  completed: CompletedRequest[];
  close(): Promise<void>;
}

/** A real engine with a tiny GGUF model (1 thread) behind a real server on 127.0.0.1, port 0. */
export async function startTestServer(
  options: { models?: LocalModelSettings[]; settings?: Partial<Settings>; server?: Partial<ServerOptions> } = {},
): Promise<TestServer> {
  const settings: Settings = {
    ...defaultSettings(),
    ...options.settings,
    local: options.models ?? [{ id: 'tiny', path: modelPath('stories260K-chatml.gguf'), contextSize: 2048 }],
  };
  const completed: CompletedRequest[] = [];
  const engine = createEngine({ settings, threads: 1, onRequestComplete: (record) => completed.push(record) });
  const server = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0, ...options.server });
  return {
    engine,
    server,
    baseURL: `${server.url}/v1`,
    completed,
    async close() {
      await server.close();
      await engine.dispose();
    },
  };
}
