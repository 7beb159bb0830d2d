import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRequest, StreamPart } from '../../shared/chat';
import { SwitchyardError, UpstreamError } from '../../shared/errors';
import { providerSchema, type ProviderSettingsInput } from '../../shared/settings';
import { createCloudBackend } from '../../electron/core/backends/cloud';
import { createLayeredSecrets } from '../../electron/core/config/secrets';
import { startAnthropicFixtureServer, type AnthropicFixtureServer } from '../helpers/anthropic-fixture-server';

const key = 'sk-ant-api03-loopback-key-0123456789';
const fixtures = ['text', 'tool-use', 'cached-system', 'cache-write', 'max-tokens', 'stop-sequence', 'overloaded-mid-stream', 'malformed', 'unknown-events', 'reset:text', 'status:429', 'status:529', 'status:500', 'status:400'];

let server: AnthropicFixtureServer;
beforeAll(async () => {
  server = await startAnthropicFixtureServer({ apiKey: key });
});
afterAll(async () => server.close());

function backend(overrides: Partial<ProviderSettingsInput> = {}, env: Record<string, string> = { ANTHROPIC_API_KEY: key }) {
  const models = fixtures.map((id) => ({ id, contextLength: 200000, maxOutputTokens: 1000 }));
  const provider = providerSchema.parse({ id: 'claude', kind: 'anthropic', baseUrl: server.baseUrl, models, ...overrides });
  return createCloudBackend(provider, { secrets: createLayeredSecrets({ keychain: null, env, envVars: { claude: 'ANTHROPIC_API_KEY' } }) });
}
const ask = (model: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({ model, messages: [{ role: 'user', content: 'Hello' }], ...extra });
async function run(request: ChatRequest, overrides: Partial<ProviderSettingsInput> = {}): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of await backend(overrides).stream(request, new AbortController().signal)) parts.push(part);
  return parts;
}
const text = (parts: StreamPart[]) => parts.map((part) => (part.type === 'text-delta' ? part.text : '')).join('');
async function rejection(promise: Promise<unknown>): Promise<SwitchyardError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof SwitchyardError)) throw new Error(`expected a SwitchyardError, got ${String(error)}`);
  return error;
}

describe('anthropic provider against recorded Messages API streams', () => {
  it('streams text deltas and maps end_turn to stop with usage', async () => {
    const parts = await run(ask('text'));
    expect(parts).toEqual([
      { type: 'text-delta', text: 'Hello' },
      { type: 'text-delta', text: '! How can' },
      { type: 'text-delta', text: ' I help?' },
      { type: 'finish', reason: 'stop', usage: { promptTokens: 25, completionTokens: 12 } },
    ]);
  });

  it('sends x-api-key and anthropic-version, and translates the request to the Messages API', async () => {
    const request: ChatRequest = {
      model: 'text',
      messages: [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: 'Weather in Paris and the time?' },
        {
          role: 'assistant',
          content: 'Checking.',
          tool_calls: [
            { id: 'toolu_1', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Paris"}' } },
            { id: 'toolu_2', type: 'function', function: { name: 'get_time', arguments: '' } },
          ],
        },
        { role: 'tool', tool_call_id: 'toolu_1', content: '18°C' },
        { role: 'tool', tool_call_id: 'toolu_2', content: '14:05' },
        { role: 'user', content: [{ type: 'text', text: 'Thanks. And this?' }, { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } }] },
      ],
      temperature: 1.6, topP: 0.8, seed: 3, stop: ['###'],
      responseFormat: { type: 'json_object' },
      tools: [{ type: 'function', function: { name: 'get_weather', description: 'Weather now', parameters: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] } } }],
      toolChoice: { type: 'function', function: { name: 'get_weather' } },
    };
    await run(request);
    const sent = server.requests.at(-1);
    expect(sent?.headers['x-api-key']).toBe(key);
    expect(sent?.headers['anthropic-version']).toBe('2023-06-01');
    expect(sent?.headers.authorization).toBeUndefined();
    expect(sent?.body).toEqual({
      model: 'text',
      max_tokens: 1000,
      system: [
        { type: 'text', text: 'You are terse.' },
        { type: 'text', text: 'Respond with a single valid JSON object and nothing else: no prose, no code fences.' },
      ],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Weather in Paris and the time?' }] },
        {
          role: 'assistant',
          content: [
            { type: 'text', text: 'Checking.' },
            { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: { location: 'Paris' } },
            { type: 'tool_use', id: 'toolu_2', name: 'get_time', input: {} },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'toolu_1', content: '18°C' },
            { type: 'tool_result', tool_use_id: 'toolu_2', content: '14:05' },
            { type: 'text', text: 'Thanks. And this?' },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
          ],
        },
      ],
      stream: true,
      temperature: 1,
      top_p: 0.8,
      stop_sequences: ['###'],
      tools: [{ name: 'get_weather', description: 'Weather now', input_schema: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] } }],
      tool_choice: { type: 'tool', name: 'get_weather' },
    });
  });

  it('marks a long stable system prompt for the prompt cache and reports cache reads as cached tokens', async () => {
    const longSystem = 'You are the support assistant for ACME. '.repeat(120);
    const parts = await run(ask('cached-system', { messages: [{ role: 'system', content: longSystem }, { role: 'user', content: 'Hi' }], maxTokens: 50 }));
    const body = server.requests.at(-1)?.body;
    expect(body?.system).toEqual([{ type: 'text', text: longSystem, cache_control: { type: 'ephemeral' } }]);
    expect(body?.max_tokens).toBe(50);
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'stop', usage: { promptTokens: 1814, completionTokens: 4, cachedPromptTokens: 1800 } });
  });

  it('counts cache writes as prompt tokens but not as cached ones', async () => {
    const parts = await run(ask('cache-write'));
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'stop', usage: { promptTokens: 1814, completionTokens: 4 } });
  });

  it('turns tool_use blocks into tool-call deltas numbered among tool calls, and finishes with tool_calls', async () => {
    const parts = await run(ask('tool-use'));
    expect(parts[0]).toEqual({ type: 'text-delta', text: "Okay, let's check the weather for San Francisco, CA:" });
    const deltas = parts.filter((part) => part.type === 'tool-call-delta');
    expect(deltas[0]).toEqual({ type: 'tool-call-delta', index: 0, id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: 'get_weather', argumentsDelta: '' });
    const args = (index: number) => deltas.filter((part) => part.index === index).map((part) => part.argumentsDelta).join('');
    expect(JSON.parse(args(0))).toEqual({ location: 'San Francisco, CA', unit: 'fahrenheit' });
    expect(deltas.find((part) => part.index === 1)).toMatchObject({ id: 'toolu_01Bq3mWzJc8XhV2pL4dN9sKe', name: 'get_time' });
    expect(args(1)).toBe('{}');
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'tool_calls', usage: { promptTokens: 472, completionTokens: 89 } });
  });

  it('maps max_tokens to length and stop_sequence to stop', async () => {
    expect((await run(ask('max-tokens'))).at(-1)).toMatchObject({ type: 'finish', reason: 'length', usage: { promptTokens: 9, completionTokens: 3 } });
    expect((await run(ask('stop-sequence'))).at(-1)).toMatchObject({ type: 'finish', reason: 'stop' });
  });

  it('ignores thinking blocks and event types it does not know', async () => {
    const parts = await run(ask('unknown-events'));
    expect(parts).toEqual([{ type: 'text-delta', text: '4' }, { type: 'finish', reason: 'stop', usage: { promptTokens: 30, completionTokens: 40 } }]);
  });

  it('an error event mid-stream ends the stream with an error part', async () => {
    const parts = await run(ask('overloaded-mid-stream'));
    expect(text(parts)).toBe('Let me think');
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { type: 'overloaded_error', message: expect.stringContaining("Provider 'claude'") } });
  });

  it('malformed JSON in the stream ends it with one malformed_stream error part', async () => {
    const parts = await run(ask('malformed'));
    expect(text(parts)).toBe('Fine so far');
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'malformed_stream' } });
    expect(parts.filter((part) => part.type === 'error' || part.type === 'finish')).toHaveLength(1);
  });

  it('a connection reset mid-stream becomes a stream_interrupted error part', async () => {
    const parts = await run(ask('reset:text'));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'stream_interrupted' } });
  });

  it('a rejected key names the provider and the fix, never the key', async () => {
    const wrong = 'sk-ant-wrong-key-9876543210';
    const error = await rejection(backend({}, { ANTHROPIC_API_KEY: wrong }).stream(ask('text'), new AbortController().signal));
    expect(error).toMatchObject({ status: 401, code: 'invalid_api_key' });
    expect(error.message).toContain('switchyard keys set claude');
    expect(error.message).toContain('ANTHROPIC_API_KEY');
    expect(error.message).not.toContain(wrong);
  });

  it('maps 429 (retry-after), 529, 500 and a credit-balance 400 to typed errors', async () => {
    const signal = new AbortController().signal;
    expect(await rejection(backend().stream(ask('status:429'), signal))).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 7, shouldRetry: true });
    const overloaded = await rejection(backend().stream(ask('status:529'), signal));
    expect(overloaded).toBeInstanceOf(UpstreamError);
    expect(overloaded).toMatchObject({ code: 'upstream_overloaded', shouldRetry: true });
    expect(await rejection(backend().stream(ask('status:500'), signal))).toMatchObject({ code: 'upstream_server_error', shouldRetry: true });
    const credit = await rejection(backend().stream(ask('status:400'), signal));
    expect(credit).toMatchObject({ code: 'insufficient_quota', shouldRetry: false });
    expect(credit.message).toContain("Provider 'claude'");
  });

  it('tolerates a base URL that already ends in /v1', async () => {
    const parts = await run(ask('text'), { baseUrl: `${server.baseUrl}/v1/` });
    expect(parts.at(-1)).toMatchObject({ type: 'finish', reason: 'stop' });
  });

  it('every recorded stream ends with exactly one finish or error part, as its last part', async () => {
    for (const model of fixtures.filter((id) => !id.startsWith('status:'))) {
      const parts = await run(ask(model));
      const terminals = parts.flatMap((part, index) => (part.type === 'finish' || part.type === 'error' ? [index] : []));
      expect(terminals, model).toEqual([parts.length - 1]);
    }
  });

  it('has no embeddings endpoint', () => {
    expect(backend().embed).toBeUndefined();
  });
});
