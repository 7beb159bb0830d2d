import { afterAll, describe, expect, it } from 'vitest';
import { createLocalBackend, type LocalBackend } from '../../electron/core/backends/local';
import { forkHostLauncher, type HostLauncher } from '../../electron/core/backends/local/host/host-launcher';
import type { StreamPart } from '../../shared/chat';
import type { SwitchyardError } from '../../shared/errors';
import { hasShared, modelPath } from '../helpers/fixtures';
import { collect, summarize, terminalParts, userRequest } from './local-backend-helpers';

// TinyStories-656K-Q8_0 is a real model from the wild whose vocabulary makes llama.cpp abort
// (std::out_of_range in _Map_base::at) on its first generated token: a native crash we did not plant.
const CRASHY = { id: 'crashy', path: modelPath('TinyStories-656K-Q8_0.gguf'), contextSize: 512 };
const STORIES = { id: 'stories', path: modelPath('stories260K-chatml.gguf'), contextSize: 512 };

/** The real fork launcher, recording what the engine sends each host. */
function recordingLauncher(sent: unknown[]): HostLauncher {
  return (options) => {
    const host = forkHostLauncher(options);
    return { ...host, pid: host.pid, send: (message) => { sent.push(message); host.send(message); } };
  };
}

async function drain(stream: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

/** Streams `request` and calls `onFirst` with the backend once the first part is in. */
async function streamThen(backend: LocalBackend, model: string, onFirst: () => void): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of await backend.stream(userRequest(model, 'Once upon a time', { maxTokens: 400 }), new AbortController().signal)) {
    parts.push(part);
    if (parts.length === 1) onFirst();
  }
  return parts;
}

describe.skipIf(!hasShared)('inference host crashes (real GGUF models, real processes)', () => {
  const backends: LocalBackend[] = [];
  const make = (options: Partial<Parameters<typeof createLocalBackend>[0]> = {}): LocalBackend => {
    const backend = createLocalBackend({ models: [CRASHY, STORIES], threads: 1, restartDelayMs: () => 50, ...options });
    backends.push(backend);
    return backend;
  };
  afterAll(async () => {
    await Promise.all(backends.map((backend) => backend.dispose()));
  });

  it("a model whose llama.cpp aborts ends its request with one clear error while another model's stream completes", async () => {
    const backend = make();
    await Promise.all([backend.load('stories'), backend.load('crashy')]);
    const stories = drain(await backend.stream(userRequest('stories', 'Once upon a time', { maxTokens: 120 }), new AbortController().signal));
    const crashed = summarize(await drain(await backend.stream(userRequest('crashy', 'Once upon a time', { maxTokens: 20 }), new AbortController().signal)));
    expect(terminalParts(crashed.parts)).toHaveLength(1);
    expect(crashed.error?.error.code).toBe('local_model_crashed');
    expect(crashed.error?.error.message).toMatch(/Local model 'crashy' crashed \(killed by SIGABRT.*out_of_range/);
    const other = summarize(await stories);
    expect(other.finish?.reason).toBe('length');
    expect(other.text.length).toBeGreaterThan(0);
    const listed = backend.models();
    expect(listed.find((m) => m.id === 'crashy')).toMatchObject({ loaded: false, status: { state: 'crashed' } });
    expect(listed.find((m) => m.id === 'stories')).toMatchObject({ loaded: true });
    expect(listed.find((m) => m.id === 'stories')?.status).toBeUndefined();
    // The other model keeps serving right after.
    expect((await collect(backend, userRequest('stories', 'Hi', { maxTokens: 4 }))).finish).toBeDefined();
  });

  it('restarts on the next request; after three crashes in a row it stays down until loaded again', async () => {
    const backend = make({ models: [CRASHY] });
    for (let crash = 1; crash <= 3; crash += 1) {
      const result = await collect(backend, userRequest('crashy', 'Hi', { maxTokens: 8 }));
      expect(result.error?.error.code).toBe('local_model_crashed');
      expect(backend.models()[0]?.status?.state).toBe(crash < 3 ? 'crashed' : 'down');
    }
    const refused = await backend.stream(userRequest('crashy', 'Hi'), new AbortController().signal).then(() => undefined, (e: unknown) => e as SwitchyardError);
    expect([refused?.status, refused?.code]).toEqual([503, 'local_model_crashed']);
    expect(refused?.message).toMatch(/crashed 3 times in a row and stays down until it is loaded again/);
    // Loading it again is a fresh start: the host comes up (and this model crashes again on its first token).
    await backend.load('crashy');
    expect(backend.models()[0]).toMatchObject({ loaded: true });
    expect((await collect(backend, userRequest('crashy', 'Hi', { maxTokens: 8 }))).error?.error.message).toMatch(/It restarts on the next request/);
  });

  it('SIGKILL of the host mid-stream ends that stream with one crash error; the next request restarts the host', async () => {
    const backend = make({ models: [STORIES] });
    await backend.load('stories');
    const pid = backend.hostPid('stories');
    expect(pid).toBeTypeOf('number');
    const result = summarize(await streamThen(backend, 'stories', () => process.kill(pid ?? 0, 'SIGKILL')));
    expect(result.text.length).toBeGreaterThan(0);
    expect(terminalParts(result.parts)).toHaveLength(1);
    expect(result.error?.error).toMatchObject({ code: 'local_model_crashed', status: 503 });
    expect(result.error?.error.message).toContain("Local model 'stories' crashed (killed by SIGKILL)");
    expect(backend.models()[0]?.status).toEqual({ state: 'crashed', reason: 'killed by SIGKILL' });
    const again = await collect(backend, userRequest('stories', 'Once upon a time', { maxTokens: 8 }));
    expect(again.finish?.reason).toBe('length');
    expect(backend.hostPid('stories')).not.toBe(pid);
    expect(backend.models()[0]?.status).toBeUndefined();
  });

  it('a host that stops sending (SIGSTOP) is killed after the hang timeout and handled as a crash', async () => {
    const backend = make({ models: [STORIES], hangTimeoutMs: 1_500 });
    await backend.load('stories');
    const pid = backend.hostPid('stories') ?? 0;
    const started = performance.now();
    const result = summarize(await streamThen(backend, 'stories', () => process.kill(pid, 'SIGSTOP')));
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(result.error?.error.code).toBe('local_model_crashed');
    expect(result.error?.error.message).toContain('hung: no output for 1500 ms');
    expect((await collect(backend, userRequest('stories', 'Hi', { maxTokens: 4 }))).finish).toBeDefined();
  });

  it('a reader that pauses past the hang timeout, while the generation ends, still gets every part: no hang, no crash', async () => {
    const backend = make({ models: [STORIES], hangTimeoutMs: 1_500 });
    await backend.load('stories');
    const pid = backend.hostPid('stories');
    const stream = await backend.stream(userRequest('stories', 'Once upon a time', { maxTokens: 300 }), new AbortController().signal);
    // Nobody reads: the host fills its window of batches, finishes generating and waits for acks.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const result = summarize(await drain(stream));
    expect(result.finish?.reason).toBe('length');
    expect(result.finish?.usage.completionTokens).toBe(300);
    expect(backend.hostPid('stories')).toBe(pid);
    expect(backend.models()[0]?.status).toBeUndefined();
  });

  it('with a sequence free, plan and start are one message; a stream aborted while its host plans ends once and frees its place', async () => {
    const sent: unknown[] = [];
    const backend = make({ models: [STORIES], launcher: recordingLauncher(sent) });
    await backend.load('stories');
    const pid = backend.hostPid('stories');
    expect((await collect(backend, userRequest('stories', 'Hi', { maxTokens: 4 }))).finish?.reason).toBe('length');
    const plans = sent.filter((m) => (m as { op?: string }).op === 'plan') as { args: { start?: boolean } }[];
    expect(plans.map((m) => m.args.start)).toEqual([true]);
    expect(sent.some((m) => (m as { kind?: string }).kind === 'start')).toBe(false);
    // A schema whose grammar takes the host a while to build, so the abort arrives while it plans.
    const properties = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`field${i}`, { type: 'string', enum: [`a${i}`, `b${i}`, `c${i}`] }]));
    const responseFormat = { type: 'json_schema', json_schema: { name: 'wide', schema: { type: 'object', properties, required: Object.keys(properties) } } } as const;
    for (let round = 1; round <= 3; round += 1) {
      const controller = new AbortController();
      const stream = backend.stream(userRequest('stories', 'Once upon a time', { maxTokens: 400, responseFormat }), controller.signal);
      // The plan message leaves once the host connection is awaited; the abort follows it while the host plans.
      await Promise.resolve();
      await Promise.resolve();
      controller.abort();
      const parts = await drain(await stream);
      expect(terminalParts(parts)).toHaveLength(1);
      expect(parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'aborted' } });
      expect(sent.filter((m) => (m as { args?: { start?: boolean } }).args?.start === true)).toHaveLength(1 + round);
      // The place is held until the host has stopped; then the next round finds the sequence free again.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // One sequence: each aborted stream gave its place back once the host had stopped, so this one runs.
    expect((await collect(backend, userRequest('stories', 'Hi', { maxTokens: 4 }))).finish?.reason).toBe('length');
    expect(backend.hostPid('stories')).toBe(pid);
  });

  it('a request cancelled while its host restarts is never sent to it', async () => {
    const sent: unknown[] = [];
    const backend = make({ models: [STORIES], restartDelayMs: () => 1_500, launcher: recordingLauncher(sent) });
    await backend.load('stories');
    process.kill(backend.hostPid('stories') ?? 0, 'SIGKILL');
    await expect.poll(() => backend.models()[0]?.status?.state).toBe('crashed');
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    await expect(backend.stream(userRequest('stories', 'cancelled one'), controller.signal)).rejects.toBeDefined();
    // Once the host is back, a new request goes through; the cancelled one never reached any host.
    expect((await collect(backend, userRequest('stories', 'Hi', { maxTokens: 4 }))).finish).toBeDefined();
    const plans = sent.filter((m) => (m as { op?: string }).op === 'plan').map((m) => JSON.stringify(m));
    expect(plans).toHaveLength(1);
    expect(plans.some((m) => m.includes('cancelled one'))).toBe(false);
  });
});
