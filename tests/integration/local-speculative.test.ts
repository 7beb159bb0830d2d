import { afterAll, describe, expect, it } from 'vitest';
import { createLocalBackend, DraftTokenizerMismatchError } from '../../electron/core/backends/local';
import { createLayeredSecrets } from '../../electron/core/config/secrets';
import { createEngine } from '../../electron/core/engine';
import { startOpenAiServer } from '../../electron/core/server';
import { settingsSchema } from '../../shared/settings';
import type { SwitchyardError } from '../../shared/errors';
import type { LocalModelSettings } from '../../shared/settings/local-models';
import { hasShared, modelPath } from '../helpers/fixtures';
import { collect, userRequest } from './local-backend-helpers';

const STORIES_CHATML = modelPath('stories260K-chatml.gguf');
const base = { path: STORIES_CHATML, contextSize: 512 } as const;
const models: LocalModelSettings[] = [
  { id: 'plain', ...base },
  { id: 'lookup', ...base, speculative: 'input-lookup' },
  // stories260K shares stories260K-chatml's tokenizer; a tiny draft is never confident, hence minConfidence 0.
  { id: 'drafted', ...base, speculative: { draft: 'stories-draft', minConfidence: 0 } },
  { id: 'drafted-by-path', ...base, speculative: { draft: modelPath('stories260K.gguf'), minConfidence: 0, maxTokens: 4 } },
  { id: 'stories-draft', path: modelPath('stories260K.gguf'), contextSize: 512 },
  // llama-2-tiny-random has a 32000-token vocabulary; stories260K has 512.
  { id: 'mismatched', path: modelPath('llama-2-tiny-random-chat.gguf'), contextSize: 512, speculative: { draft: 'stories-draft' } },
  { id: 'self-drafted', ...base, speculative: { draft: 'self-drafted' } },
  { id: 'unknown-draft', ...base, speculative: { draft: 'no-such-model' } },
];

/** The answer repeats the prompt, which is where predictions can be validated. */
const REPEATING = 'Repeat after me: the little cat sat on the mat, the little dog sat on the log, the little cat sat on the mat.';

describe.skipIf(!hasShared)('speculative decoding (real GGUF models)', () => {
  const logs: string[] = [];
  const backend = createLocalBackend({ models, threads: 1, logger: (message) => logs.push(message) });
  afterAll(async () => backend.dispose());

  it('input lookup and a draft model write exactly what greedy decoding writes without them, and report their predictions', async () => {
    const request = (model: string) => userRequest(model, REPEATING, { maxTokens: 120, temperature: 0 });
    const plain = await collect(backend, request('plain'));
    expect(plain.finish?.usage.predictions).toBeUndefined();
    expect(plain.text.length).toBeGreaterThan(0);
    for (const model of ['lookup', 'drafted', 'drafted-by-path']) {
      const result = await collect(backend, request(model));
      expect(result.text, model).toBe(plain.text);
      // Refuted predictions were evaluated but not generated: usage counts generated tokens only.
      expect(result.finish?.usage.completionTokens, model).toBe(plain.finish?.usage.completionTokens);
      const predictions = result.finish?.usage.predictions;
      expect(predictions, model).toBeDefined();
      expect((predictions?.validated ?? 0) + (predictions?.refuted ?? 0), model).toBeGreaterThan(0);
    }
    expect(logs.some((line) => line.includes("'drafted': speculative decoding with draft model 'stories-draft'"))).toBe(true);
    expect(logs.some((line) => line.includes("'lookup': speculative decoding with input lookup"))).toBe(true);
  });

  it('counts are per request, not the sequence’s running total', async () => {
    const request = userRequest('lookup', REPEATING, { maxTokens: 40, temperature: 0 });
    const first = (await collect(backend, request)).finish?.usage.predictions;
    const second = (await collect(backend, request)).finish?.usage.predictions;
    expect(second).toEqual(first);
  });

  it('a draft whose tokenizer differs from its target fails the load with an error naming both', async () => {
    const error = await backend.load('mismatched').then(() => undefined, (e: unknown) => e as SwitchyardError);
    expect(error).toBeInstanceOf(DraftTokenizerMismatchError);
    expect([error?.status, error?.code, error?.param]).toEqual([400, 'draft_tokenizer_mismatch', 'speculative']);
    expect(error?.message).toMatch(/Draft model 'stories-draft' cannot speculate for local model 'mismatched': their tokenizers differ \(32000 vs 512 tokens\)/);
    expect(backend.models().find((model) => model.id === 'mismatched')?.loaded).toBe(false);
    // The failed load ended its own host only.
    expect(backend.models().find((model) => model.id === 'plain')?.loaded).toBe(true);
  });

  it('a draft that names the model itself or nothing known is refused with the fix', async () => {
    await expect(backend.load('self-drafted')).rejects.toMatchObject({ status: 400, code: 'invalid_draft_model', message: expect.stringMatching(/names itself as its draft/) as unknown });
    await expect(backend.load('unknown-draft')).rejects.toMatchObject({
      status: 400, code: 'invalid_draft_model', message: expect.stringMatching(/'no-such-model' of local model 'unknown-draft' is neither a configured local model nor an existing GGUF file/) as unknown,
    });
  });
});

describe.skipIf(!hasShared)('speculative decoding in the routing log', () => {
  it('the entry of a request served with speculation records its predictions validated and refuted', async () => {
    const engine = createEngine({
      settings: settingsSchema.parse({ mode: 'privacy', local: [{ id: 'tiny', ...base, speculative: 'input-lookup' }] }),
      threads: 1,
      classifier: false,
      secrets: createLayeredSecrets({ keychain: null, env: {}, envVars: {} }),
    });
    const server = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0, routingLog: engine.log });
    try {
      const response = await fetch(`${server.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'tiny', messages: [{ role: 'user', content: REPEATING }], max_tokens: 40, temperature: 0 }),
      });
      expect(response.status).toBe(200);
      const entry = engine.log.get(response.headers.get('x-switchyard-decision') ?? '');
      expect(entry?.servedBy?.model).toBe('tiny');
      const predictions = entry?.predictions;
      expect(predictions).toEqual({ validated: expect.any(Number) as number, refuted: expect.any(Number) as number });
      expect((predictions?.validated ?? 0) + (predictions?.refuted ?? 0)).toBeGreaterThan(0);
    } finally {
      await server.close();
      await engine.dispose();
    }
  });
});
