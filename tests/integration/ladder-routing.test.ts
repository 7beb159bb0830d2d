import OpenAI from 'openai';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsSchema, type Settings } from '../../shared/settings';
import { routeEngine } from '../../electron/core/cli/commands/route';
import { createLayeredSecrets } from '../../electron/core/config/secrets';
import { createEngine, type Engine } from '../../electron/core/engine';
import { startOpenAiServer, type RunningServer } from '../../electron/core/server';
import { hasShared, modelPath } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/test-server';

const EASY = 'good morning :)';
const HARD = 'Prove that there are infinitely many primes, then design and compare two distributed algorithms to enumerate them, deriving their complexity step by step.';
const MEDIUM = 'Compare TCP and UDP for a multiplayer game and recommend one.';

// Four rungs: two local fixtures and two stand-in cloud models at different prices, served by a second Switchyard.
describe.skipIf(!hasShared)('routing across a ladder of four models', () => {
  let cloud: TestServer;
  let engine: Engine;
  let server: RunningServer;
  let client: OpenAI;
  let settings: Settings;

  beforeAll(async () => {
    const fixture = modelPath('stories260K-chatml.gguf');
    cloud = await startTestServer({ models: [{ id: 'mini-1', path: fixture, contextSize: 2048 }, { id: 'big-1', path: fixture, contextSize: 2048 }] });
    settings = settingsSchema.parse({
      mode: 'balanced',
      local: [
        { id: 'tiny', path: fixture, contextSize: 2048, quality: 1 },
        { id: 'small', path: modelPath('llama-2-tiny-random-chat.gguf'), contextSize: 2048, quality: 2 },
      ],
      providers: [{
        id: 'acme', kind: 'openai-compatible', baseUrl: `${cloud.baseURL}`, apiKeyEnv: 'ACME_KEY',
        models: [{ id: 'mini-1', contextLength: 128_000, price: { input: 0.1, output: 0.4 } }, { id: 'big-1', contextLength: 128_000, price: { input: 2.5, output: 10 } }],
      }],
      // The calibrated threshold of the heuristic decides local vs cloud; these pin it so the test does not
      // move when calibration does.
      router: { thresholds: { balanced: 0.5 } },
    });
    engine = createEngine({
      settings, threads: 1, classifier: false,
      secrets: createLayeredSecrets({ keychain: null, env: { ACME_KEY: 'k' }, envVars: { acme: 'ACME_KEY' } }),
      runtime: { retry: { maxRetries: 0, baseMs: 10, maxMs: 20 }, timeouts: { firstPartMs: 10_000, idleMs: 10_000 } },
    });
    await engine.local.listModels();
    server = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0, routingLog: engine.log });
    client = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'x', maxRetries: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await engine?.dispose();
    await cloud?.close();
  });

  const ask = (content: string) => client.chat.completions.create({ model: 'auto', messages: [{ role: 'user', content }], max_tokens: 4 }).withResponse();

  it('puts easy, medium and hard prompts on different rungs, and says which', async () => {
    const rungs: string[] = [];
    for (const prompt of [EASY, MEDIUM, HARD]) {
      const { data, response } = await ask(prompt);
      expect(response.headers.get('x-switchyard-fallback')).toBe('false');
      expect(data.model).toBe(response.headers.get('x-switchyard-model'));
      rungs.push(`${response.headers.get('x-switchyard-rung') ?? ''}:${data.model}`);
    }
    expect(new Set(rungs).size, rungs.join(' ')).toBe(3);
    expect(rungs[0]).toBe('0:tiny');
    expect(rungs[2]).toBe('3:big-1');
    const decision = engine.log.query({ limit: 1 })[0]?.decision;
    expect(decision?.ladder).toEqual(['tiny', 'small', 'mini-1', 'big-1']);
  });

  it('makes the same decision for the port, the UI chat, the test box and switchyard route', async () => {
    const { response } = await ask(HARD);
    const port = engine.log.get(response.headers.get('x-switchyard-decision') ?? '')?.decision;
    const ui = await engine.gateway.handle({ model: 'auto', messages: [{ role: 'user', content: HARD }], maxTokens: 4 }, { channel: 'desktop-chat' }, new AbortController().signal);
    for await (const part of ui.parts) void part;
    const testBox = (await engine.gateway.decide({ model: 'auto', messages: [{ role: 'user', content: HARD }] }, { channel: 'control-api' })).decision;
    const cli = await routeEngine(settings, { stderr: new PassThrough() }, false);
    const fromCli = (await cli.decide({ model: 'auto', messages: [{ role: 'user', content: HARD }] }, undefined)).decision;
    await cli.dispose();
    const essence = (d: typeof testBox | undefined) => d && ({ target: d.target, model: d.model, rung: d.rung, ladder: d.ladder, taskType: d.taskType, score: d.score, fallbacks: d.fallbacks });
    expect(essence(port)).toBeDefined();
    for (const other of [ui.decision, testBox, fromCli]) expect(essence(other)).toEqual(essence(port));
  });

  it('walks down the ladder when the cloud rungs are down, and the headers say who served', async () => {
    await cloud.close();
    const { data, response } = await ask(HARD);
    expect(response.headers.get('x-switchyard-target')).toBe('local');
    expect(response.headers.get('x-switchyard-model')).toBe('small');
    expect(response.headers.get('x-switchyard-rung')).toBe('1');
    expect(response.headers.get('x-switchyard-fallback')).toBe('true');
    expect(data.model).toBe('small');
  });
});
