import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalBackend, type LocalBackend } from '../../electron/core/backends/local';
import { ModelNotFoundError, QueueFullError } from '../../shared/errors';
import { hasShared } from '../helpers/fixtures';
import { collect, fixtureModels, terminalParts, userRequest } from './local-backend-helpers';

const MODEL = 'stories-chatml';

describe.skipIf(!hasShared)('LocalBackend (contract, real GGUF models)', () => {
  let backend: LocalBackend;
  const logs: string[] = [];

  beforeAll(async () => {
    backend = createLocalBackend({
      models: [...fixtureModels, { id: 'busy', path: fixtureModels[0]?.path ?? '', contextSize: 512, queueDepth: 1 }],
      threads: 1,
      logger: (message) => logs.push(message),
    });
    await backend.load(MODEL);
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('streams text deltas and ends with exactly one finish carrying plausible usage', async () => {
    const result = await collect(backend, userRequest(MODEL, 'Once upon a time', { maxTokens: 24 }));
    expect(terminalParts(result.parts)).toHaveLength(1);
    expect(result.parts.at(-1)?.type).toBe('finish');
    expect(result.parts.filter((part) => part.type === 'text-delta').length).toBeGreaterThan(1);
    expect(result.text.length).toBeGreaterThan(0);
    const usage = result.finish?.usage;
    const expectedPrompt = await backend.tokenCount(MODEL, '<|im_start|>user\nOnce upon a time<|im_end|>\n<|im_start|>assistant\n');
    // The rendered ChatML prompt (plus BOS) is what the model evaluated.
    expect(usage?.promptTokens).toBeGreaterThanOrEqual(expectedPrompt);
    expect(usage?.promptTokens).toBeLessThanOrEqual(expectedPrompt + 2);
    expect(usage?.completionTokens).toBeGreaterThan(0);
    expect(usage?.completionTokens).toBeLessThanOrEqual(24);
  });

  it('reports the same prompt tokens when the KV cache already holds the prompt', async () => {
    const request = userRequest(MODEL, 'The cat sat', { maxTokens: 4 });
    const first = await collect(backend, request);
    const second = await collect(backend, request);
    expect(second.finish?.usage.promptTokens).toBe(first.finish?.usage.promptTokens);
  });

  it('stops at maxTokens with finish reason length', async () => {
    const result = await collect(backend, userRequest(MODEL, 'Tell me a long story', { maxTokens: 5, stop: [] }));
    expect(result.finish?.reason).toBe('length');
    expect(result.finish?.usage.completionTokens).toBe(5);
  });

  it('aborting mid-stream ends promptly with one error part of code aborted', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    const result = await collect(backend, userRequest(MODEL, 'Once upon a time', { maxTokens: 400, temperature: 0.9, seed: 1 }), controller.signal, (_part, index) => {
      if (index === 2) {
        abortedAt = performance.now();
        controller.abort();
      }
    });
    const stoppedAfterMs = performance.now() - abortedAt;
    expect(terminalParts(result.parts)).toHaveLength(1);
    expect(result.parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'aborted' } });
    expect(result.parts.filter((part) => part.type === 'text-delta').length).toBeLessThan(20);
    expect(stoppedAfterMs).toBeLessThan(1_000);
  });

  it('an abort with a caller-supplied reason is still reported as aborted', async () => {
    const controller = new AbortController();
    const result = await collect(backend, userRequest(MODEL, 'Once upon a time', { maxTokens: 400 }), controller.signal, (_part, index) => {
      if (index === 1) controller.abort(new Error('client went away'));
    });
    expect(terminalParts(result.parts)).toHaveLength(1);
    expect(result.error?.error.code).toBe('aborted');
  });

  it('a request aborted before it starts still ends with a single aborted error part', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await collect(backend, userRequest(MODEL, 'Hello', { maxTokens: 8 }), controller.signal);
    expect(result.parts).toEqual([expect.objectContaining({ type: 'error', error: expect.objectContaining({ code: 'aborted' }) })]);
  });

  it('an unknown model is a ModelNotFoundError thrown before any part', async () => {
    await expect(backend.stream(userRequest('no-such-model', 'hi'), new AbortController().signal)).rejects.toBeInstanceOf(ModelNotFoundError);
  });

  it('refuses requests beyond the queue with QueueFullError while the admitted ones succeed', async () => {
    // 'busy' runs one request and lets one wait: the third and fourth must be refused before streaming.
    const request = userRequest('busy', 'Once upon a time', { maxTokens: 150 });
    const admitted = [await backend.stream(request, new AbortController().signal), await backend.stream(request, new AbortController().signal)];
    const refused = await backend.stream(request, new AbortController().signal).then(() => undefined, (error: unknown) => error);
    expect(refused).toBeInstanceOf(QueueFullError);
    expect((refused as QueueFullError).status).toBe(429);
    expect((refused as QueueFullError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    for (const stream of admitted) {
      const parts = [];
      for await (const part of stream) parts.push(part);
      expect(parts.at(-1)?.type).toBe('finish');
      expect(terminalParts(parts)).toHaveLength(1);
    }
    // With the queue drained, requests are admitted again.
    expect((await collect(backend, request)).finish?.reason).toBeDefined();
  });

  it('a waiting request whose signal aborts leaves the queue at once', async () => {
    const request = userRequest('busy', 'Once upon a time', { maxTokens: 150 });
    const running = await backend.stream(request, new AbortController().signal);
    const waiter = new AbortController();
    const waiting = await backend.stream(request, waiter.signal);
    waiter.abort();
    // The freed place admits another request even though the first is still generating.
    const next = await backend.stream(request, new AbortController().signal);
    const waitingParts = [];
    for await (const part of waiting) waitingParts.push(part);
    expect(waitingParts).toEqual([expect.objectContaining({ type: 'error' })]);
    for (const stream of [running, next]) {
      const parts = [];
      for await (const part of stream) parts.push(part);
      expect(parts.at(-1)?.type).toBe('finish');
    }
  });

  it('lists every configured model with its context length and loaded flag', () => {
    const models = backend.models();
    expect(models.map((model) => model.id)).toEqual(['stories-chatml', 'stories-plain', 'tiny-llama2-chat', 'busy']);
    const chatml = models.find((model) => model.id === MODEL);
    expect(chatml).toMatchObject({ provider: 'local', kind: 'local', contextLength: 512, loaded: true, capabilities: { tools: true, jsonSchema: true, embeddings: true, vision: false } });
    expect(models.find((model) => model.id === 'stories-plain')?.loaded).toBe(false);
  });

  it('reports the compute backend llama.cpp chose', async () => {
    expect(['metal', 'cuda', 'vulkan', 'cpu']).toContain(await backend.gpu());
  });
});
