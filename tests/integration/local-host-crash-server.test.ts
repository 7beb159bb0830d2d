import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, modelPath } from '../helpers/fixtures';
import { startHybrid, type Hybrid } from '../helpers/hybrid-engine';
import { createModelHandlers } from '../../electron/core/server/control/model-handlers';
import { modelListSchema } from '../../shared/ipc/schemas';

// The 656K model aborts inside llama.cpp on its first token (see local-host-crash.test.ts).
const CRASHY = { id: 'crashy', path: modelPath('TinyStories-656K-Q8_0.gguf'), contextSize: 512 };
const TINY = { id: 'tiny', path: modelPath('stories260K-chatml.gguf'), contextSize: 2048 };

interface ListedModel {
  id: string;
  switchyard?: { loaded: boolean | null; status?: string; status_reason?: string };
}

async function listed(baseURL: string): Promise<ListedModel[]> {
  const response = await fetch(`${baseURL}/models`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: ListedModel[] }).data;
}

describe.skipIf(!hasShared)('a crashing local model behind the OpenAI port', () => {
  let h: Hybrid;
  let client: OpenAI;
  beforeAll(async () => {
    h = await startHybrid({ settings: { local: [CRASHY, TINY] } });
    client = new OpenAI({ baseURL: h.baseURL, apiKey: 'client-key', maxRetries: 0 });
    await Promise.all([h.engine.local.load('crashy'), h.engine.local.load('tiny')]);
  });
  afterAll(async () => h?.close());

  it("the crash is a 503 naming the model and the signal while a stream on another model completes; /v1/models says 'crashed'", async () => {
    const stream = await client.chat.completions.create({ model: 'tiny', messages: [{ role: 'user', content: 'Tell me a story' }], max_tokens: 150, stream: true });
    const reading = (async () => {
      let text = '';
      let finish: string | null | undefined;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? '';
        finish = chunk.choices[0]?.finish_reason ?? finish;
      }
      return { text, finish };
    })();
    // A named model has no fallback chain (the gateway's rule): the client gets the crash itself.
    const failure = await client.chat.completions.create({ model: 'crashy', messages: [{ role: 'user', content: 'Hi there' }], max_tokens: 4 }).then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(OpenAI.APIError);
    const apiError = failure as InstanceType<typeof OpenAI.APIError>;
    expect([apiError.status, apiError.code]).toEqual([503, 'local_model_crashed']);
    expect(apiError.message).toMatch(/Local model 'crashy' crashed \(killed by SIGABRT/);
    const streamed = await reading;
    expect(streamed.finish).toBe('length');
    expect(streamed.text.length).toBeGreaterThan(0);
    const models = await listed(h.baseURL);
    expect(models.find((m) => m.id === 'crashy')?.switchyard).toMatchObject({ loaded: false, status: 'crashed' });
    expect(models.find((m) => m.id === 'crashy')?.switchyard?.status_reason).toMatch(/SIGABRT/);
    expect(models.find((m) => m.id === 'tiny')?.switchyard?.status).toBeUndefined();
    // The Models screen's channel carries the same state, in its contract's shape.
    const rows = modelListSchema.parse(await createModelHandlers(h.engine)['models.list']({}, { emit: () => {}, signal: new AbortController().signal })).models;
    expect(rows.find((m) => m.id === 'crashy')?.status).toMatchObject({ state: 'crashed', reason: expect.stringMatching(/SIGABRT/) as string });
    expect(rows.find((m) => m.id === 'tiny')).toMatchObject({ loaded: true });
    const after = await client.chat.completions.create({ model: 'tiny', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 4 });
    expect(after.choices[0]?.finish_reason).toBe('length');
  });
});

describe.skipIf(!hasShared)('a host killed in the middle of a non-streaming answer', () => {
  let h: Hybrid;
  beforeAll(async () => {
    h = await startHybrid({ settings: { local: [TINY] } });
    await h.engine.local.load('tiny');
  });
  afterAll(async () => h?.close());

  it('answers 503 local_model_crashed (the error part keeps its status), and the response ends', async () => {
    const pid = h.engine.local.hostPid('tiny') ?? 0;
    const pending = fetch(`${h.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'tiny', messages: [{ role: 'user', content: 'A very long story' }], max_tokens: 1500 }),
    });
    // Once tokens flow (the routing log has no entry yet: the answer is still being collected), kill the host.
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(pid, 'SIGKILL');
    const response = await pending;
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    expect(response.status).toBe(503);
    expect(body.error?.code).toBe('local_model_crashed');
    expect(body.error?.message).toContain('SIGKILL');
  });
});

describe.skipIf(!hasShared)('never-cloud on a crashed local model', () => {
  let h: Hybrid;
  beforeAll(async () => {
    h = await startHybrid({ settings: { local: [CRASHY] } });
  });
  afterAll(async () => h?.close());

  it('answers 503 local_model_crashed and the stand-in cloud receives nothing', async () => {
    const ssn = '432-11-8765';
    const before = h.proxy.received.length;
    const response = await fetch(`${h.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'crashy', messages: [{ role: 'user', content: `My SSN is ${ssn}, file my taxes.` }], max_tokens: 4 }),
    });
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    expect([403, 503]).toContain(response.status);
    expect(body.error?.code).toMatch(/local_model_crashed|never_cloud/);
    expect(h.proxy.received.length).toBe(before);
    expect(h.proxy.allText()).not.toContain(ssn);
  });

  it('routed (model auto) without a privacy rule, the cloud rung takes over from the crashed model', async () => {
    const before = h.proxy.received.length;
    const response = await fetch(`${h.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: 'good morning :)' }], max_tokens: 4 }),
    });
    expect(response.status).toBe(200);
    expect(h.proxy.received.length).toBe(before + 1);
    await expect.poll(() => h.completed.at(-1)?.runtime?.fallback).toMatchObject({ used: true, from: { model: 'crashy' }, to: { kind: 'cloud' } });
  });
});
