import type { Settings } from '../../shared/settings';
import { settingsSchema, type SettingsInput } from '../../shared/settings';
import { createLayeredSecrets } from '../../electron/core/config/secrets';
import { createEngine, type Engine } from '../../electron/core/engine';
import type { CompletedRequest } from '../../electron/core/gateway';
import { startOpenAiServer, type RunningServer } from '../../electron/core/server';
import { modelPath } from './fixtures';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';
import { startTestServer, type TestServer } from './test-server';

export interface Hybrid {
  /** The "cloud": a second Switchyard serving model `big-1` over the real OpenAI protocol. */
  cloud: TestServer;
  /** Every byte the cloud was sent. */
  proxy: RecordingProxy;
  engine: Engine;
  server: RunningServer;
  baseURL: string;
  completed: CompletedRequest[];
  close(): Promise<void>;
}

export const CLOUD_KEY = 'acme-test-key-do-not-log';

/**
 * The hybrid setup of issue 5's example config: a local tiny model and an OpenAI-compatible provider `acme`
 * whose model `big-1` is a second Switchyard on loopback, seen through a recording proxy.
 */
export async function startHybrid(overrides: { settings?: Partial<SettingsInput>; local?: boolean; dataDir?: string; cloudEmbeddings?: boolean } = {}): Promise<Hybrid> {
  const standIn = { path: modelPath('stories260K-chatml.gguf'), contextSize: 2048 };
  // `cloudEmbeddings`: the cloud also serves `embed-1`, an embedding model (the same tiny GGUF behind it).
  const cloud = await startTestServer({ models: [{ id: 'big-1', ...standIn }, ...(overrides.cloudEmbeddings === true ? [{ id: 'embed-1', ...standIn }] : [])] });
  const proxy = await startRecordingProxy(cloud.baseURL);
  const input: SettingsInput = {
    mode: 'balanced',
    local: overrides.local === false ? [] : [{ id: 'tiny', path: modelPath('stories260K-chatml.gguf'), contextSize: 2048 }],
    providers: [{
      id: 'acme', kind: 'openai-compatible', baseUrl: proxy.url, apiKeyEnv: 'ACME_KEY',
      models: [
        { id: 'big-1', contextLength: 128_000, price: { input: 2.5, output: 10 } },
        ...(overrides.cloudEmbeddings === true ? [{ id: 'embed-1', contextLength: 2048, capabilities: { embeddings: true } }] : []),
      ],
    }],
    ...overrides.settings,
  };
  const settings: Settings = settingsSchema.parse(input);
  const completed: CompletedRequest[] = [];
  const engine = createEngine({
    settings,
    threads: 1,
    classifier: false,
    secrets: createLayeredSecrets({ keychain: null, env: { ACME_KEY: CLOUD_KEY }, envVars: { acme: 'ACME_KEY' } }),
    runtime: { retry: { maxRetries: 1, baseMs: 10, maxMs: 50 }, timeouts: { firstPartMs: 10_000, idleMs: 10_000 } },
    onRequestComplete: (r) => completed.push(r),
    ...(overrides.dataDir !== undefined ? { dataDir: overrides.dataDir } : {}),
  });
  const server = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0, routingLog: engine.log, feedback: engine.feedback });
  return {
    cloud,
    proxy,
    engine,
    server,
    baseURL: `${server.url}/v1`,
    completed,
    async close() {
      await server.close();
      await engine.dispose();
      await proxy.close();
      await cloud.close();
    },
  };
}
