import { afterAll, describe, expect, it } from 'vitest';
import { createLocalBackend, type LocalBackend } from '../../electron/core/backends/local';
import { InsufficientMemoryError, type SwitchyardError } from '../../shared/errors';
import type { StreamPart } from '../../shared/chat';
import type { LocalModelSettings } from '../../shared/settings/local-models';
import { hasShared, modelPath } from '../helpers/fixtures';
import { collect, userRequest } from './local-backend-helpers';

const models: LocalModelSettings[] = [
  { id: 'a', path: modelPath('stories260K-chatml.gguf'), contextSize: 512 },
  { id: 'b', path: modelPath('stories260K.gguf'), contextSize: 512 },
  { id: 'c', path: modelPath('llama-2-tiny-random-chat.gguf'), contextSize: 512 },
];

const loadedIds = (backend: LocalBackend): string[] => backend.models().filter((model) => model.loaded).map((model) => model.id);

describe.skipIf(!hasShared)('memory fit before a load (real GGUF models, injected free-memory reading)', () => {
  const backends: LocalBackend[] = [];
  const make = (freeMemory: NonNullable<Parameters<typeof createLocalBackend>[0]['freeMemory']>, logs: string[] = []): LocalBackend => {
    const backend = createLocalBackend({ models, threads: 1, freeMemory, logger: (line) => logs.push(line) });
    backends.push(backend);
    return backend;
  };
  afterAll(async () => {
    await Promise.all(backends.map((backend) => backend.dispose()));
  });

  it('a machine with room for two models unloads the least recently used one to load a third', async () => {
    const logs: string[] = [];
    // The real reading while fewer than two models are loaded; nothing free once two are.
    const backend: LocalBackend = make((measured) => (loadedIds(backend).length >= 2 ? { ramBytes: 0, vramBytes: measured.vramBytes === null ? null : 0 } : measured), logs);
    await backend.load('a');
    await backend.load('b');
    // 'a' is used after 'b' was loaded, so 'b' is now the least recently used.
    expect((await collect(backend, userRequest('a', 'Hi', { maxTokens: 2 }))).finish).toBeDefined();
    const pidA = backend.hostPid('a');
    expect((await collect(backend, userRequest('c', 'Hi', { maxTokens: 2 }))).finish).toBeDefined();
    expect(loadedIds(backend).sort()).toEqual(['a', 'c']);
    expect(backend.hostPid('a')).toBe(pidA);
    expect(logs.some((line) => /local model 'c' needs .* of RAM but 0 KB is free: unloading 'b' \(least recently used\)/.test(line))).toBe(true);
  });

  it('when nothing can make room the load fails with 503 insufficient_memory giving the figures, and busy models keep running', async () => {
    // 4 KB free whenever any model is loaded: a tiny model fits alone, never beside another.
    const backend: LocalBackend = make((measured) => (loadedIds(backend).length === 0 ? measured : { ramBytes: 4096, vramBytes: null }));
    await backend.load('a');
    // A stream nobody reads yet stays open once the host's window of unacknowledged batches is full, so 'a' is
    // busy throughout: 500 tokens take more than the window's 8 batches of 16 ms below ~3,900 tokens/s (with 200,
    // a calm machine finished the whole answer inside the window and 'a' was idle).
    const running = await backend.stream(userRequest('a', 'Once upon a time', { maxTokens: 500 }), new AbortController().signal);
    const error = await backend.stream(userRequest('b', 'Hi'), new AbortController().signal).then(() => undefined, (e: unknown) => e as SwitchyardError);
    expect(error).toBeInstanceOf(InsufficientMemoryError);
    expect([error?.status, error?.code]).toEqual([503, 'insufficient_memory']);
    expect(error?.message).toMatch(/^Local model 'b' does not fit in memory: it needs \d+(\.\d)? [KM]B of RAM but 4 KB is free \(llama\.cpp's estimate for the model and its context\)\. Close other programs, set a smaller contextSize, or use a smaller quantisation of the model\. Busy models \('a'\) were left loaded/);
    const parts: StreamPart[] = [];
    for await (const part of running) parts.push(part);
    expect(parts.at(-1)).toMatchObject({ type: 'finish', reason: 'length' });
    expect(loadedIds(backend)).toEqual(['a']);
    // The refused model's host is gone; once 'a' is idle it is unloaded to make room, and 'b' loads.
    expect(backend.hostPid('b')).toBeUndefined();
    expect((await collect(backend, userRequest('b', 'Hi', { maxTokens: 2 }))).finish).toBeDefined();
    expect(loadedIds(backend)).toEqual(['b']);
  });
});
