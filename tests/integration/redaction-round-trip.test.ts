import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsSchema } from '../../shared/settings';
import { createLayeredSecrets } from '../../electron/core/config/secrets';
import { createEngine, type Engine } from '../../electron/core/engine';
import { startOpenAiServer, type RunningServer } from '../../electron/core/server';
import { startOpenAiWireServer, type OpenAiWireServer } from '../helpers/openai-wire-server';

const EMAIL = 'jane.roe@example.org';

// Redaction end to end: the cloud sees a placeholder, the client sees the value, even when the cloud's
// answer splits the placeholder across two streamed chunks.
describe('redaction round trip through the OpenAI port', () => {
  let cloud: OpenAiWireServer;
  let engine: Engine;
  let server: RunningServer;
  let client: OpenAI;

  beforeAll(async () => {
    cloud = await startOpenAiWireServer({
      apiKey: 'k',
      scenarios: { 'big-1': { kind: 'stream', script: { text: ['I will write to [EMA', 'IL_1] today', ', cc [EMAIL_1].'], usage: { prompt: 30, completion: 9 } } } },
    });
    engine = createEngine({
      settings: settingsSchema.parse({ providers: [{ id: 'acme', kind: 'openai-compatible', baseUrl: cloud.baseUrl, apiKeyEnv: 'ACME_KEY', models: [{ id: 'big-1', contextLength: 128000 }] }] }),
      classifier: false,
      secrets: createLayeredSecrets({ keychain: null, env: { ACME_KEY: 'k' }, envVars: { acme: 'ACME_KEY' } }),
    });
    server = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0 });
    client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'x', maxRetries: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await engine?.dispose();
    await cloud?.close();
  });

  it('sends a placeholder and restores the value in a streamed answer', async () => {
    const stream = await client.chat.completions.create({ model: 'big-1', messages: [{ role: 'user', content: `Email ${EMAIL} about the launch.` }], stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe(`I will write to ${EMAIL} today, cc ${EMAIL}.`);
    const sent = JSON.stringify(cloud.requests.at(-1)?.body);
    expect(sent).toContain('[EMAIL_1]');
    expect(sent).not.toContain(EMAIL);
  });

  it('restores the value in a non-streamed answer too', async () => {
    const answer = await client.chat.completions.create({ model: 'big-1', messages: [{ role: 'user', content: `Email ${EMAIL} about the launch.` }] });
    expect(answer.choices[0]?.message.content).toBe(`I will write to ${EMAIL} today, cc ${EMAIL}.`);
  });
});
