import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput, InvokeChannel } from '../../shared/ipc';
import { settingsSchema, type Settings } from '../../shared/settings';
import { SwitchyardError } from '../../shared/errors';
import { createEngine, type Engine } from '../../electron/core/engine';
import { ConversationsStore, createEngineHandlers, startOpenAiServer, type EngineHandlers, type RunningServer } from '../../electron/core/server';
import { callChannel } from '../../electron/core/server/control';
import { hasShared, modelPath } from '../helpers/fixtures';
import { startGgufFileServer, type GgufFileServer } from '../helpers/gguf-file-server';

const MiB = 1024 * 1024;
/** node-llama-cpp's downloader (ipull) saves progress in 5 MiB chunks; see the resume test. */
const CHUNK = 5 * MiB;

/**
 * Models at run time through the contract (the same handlers both transports use), with a real engine,
 * real GGUF files, node-llama-cpp's real downloader and a real HTTP file host on loopback.
 */
describe.skipIf(!hasShared)('local models: add, details, downloads', () => {
  let engine: Engine;
  let handlers: EngineHandlers;
  let server: RunningServer;
  let files: GgufFileServer;
  let dataDir: string;
  const persisted: Settings[] = [];
  const original = hasShared ? readFileSync(modelPath('stories260K-chatml.gguf')) : Buffer.alloc(0);
  // llama.cpp reads tensors by offset, so trailing padding keeps the model valid while making it span three
  // downloader chunks (5 + 5 + 1 MiB): enough for a cancel to land after one chunk is saved.
  const big = Buffer.concat([original, Buffer.alloc(2 * CHUNK + MiB - original.length)]);

  const call = <C extends InvokeChannel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> =>
    callChannel(handlers, channel, input, { emit: () => {}, signal: new AbortController().signal });
  const failure = async (promise: Promise<unknown>): Promise<SwitchyardError> => {
    const error = await promise.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SwitchyardError);
    return error as SwitchyardError;
  };
  const chat = (model: string) => fetch(`${server.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'Once upon a time' }], max_tokens: 8 }),
  });
  const job = async (id: string) => (await call('models.downloads', {})).jobs.find((j) => j.id === id);
  async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'switchyard-models-'));
    engine = createEngine({ settings: settingsSchema.parse({ local: [] }), threads: 1, classifier: false, dataDir });
    handlers = createEngineHandlers({
      engine,
      conversations: new ConversationsStore(join(dataDir, 'conversations.json')),
      server: () => ({ apiBaseUrl: '', apiToken: null }),
      persist: (next) => void persisted.push(next),
      channel: 'control-api',
    });
    server = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0 });
    files = await startGgufFileServer({
      files: { '/models/stories.gguf': original, '/big/Stories-Big-Q8_0.gguf': big, '/page/model.gguf': Buffer.from('<!doctype html><title>model page</title>') },
    });
  });
  afterAll(async () => {
    await server?.close();
    await engine?.dispose();
    await files?.close();
  });

  it('adds a GGUF file at run time, persists it and routes a chat to it at once', async () => {
    expect((await chat('added')).status).toBe(404);
    const added = await call('models.add', { path: modelPath('stories260K-chatml.gguf'), id: 'added' });
    expect(added).toEqual({ id: 'added', path: modelPath('stories260K-chatml.gguf') });
    expect(persisted.at(-1)?.local.map((m) => m.id)).toEqual(['added']);
    const response = await chat('added');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-switchyard-model')).toBe('added');
    const body = (await response.json()) as { usage: { completion_tokens: number } };
    expect(body.usage.completion_tokens).toBeGreaterThan(0);
  });

  it('lists size, quantisation, architecture, context and a memory estimate from the GGUF header', async () => {
    await call('models.add', { path: modelPath('llama-2-tiny-random.gguf') });
    const { models } = await call('models.list', {});
    const stories = models.find((m) => m.id === 'added');
    expect(stories?.details).toMatchObject({ sizeBytes: statSync(modelPath('stories260K-chatml.gguf')).size, architecture: 'llama', trainContextSize: 2048 });
    expect(stories?.details?.quantization).toMatch(/^[A-Z0-9_]+$/);
    expect(stories?.details?.memory?.ramBytes).toBeGreaterThan(stories?.details?.sizeBytes ?? Infinity);
    const llama2 = models.find((m) => m.id === 'llama-2-tiny-random');
    // This file records its type in general.file_type (1 = mostly F16).
    expect(llama2?.details).toMatchObject({ quantization: 'F16', trainContextSize: 4096 });
    expect(llama2?.details?.parameters).toBeGreaterThan(100_000);
    expect(llama2?.contextLength).toBe(4096);
  });

  it('refuses a missing file, a file that is not a GGUF, a broken GGUF, a relative path and duplicates, saying which', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-bad-'));
    const truncated = join(dir, 'truncated.gguf');
    writeFileSync(truncated, original.subarray(0, 64));
    const notGguf = join(dir, 'notes.gguf');
    writeFileSync(notGguf, 'these are not weights');
    expect((await failure(call('models.add', { path: join(dir, 'nope.gguf') }))).code).toBe('model_file_not_found');
    expect((await failure(call('models.add', { path: dir }))).code).toBe('model_file_not_found');
    const wrong = await failure(call('models.add', { path: notGguf }));
    expect(wrong.code).toBe('not_gguf');
    expect(wrong.message).not.toContain('these are');
    expect((await failure(call('models.add', { path: truncated }))).code).toBe('model_load_failed');
    // Header intact, weights cut short: only the size check against the declared tensors catches it.
    const cutWeights = join(dir, 'cut-weights.gguf');
    writeFileSync(cutWeights, original.subarray(0, Math.floor(original.length * 0.9)));
    const cut = await failure(call('models.add', { path: cutWeights }));
    expect(cut.code).toBe('model_load_failed');
    expect(cut.message).toContain('incomplete');
    expect((await failure(call('models.add', { path: 'models/x.gguf' }))).code).toBe('relative_path');
    expect((await failure(call('models.add', { path: modelPath('stories260K.gguf'), id: 'added' }))).code).toBe('duplicate_model_id');
    const samePath = await failure(call('models.add', { path: modelPath('stories260K-chatml.gguf'), id: 'again' }));
    expect(samePath.message).toContain("as 'added'");
    expect((await call('models.list', {})).models.map((m) => m.id).sort()).toEqual(['added', 'llama-2-tiny-random']);
  });

  it('removes a model: unloaded, gone from the list, the settings and routing', async () => {
    await call('models.load', { id: 'llama-2-tiny-random' });
    await call('models.remove', { id: 'llama-2-tiny-random' });
    expect((await call('models.list', {})).models.map((m) => m.id)).toEqual(['added']);
    expect(persisted.at(-1)?.local.map((m) => m.id)).toEqual(['added']);
    expect((await chat('llama-2-tiny-random')).status).toBe(404);
    expect(existsSync(modelPath('llama-2-tiny-random.gguf'))).toBe(true);
    expect((await failure(call('models.remove', { id: 'llama-2-tiny-random' }))).status).toBe(404);
  });

  it('summarises the hardware: compute backend, RAM, cores and VRAM only with a GPU', async () => {
    const hw = await call('models.hardware', {});
    expect(hw.ram.totalBytes).toBe(totalmem());
    expect(hw.ram.freeBytes).toBeGreaterThan(0);
    expect(hw.cpuCores).toBe(cpus().length);
    expect(hw.gpu).toBe((await call('models.list', {})).gpu);
    expect(hw.vram === null).toBe(hw.gpu === 'cpu');
  });

  it('downloads with progress, cancels mid-file, resumes from the saved part and chats with the result', async () => {
    files.setRate(MiB);
    const url = `${files.url}/big/Stories-Big-Q8_0.gguf`;
    const started = await call('models.download.start', { url });
    expect(started).toMatchObject({ url, fileName: 'Stories-Big-Q8_0.gguf', state: 'downloading' });
    // The last 1 MiB chunk completes first; cancel once it is surely saved but the others are not.
    const moving = await until(() => job(started.id), (j) => (j?.downloadedBytes ?? 0) >= 5 * MiB);
    expect(moving?.totalBytes).toBe(big.length);
    expect(moving?.bytesPerSecond).toBeGreaterThan(0);
    expect(moving?.etaSeconds).toBeGreaterThan(0);
    const cancelled = await call('models.download.cancel', { id: started.id });
    expect(cancelled.state).toBe('cancelled');
    const dir = join(dataDir, 'models');
    expect(readdirSync(dir)).toEqual(['Stories-Big-Q8_0.gguf.ipull']);
    expect((await call('models.list', {})).models.some((m) => m.id.startsWith('Stories-Big'))).toBe(false);

    files.setRate(0);
    const before = files.requests.length;
    const resumed = await call('models.download.start', { url });
    expect(resumed.id).toBe(started.id);
    const done = await until(() => job(started.id), (j) => j?.state !== 'downloading');
    expect(done).toMatchObject({ state: 'done', modelId: 'Stories-Big-Q8_0', downloadedBytes: big.length, error: null });
    // Ranged requests of the transfer itself (the 4-byte GGUF check before it is not one).
    const again = files.requests.slice(before).filter((r) => r.path === '/big/Stories-Big-Q8_0.gguf' && r.range !== undefined && r.range !== 'bytes=0-3');
    expect(again.length).toBeGreaterThan(0);
    const starts = again.map((r) => Number(/bytes=(\d+)-/.exec(r.range ?? '')?.[1]));
    // The saved last chunk was not fetched again; only the unfinished ones were.
    expect(Math.max(...starts)).toBeLessThan(2 * CHUNK);
    expect(again.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThanOrEqual(2 * CHUNK);
    expect(readdirSync(dir)).toEqual(['Stories-Big-Q8_0.gguf']);
    expect(readFileSync(join(dir, 'Stories-Big-Q8_0.gguf')).equals(big)).toBe(true);
    expect(persisted.at(-1)?.local.find((m) => m.id === 'Stories-Big-Q8_0')?.path).toBe(join(dir, 'Stories-Big-Q8_0.gguf'));
    const response = await chat('Stories-Big-Q8_0');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-switchyard-model')).toBe('Stories-Big-Q8_0');
    // Starting a finished URL again changes nothing.
    expect(await call('models.download.start', { url })).toMatchObject({ id: started.id, state: 'done' });
  });

  it('says a dead link, a refused connection and a web page plainly, and leaves no model file', async () => {
    const missing = await call('models.download.start', { url: `${files.url}/models/missing.gguf` });
    const gone = await until(() => job(missing.id), (j) => j?.state !== 'downloading');
    expect(gone?.state).toBe('failed');
    expect(gone?.error).toBe('127.0.0.1 has no file at that link (404 Not Found); check the URL.');

    const closed = await startGgufFileServer({ files: {} });
    await closed.close();
    const refused = await call('models.download.start', { url: `${closed.url}/m/model.gguf` });
    const offline = await until(() => job(refused.id), (j) => j?.state !== 'downloading');
    expect(offline?.error).toBe('Could not reach 127.0.0.1: the connection was refused — check your connection, or add a GGUF file you already have.');

    const page = await call('models.download.start', { url: `${files.url}/page/model.gguf` });
    const html = await until(() => job(page.id), (j) => j?.state !== 'downloading');
    expect(html?.error).toContain('does not lead to a GGUF file');
    const names = readdirSync(join(dataDir, 'models'));
    expect(names.filter((n) => /missing|model\.gguf/.test(n))).toEqual([]);
  });

  it('accepts only http(s) and hf: links and never a path outside the models folder', async () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://example.com/m.gguf', 'data:text/plain,GGUF']) {
      expect((await failure(call('models.download.start', { url }))).status, url).toBe(400);
    }
    expect((await failure(call('models.download.start', { url: `${files.url}/models/readme.txt` }))).code).toBe('not_gguf_url');
    const sneaky = await call('models.download.start', { url: `${files.url}/models/..%2F..%2Fstories.gguf` });
    expect(sneaky.fileName).toBe('stories.gguf');
    await until(() => job(sneaky.id), (j) => j?.state !== 'downloading');
    expect(existsSync(join(dataDir, 'stories.gguf'))).toBe(false);
  });
});
