import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/test-server';

// The OpenAI-compatible port driven by the official openai SDK against a real tiny model.
describe.skipIf(!hasShared)('OpenAI port with the openai SDK', () => {
  let t: TestServer;
  let client: OpenAI;

  beforeAll(async () => {
    t = await startTestServer();
    client = new OpenAI({ baseURL: t.baseURL, apiKey: 'any-non-empty-key', maxRetries: 0 });
  });
  afterAll(async () => t?.close());

  it('lists auto and the local model', async () => {
    const ids = [];
    for await (const model of client.models.list()) ids.push(model.id);
    expect(ids).toEqual(['auto', 'tiny']);
  });

  it('answers without streaming, with usage and the x-switchyard headers', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'tiny', messages: [{ role: 'user', content: 'Tell me a story.' }], max_tokens: 16, temperature: 0 })
      .withResponse();
    expect(data.object).toBe('chat.completion');
    expect(data.choices[0]?.message.role).toBe('assistant');
    expect(data.choices[0]?.message.content?.length).toBeGreaterThan(0);
    expect(['stop', 'length']).toContain(data.choices[0]?.finish_reason);
    expect(data.usage?.prompt_tokens).toBeGreaterThan(0);
    expect(data.usage?.completion_tokens).toBeGreaterThan(0);
    expect(data.usage?.completion_tokens).toBeLessThanOrEqual(16);
    expect(response.headers.get('x-switchyard-target')).toBe('local');
    expect(response.headers.get('x-switchyard-model')).toBe('tiny');
    expect(Number(response.headers.get('x-switchyard-routing-us'))).toBeGreaterThanOrEqual(0);
    expect(response.headers.get('x-switchyard-decision')).toMatch(/^dec_/);
  });

  it('routes model "auto" to the local model', async () => {
    const { data, response } = await client.chat.completions
      .create({ model: 'auto', messages: [{ role: 'user', content: 'Hello' }], max_tokens: 4 })
      .withResponse();
    expect(data.model).toBe('tiny');
    expect(response.headers.get('x-switchyard-target')).toBe('local');
  });

  it('streams: role first, one id throughout, finish_reason, usage chunk with no choices, then done', async () => {
    const stream = await client.chat.completions.create({
      model: 'tiny',
      messages: [{ role: 'user', content: 'Once upon a time' }],
      max_tokens: 12,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    const finishChunks = chunks.filter((c) => c.choices[0]?.finish_reason != null);
    expect(finishChunks).toHaveLength(1);
    const last = chunks.at(-1);
    expect(last?.choices).toEqual([]);
    expect(last?.usage?.completion_tokens).toBeGreaterThan(0);
    expect(last?.usage?.total_tokens).toBe((last?.usage?.prompt_tokens ?? 0) + (last?.usage?.completion_tokens ?? 0));
    const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
    expect(text.length).toBeGreaterThan(0);
  });

  it('honours stop sequences: the stop text never appears', async () => {
    const probe = await client.chat.completions.create({ model: 'tiny', messages: [{ role: 'user', content: 'Story' }], max_tokens: 40, temperature: 0, seed: 1 });
    const full = probe.choices[0]?.message.content ?? '';
    const words = full.split(/\s+/).filter((w) => w.length >= 3);
    const stopWord = words[Math.min(3, words.length - 1)];
    expect(stopWord).toBeDefined();
    const stopped = await client.chat.completions.create({
      model: 'tiny', messages: [{ role: 'user', content: 'Story' }], max_tokens: 40, temperature: 0, seed: 1, stop: [stopWord ?? 'the'],
    });
    const text = stopped.choices[0]?.message.content ?? '';
    expect(text).not.toContain(stopWord);
    expect(stopped.choices[0]?.finish_reason).toBe('stop');
    expect(text.length).toBeLessThan(full.length);
  });

  /** The parsed answer of a json_schema request. */
  async function structured(content: string, name: string, properties: Record<string, unknown>, maxTokens: number): Promise<Record<string, unknown>> {
    const result = await client.chat.completions.create({
      model: 'tiny',
      messages: [{ role: 'user', content }],
      max_tokens: maxTokens,
      response_format: { type: 'json_schema', json_schema: { name, schema: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false } } },
    });
    return JSON.parse(result.choices[0]?.message.content ?? '') as Record<string, unknown>;
  }

  it('returns json_schema output that parses and matches the schema', async () => {
    const parsed = await structured('Give me a character.', 'character', { name: { type: 'string', maxLength: 12 }, age: { type: 'integer' } }, 120);
    expect(typeof parsed['name']).toBe('string');
    expect(Number.isInteger(parsed['age'])).toBe(true);
  });

  it("takes structured output with zod 4's integer bounds and enforces a small range", async () => {
    const parsed = await structured('Rate the story and give the age of its hero.', 'rating', {
      age: { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 },
      stars: { type: 'integer', minimum: 1, maximum: 5 },
    }, 60);
    expect(Number.isInteger(parsed['age'])).toBe(true);
    expect([1, 2, 3, 4, 5]).toContain(parsed['stars']);
  });

  it('streams tool calls in the shape the SDK expects when a tool is required', async () => {
    const stream = await client.chat.completions.create({
      model: 'tiny',
      messages: [{ role: 'user', content: 'What is the weather in Paris?' }],
      max_tokens: 80,
      stream: true,
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string', maxLength: 10 } }, required: ['city'] } } }],
      tool_choice: 'required',
    });
    let name = '';
    let args = '';
    let id: string | undefined;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      for (const call of chunk.choices[0]?.delta.tool_calls ?? []) {
        expect(call.index).toBe(0);
        id ??= call.id;
        name += call.function?.name ?? '';
        args += call.function?.arguments ?? '';
      }
      finish ??= chunk.choices[0]?.finish_reason;
    }
    expect(id).toMatch(/^call_/);
    expect(name).toBe('get_weather');
    expect(typeof (JSON.parse(args) as { city: unknown }).city).toBe('string');
    expect(finish).toBe('tool_calls');
  });

  it('answers the deprecated functions / function_call form in that form, streamed and not, and takes a function reply back', async () => {
    const functions = [{ name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string', maxLength: 10 } }, required: ['city'] } }];
    const messages = [{ role: 'user' as const, content: 'What is the weather in Paris?' }];
    const whole = await client.chat.completions.create({ model: 'tiny', messages, max_tokens: 80, functions, function_call: { name: 'get_weather' } });
    const choice = whole.choices[0];
    expect(choice?.finish_reason).toBe('function_call');
    expect(choice?.message.tool_calls).toBeUndefined();
    expect(choice?.message.function_call?.name).toBe('get_weather');
    const args = choice?.message.function_call?.arguments ?? '';
    expect(typeof (JSON.parse(args) as { city: unknown }).city).toBe('string');

    const stream = await client.chat.completions.create({ model: 'tiny', messages, max_tokens: 80, stream: true, functions, function_call: { name: 'get_weather' } });
    let name = '';
    let streamed = '';
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta;
      expect(delta?.tool_calls).toBeUndefined();
      name += delta?.function_call?.name ?? '';
      streamed += delta?.function_call?.arguments ?? '';
      finish ??= chunk.choices[0]?.finish_reason;
    }
    expect(name).toBe('get_weather');
    expect(typeof (JSON.parse(streamed) as { city: unknown }).city).toBe('string');
    expect(finish).toBe('function_call');

    // The round trip of the legacy form: the assistant's function_call and a role "function" reply.
    const followUp = await client.chat.completions.create({
      model: 'tiny', max_tokens: 8, functions,
      messages: [...messages, { role: 'assistant', content: null, function_call: { name: 'get_weather', arguments: args } }, { role: 'function', name: 'get_weather', content: '{"temp": 21}' }],
    });
    expect(followUp.choices[0]?.message.role).toBe('assistant');

    // Both forms at once is a clear 400, not a guess.
    const both = await fetch(`${t.baseURL}/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'tiny', messages, functions, tools: [{ type: 'function', function: functions[0] }] }),
    });
    expect(both.status).toBe(400);
    expect(((await both.json()) as { error: { param: string } }).error.param).toBe('functions');
  });

  it('stops generating when the client cancels mid-stream, and keeps serving', async () => {
    const controller = new AbortController();
    const stream = await client.chat.completions.create(
      { model: 'tiny', messages: [{ role: 'user', content: 'A very long story' }], max_tokens: 1500, stream: true, stream_options: { include_usage: true } },
      { signal: controller.signal },
    );
    const before = t.completed.length;
    let received = 0;
    for await (const chunk of stream) {
      received += chunk.choices[0]?.delta.content?.length ?? 0;
      expect(chunk.usage ?? null).toBeNull();
      if (received > 5) controller.abort();
    }
    await expect.poll(() => t.completed.slice(before).map((r) => r.outcome), { timeout: 5_000 }).toContain('aborted');
    const record = t.completed.slice(before).find((r) => r.outcome === 'aborted');
    expect(record?.usage).toBeNull();
    const next = await client.chat.completions.create({ model: 'tiny', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 4 });
    expect(next.choices[0]?.message.content).toBeDefined();
  });

  it('serves two concurrent clients', async () => {
    const other = new OpenAI({ baseURL: t.baseURL, apiKey: 'second-client', maxRetries: 0 });
    const [a, b] = await Promise.all([
      client.chat.completions.create({ model: 'tiny', messages: [{ role: 'user', content: 'One' }], max_tokens: 8 }),
      other.chat.completions.create({ model: 'tiny', messages: [{ role: 'user', content: 'Two' }], max_tokens: 8 }),
    ]);
    expect(a.choices[0]?.message.content?.length).toBeGreaterThan(0);
    expect(b.choices[0]?.message.content?.length).toBeGreaterThan(0);
    expect(a.id).not.toBe(b.id);
  });

  it('answers 404 in OpenAI shape for an unknown model', async () => {
    const error = await client.chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect((error as InstanceType<typeof OpenAI.NotFoundError>).code).toBe('model_not_found');
  });

  it('answers 400 for a prompt that does not fit the context window', async () => {
    const error = await client.chat.completions
      .create({ model: 'tiny', messages: [{ role: 'user', content: 'story '.repeat(2000) }], max_tokens: 4 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).code).toBe('context_length_exceeded');
  });

  it('answers 400 naming the parameter for a wrong type', async () => {
    const error = await client.chat.completions
      .create({ model: 'tiny', messages: [{ role: 'user', content: 'x' }], temperature: 'hot' as unknown as number })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('temperature');
  });

  it('creates embeddings', async () => {
    const result = await client.embeddings.create({ model: 'tiny', input: ['a cat', 'a dog'] });
    expect(result.data).toHaveLength(2);
    expect(result.data[0]?.embedding.length).toBeGreaterThan(0);
    expect(result.usage.prompt_tokens).toBeGreaterThan(0);
  });
});
