import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalBackend, ModelFileMissingError, ModelLoadError } from '../../electron/core/backends/local';
import { UnavailableError, type SwitchyardError } from '../../shared/errors';
import { hasShared, modelPath } from '../helpers/fixtures';
import { collect, fixtureModels, summarize, terminalParts, userRequest } from './local-backend-helpers';
import type { StreamPart } from '../../shared/chat';

const scratch = mkdtempSync(join(tmpdir(), 'switchyard-local-'));
const corrupt = join(scratch, 'corrupt.gguf');
writeFileSync(corrupt, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(60, 0xff)]));
const garbage = join(scratch, 'garbage.gguf');
writeFileSync(garbage, 'this is not a model');
// A valid header whose tensor data is cut off: llama.cpp itself must refuse it without taking the process down.
const truncated = join(scratch, 'truncated.gguf');
if (hasShared) writeFileSync(truncated, readFileSync(modelPath('stories260K-chatml.gguf')).subarray(0, 900_000));

async function drain(stream: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

describe.skipIf(!hasShared)('LocalBackend lifecycle (real GGUF models)', () => {
  const logs: string[] = [];
  const backend = createLocalBackend({
    models: [
      ...fixtureModels,
      { id: 'no-context-setting', path: modelPath('stories260K.gguf') },
      { id: 'missing', path: join(scratch, 'nowhere.gguf') },
      { id: 'corrupt', path: corrupt },
      { id: 'garbage', path: garbage },
      { id: 'truncated', path: truncated },
    ],
    threads: 1,
    logger: (message) => logs.push(message),
  });
  afterAll(async () => {
    await backend.dispose();
  });

  it('takes the chat template from the GGUF and falls back, saying so, when there is none', async () => {
    expect(await backend.chatWrapperName('stories-chatml')).toBe('ChatML');
    expect(await backend.chatWrapperName('tiny-llama2-chat')).toBe('JinjaTemplate');
    expect(await backend.chatWrapperName('stories-plain')).toBe('General');
    expect(logs.some((line) => line.includes("'stories-plain'") && line.includes('no tokenizer.chat_template') && line.includes('GeneralChatWrapper'))).toBe(true);
    // The fallback really renders the prompt: it carries the General format's role markers.
    const plain = await collect(backend, userRequest('stories-plain', 'Hi', { maxTokens: 2 }));
    expect(plain.finish?.usage.promptTokens).toBeGreaterThan(await backend.tokenCount('stories-plain', 'Hi') + 4);
  });

  it('reports the context size from the GGUF header before a model is loaded', async () => {
    const models = await backend.listModels();
    expect(models.find((model) => model.id === 'no-context-setting')).toMatchObject({ contextLength: 2048, loaded: false });
    expect(models.find((model) => model.id === 'stories-chatml')).toMatchObject({ contextLength: 512, loaded: true });
  });

  it('a missing GGUF file is a 503 model_file_missing error naming the path and the fix', async () => {
    const error = await backend.stream(userRequest('missing', 'hi'), new AbortController().signal).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ModelFileMissingError);
    const failure = error as SwitchyardError;
    expect([failure.status, failure.code]).toEqual([503, 'model_file_missing']);
    expect(failure.message).toContain(join(scratch, 'nowhere.gguf'));
    expect(failure.message).toContain('--model PATH');
  });

  it('corrupt files are clear load errors, and the backend keeps serving', async () => {
    for (const id of ['corrupt', 'garbage', 'truncated']) {
      const error = await backend.load(id).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(ModelLoadError);
      expect((error as SwitchyardError).code).toBe('model_load_failed');
      expect((error as SwitchyardError).message).toMatch(/could not be loaded .* Is it a valid GGUF file\?/);
    }
    expect((await collect(backend, userRequest('stories-chatml', 'Hi', { maxTokens: 2 }))).finish).toBeDefined();
  });

  it('concurrent loads of one model share a single load', async () => {
    const before = logs.filter((line) => line.includes("'tiny-llama2-chat' loaded")).length;
    await backend.unload('tiny-llama2-chat');
    await Promise.all([backend.load('tiny-llama2-chat'), backend.load('tiny-llama2-chat'), collect(backend, userRequest('tiny-llama2-chat', 'x', { maxTokens: 1 }))]);
    expect(logs.filter((line) => line.includes("'tiny-llama2-chat' loaded")).length).toBe(before + 1);
  });

  it('unloading stops the model’s running and waiting requests with an error part and frees it', async () => {
    const request = userRequest('stories-plain', 'Once upon a time', { maxTokens: 400 });
    const running = await backend.stream(request, new AbortController().signal);
    const waiting = await backend.stream(request, new AbortController().signal);
    await backend.unload('stories-plain');
    for (const parts of [await drain(running), await drain(waiting)]) {
      expect(terminalParts(parts)).toHaveLength(1);
      expect(parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'unavailable' } });
    }
    expect(backend.models().find((model) => model.id === 'stories-plain')?.loaded).toBe(false);
    // It loads again on the next request.
    expect((await collect(backend, userRequest('stories-plain', 'Hi', { maxTokens: 2 }))).finish).toBeDefined();
  });

  it('with two sequences two requests generate side by side', async () => {
    const own = createLocalBackend({ models: [{ id: 'two', path: modelPath('stories260K-chatml.gguf'), contextSize: 512, queueDepth: 0 }], threads: 1, sequences: 2 });
    try {
      const request = userRequest('two', 'Once upon a time', { maxTokens: 60 });
      const streams = [await own.stream(request, new AbortController().signal), await own.stream(request, new AbortController().signal)];
      await expect(own.stream(request, new AbortController().signal)).rejects.toMatchObject({ code: 'queue_full' });
      const order: number[] = [];
      const results = await Promise.all(
        streams.map(async (stream, index) => {
          const parts: StreamPart[] = [];
          for await (const part of stream) {
            parts.push(part);
            order.push(index);
          }
          return summarize(parts);
        }),
      );
      expect(results.map((result) => result.finish?.reason)).toEqual(['length', 'length']);
      // Interleaved deltas: the second did not wait for the first to finish.
      expect(order.indexOf(1)).toBeLessThan(order.lastIndexOf(0));
    } finally {
      await own.dispose();
    }
  });

  it('dispose ends in-flight streams with one error part, releases everything and refuses new work', async () => {
    const own = createLocalBackend({ models: fixtureModels, threads: 1 });
    const stream = await own.stream(userRequest('stories-chatml', 'Once upon a time', { maxTokens: 400 }), new AbortController().signal);
    await own.dispose();
    const result = summarize(await drain(stream));
    expect(terminalParts(result.parts)).toHaveLength(1);
    expect(result.error?.error.code).toBe('unavailable');
    expect(own.models().every((model) => model.loaded === false)).toBe(true);
    await expect(own.stream(userRequest('stories-chatml', 'Hi'), new AbortController().signal)).rejects.toBeInstanceOf(UnavailableError);
    await own.dispose();
  });
});
