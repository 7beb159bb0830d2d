import { afterAll, describe, expect, it } from 'vitest';
import { createLocalBackend } from '../../electron/core/backends/local';
import { hasShared, modelPath } from '../helpers/fixtures';
import { collect, userRequest } from './local-backend-helpers';

describe.skipIf(!hasShared)('keep-alive: idle local models unload', () => {
  const logs: string[] = [];
  const backend = createLocalBackend({
    models: [
      { id: 'short', path: modelPath('stories260K-chatml.gguf'), contextSize: 512 },
      { id: 'kept', path: modelPath('stories260K.gguf'), contextSize: 512, keepAliveMinutes: 0 },
    ],
    threads: 1,
    keepAliveMs: 1_500,
    logger: (message) => logs.push(message),
  });
  afterAll(async () => backend.dispose());

  it('ends the host of a model idle for its keep-alive, keeps one whose setting is 0, and reloads on the next request', async () => {
    expect((await collect(backend, userRequest('short', 'Hi', { maxTokens: 4 }))).finish).toBeDefined();
    const pid = backend.hostPid('short') ?? Number.NaN;
    expect(pid).toBeGreaterThan(0);
    expect((await collect(backend, userRequest('kept', 'Hi', { maxTokens: 4 }))).finish).toBeDefined();
    await expect.poll(() => backend.models().find((m) => m.id === 'short')?.loaded, { timeout: 10_000 }).toBe(false);
    // The process ends (after freeing the model), so its memory is back with the OS.
    const alive = (): boolean => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await expect.poll(alive, { timeout: 10_000 }).toBe(false);
    expect(logs.some((line) => line.includes("'short' unloaded after 2 s idle"))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(backend.models().find((m) => m.id === 'kept')?.loaded).toBe(true);
    expect((await collect(backend, userRequest('short', 'Hi', { maxTokens: 4 }))).finish).toBeDefined();
    expect(backend.models().find((m) => m.id === 'short')?.loaded).toBe(true);
  });
});
