import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalBackend, ModelLoadError, type LocalBackend } from '../../electron/core/backends/local';
import { forkHostLauncher, type HostLauncher } from '../../electron/core/backends/local/host/host-launcher';
import type { SwitchyardError } from '../../shared/errors';
import { hasShared, modelPath } from '../helpers/fixtures';
import { collect, userRequest } from './local-backend-helpers';

const scratch = mkdtempSync(join(tmpdir(), 'switchyard-load-'));
const notGguf = join(scratch, 'notes.gguf');
writeFileSync(notGguf, 'plain text, not a model\n'.repeat(100));
const truncated = join(scratch, 'truncated.gguf');
if (hasShared) writeFileSync(truncated, readFileSync(modelPath('stories260K.gguf')).subarray(0, 600_000));

const STORIES = { id: 'stories', path: modelPath('stories260K-chatml.gguf'), contextSize: 512 };

/** The real fork launcher; a host asked to `load` a model named `stalled` is stopped (SIGSTOP) right after. */
function stallingLauncher(): HostLauncher {
  return (options) => {
    const host = forkHostLauncher(options);
    return {
      ...host,
      pid: host.pid,
      send: (message) => {
        host.send(message);
        const call = message as { op?: string; args?: { settings?: { id?: string } } };
        if (call.op === 'load' && call.args?.settings?.id === 'stalled' && host.pid !== undefined) process.kill(host.pid, 'SIGSTOP');
      },
    };
  };
}

describe.skipIf(!hasShared)('loading bad input (real GGUF models, real processes)', () => {
  const backends: LocalBackend[] = [];
  afterAll(async () => {
    await Promise.all(backends.map((backend) => backend.dispose()));
  });

  it('a non-GGUF or truncated file fails with a readable error and the loaded models stay loaded in their hosts', async () => {
    const backend = createLocalBackend({
      models: [STORIES, { id: 'notes', path: notGguf }, { id: 'cut', path: truncated }],
      threads: 1,
    });
    backends.push(backend);
    await backend.load('stories');
    const pid = backend.hostPid('stories');
    for (const id of ['notes', 'cut']) {
      const error = await backend.load(id).then(() => undefined, (e: unknown) => e as SwitchyardError);
      expect(error, id).toBeInstanceOf(ModelLoadError);
      expect(error?.message, id).toMatch(new RegExp(`^Local model '${id}' could not be loaded from .*${id === 'notes' ? 'notes' : 'truncated'}\\.gguf: `));
      expect(backend.hostPid(id)).toBeUndefined();
      expect(backend.models().find((model) => model.id === id)).toMatchObject({ loaded: false });
      expect(backend.models().find((model) => model.id === id)?.status).toBeUndefined();
    }
    expect(backend.models().find((model) => model.id === 'stories')).toMatchObject({ loaded: true });
    expect(backend.hostPid('stories')).toBe(pid);
    expect((await collect(backend, userRequest('stories', 'Hi', { maxTokens: 4 }))).finish).toBeDefined();
  });

  it('a load that hangs past the load timeout is killed and reported, not counted as a crash; others keep serving', async () => {
    const logs: string[] = [];
    const backend = createLocalBackend({
      models: [STORIES, { ...STORIES, id: 'stalled' }],
      threads: 1,
      loadTimeoutMs: 4_000,
      launcher: stallingLauncher(),
      logger: (line) => logs.push(line),
    });
    backends.push(backend);
    await backend.load('stories');
    const started = performance.now();
    const error = await backend.load('stalled').then(() => undefined, (e: unknown) => e as SwitchyardError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(3_900);
    expect([error?.status, error?.code]).toEqual([503, 'model_load_timeout']);
    expect(error?.message).toMatch(/^Local model 'stalled' did not finish loading from .*stories260K-chatml\.gguf within 4 s; its inference host was killed\./);
    expect(backend.hostPid('stalled')).toBeUndefined();
    expect(backend.models().find((model) => model.id === 'stalled')?.status).toBeUndefined();
    expect(logs.some((line) => line.includes("'stalled': load timed out after 4000 ms"))).toBe(true);
    expect((await collect(backend, userRequest('stories', 'Hi', { maxTokens: 4 }))).finish).toBeDefined();
  });
});
