import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRequest, StreamPart } from '../../shared/chat';
import { ModelNotFoundError, SwitchyardError, UpstreamError } from '../../shared/errors';
import { providerSchema, type ProviderSettingsInput } from '../../shared/settings';
import { createCloudBackend } from '../../electron/core/backends/cloud';
import { createLayeredSecrets } from '../../electron/core/config/secrets';
import { startOpenAiWireServer, type OpenAiWireServer, type Scenario } from '../helpers/openai-wire-server';

const key = 'sk-loopback-0123456789abcdef';
const chunk = (delta: object, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;

let release: () => void = () => undefined;
const scenarios: Record<string, Scenario> = {
  text: { kind: 'stream', script: { text: ['Hel', 'lo', ' world'], usage: { prompt: 31, completion: 3, cached: 24 } } },
  gated: { kind: 'stream', script: { text: ['first', 'second'], usage: { prompt: 5, completion: 2 }, holdAfterFirst: new Promise<void>((resolve) => { release = resolve; }) } },
  tools: {
    kind: 'stream',
    script: {
      toolCalls: [
        { id: 'call_a', name: 'get_weather', argumentChunks: ['{"city":', ' "Par', 'is"}'] },
        { id: 'call_b', name: 'get_time', argumentChunks: ['{}'] },
      ],
      finishReason: 'tool_calls',
      usage: { prompt: 80, completion: 20 },
    },
  },
  truncated: { kind: 'stream', script: { text: ['a b c'], finishReason: 'length', usage: { prompt: 4, completion: 3 } } },
  'no-usage': { kind: 'stream', script: { text: ['12345678'] } },
  unauthorized: { kind: 'status', status: 401, body: { error: { message: `Incorrect API key provided: ${key}`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } } },
  'rate-limited': { kind: 'status', status: 429, headers: { 'retry-after': '7' }, body: { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } } },
  quota: { kind: 'status', status: 429, body: { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } } },
  broken: { kind: 'status', status: 500, body: { error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } } },
  'bad-request': { kind: 'status', status: 400, body: { error: { message: `Invalid value for 'temperature' (key ${key})`, type: 'invalid_request_error', param: 'temperature', code: 'invalid_value' } } },
  malformed: { kind: 'raw', chunks: [chunk({ content: 'ok' }), 'data: {"choices": [ oops\n\n', chunk({ content: 'never' })], then: 'end' },
  reset: { kind: 'raw', chunks: [chunk({ content: 'partial' })], then: 'reset' },
  'mid-stream-error': { kind: 'raw', chunks: [chunk({ content: 'x' }), `data: ${JSON.stringify({ error: { message: 'The server is overloaded', type: 'server_error' } })}\n\n`], then: 'end' },
  'sse-variants': {
    kind: 'raw',
    chunks: [': keep-alive comment\r\n\r\n', 'data: {"choices":[{"delta":\r\ndata: {"content":"multi"}}]}\r\n\r', '\n', chunk({ content: '-line' }).slice(0, 17), chunk({ content: '-line' }).slice(17), chunk({}, 'stop'), 'data: [DONE]\n\n'],
    then: 'end',
  },
  'json-not-stream': { kind: 'status', status: 200, body: { id: 'chatcmpl-x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'whole' }, finish_reason: 'stop' }] } },
  'no-done': { kind: 'raw', chunks: [chunk({ content: 'done' }), chunk({}, 'stop')], then: 'end' },
};

let server: OpenAiWireServer;
beforeAll(async () => {
  server = await startOpenAiWireServer({ apiKey: key, scenarios });
});
afterAll(async () => server.close());

const models = [...Object.keys(scenarios), 'embed-1'].map((id) => ({ id, contextLength: 8192 }));
function backend(overrides: Partial<ProviderSettingsInput> = {}, env: Record<string, string> = { ACME_KEY: key }) {
  const provider = providerSchema.parse({ id: 'acme', kind: 'openai-compatible', baseUrl: server.baseUrl, apiKeyEnv: 'ACME_KEY', models, ...overrides });
  return createCloudBackend(provider, { secrets: createLayeredSecrets({ keychain: null, env, envVars: { acme: 'ACME_KEY' } }) });
}
const ask = (model: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({ model, messages: [{ role: 'user', content: 'hi' }], ...extra });
async function collect(parts: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const result: StreamPart[] = [];
  for await (const part of parts) result.push(part);
  return result;
}
const terminal = (parts: StreamPart[]) => parts.filter((part) => part.type === 'finish' || part.type === 'error');
async function rejection(promise: Promise<unknown>): Promise<SwitchyardError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof SwitchyardError)) throw new Error(`expected a SwitchyardError, got ${String(error)}`);
  return error;
}

describe('openai-compatible provider over loopback HTTP', () => {
  it('streams text deltas, then finish with usage and cached tokens', async () => {
    const parts = await collect(await backend().stream(ask('text'), new AbortController().signal));
    expect(parts).toEqual([
      { type: 'text-delta', text: 'Hel' },
      { type: 'text-delta', text: 'lo' },
      { type: 'text-delta', text: ' world' },
      { type: 'finish', reason: 'stop', usage: { promptTokens: 31, completionTokens: 3, cachedPromptTokens: 24 } },
    ]);
  });

  it('translates the request back to the OpenAI wire with the key only in the Authorization header', async () => {
    const request: ChatRequest = {
      model: 'text',
      messages: [{ role: 'developer', content: 'be brief' }, { role: 'user', content: 'hi' }],
      maxTokens: 64, temperature: 0.3, topP: 0.9, seed: 7, stop: ['END'],
      responseFormat: { type: 'json_object' },
      tools: [{ type: 'function', function: { name: 'get_time', parameters: { type: 'object', properties: {} } } }],
      toolChoice: 'auto',
    };
    await collect(await backend().stream(request, new AbortController().signal));
    const sent = server.requests.at(-1);
    expect(sent?.path).toBe('/v1/chat/completions');
    expect(sent?.headers.authorization).toBe(`Bearer ${key}`);
    expect(sent?.body).toEqual({
      model: 'text',
      messages: [{ role: 'system', content: 'be brief' }, { role: 'user', content: 'hi' }],
      stream: true, stream_options: { include_usage: true },
      max_tokens: 64, temperature: 0.3, top_p: 0.9, seed: 7, stop: ['END'],
      response_format: { type: 'json_object' }, tools: request.tools, tool_choice: 'auto',
    });
  });

  it('kind openai keeps developer messages and sends max_completion_tokens', async () => {
    const openai = backend({ kind: 'openai', apiKeyEnv: 'ACME_KEY' });
    await collect(await openai.stream(ask('text', { maxTokens: 5, messages: [{ role: 'developer', content: 'd' }, { role: 'user', content: 'u' }] }), new AbortController().signal));
    const body = server.requests.at(-1)?.body;
    expect(body?.max_completion_tokens).toBe(5);
    expect(body?.max_tokens).toBeUndefined();
    expect(body?.messages).toEqual([{ role: 'developer', content: 'd' }, { role: 'user', content: 'u' }]);
  });

  it('passes each chunk through as it arrives, without waiting for the rest', async () => {
    const iterator = (await backend().stream(ask('gated'), new AbortController().signal))[Symbol.asyncIterator]();
    const first = await Promise.race([iterator.next(), new Promise((resolve) => setTimeout(() => resolve('timed out'), 5000))]);
    expect(first).toEqual({ done: false, value: { type: 'text-delta', text: 'first' } });
    release();
    const rest: StreamPart[] = [];
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) rest.push(next.value);
    expect(rest.map((part) => part.type)).toEqual(['text-delta', 'finish']);
  });

  it('streams tool-call deltas and finishes with tool_calls', async () => {
    const request = ask('tools', {
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_0', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } }] },
        { role: 'tool', tool_call_id: 'call_0', content: '12°C' },
      ],
    });
    const parts = await collect(await backend().stream(request, new AbortController().signal));
    expect(server.requests.at(-1)?.body.messages).toEqual(request.messages);
    const deltas = parts.filter((part) => part.type === 'tool-call-delta');
    expect(deltas[0]).toEqual({ type: 'tool-call-delta', index: 0, id: 'call_a', name: 'get_weather', argumentsDelta: '' });
    const args = (index: number) => deltas.filter((part) => part.index === index).map((part) => part.argumentsDelta).join('');
    expect(JSON.parse(args(0))).toEqual({ city: 'Paris' });
    expect(JSON.parse(args(1))).toEqual({});
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'tool_calls', usage: { promptTokens: 80, completionTokens: 20 } });
  });

  it('maps finish_reason length', async () => {
    const parts = await collect(await backend().stream(ask('truncated'), new AbortController().signal));
    expect(parts.at(-1)).toMatchObject({ type: 'finish', reason: 'length' });
  });

  it('estimates usage when the server sends none', async () => {
    const parts = await collect(await backend().stream(ask('no-usage'), new AbortController().signal));
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'stop', usage: { promptTokens: 1, completionTokens: 2 } });
  });

  it('parses SSE with comments, CRLF, multi-line data and chunks split mid-line', async () => {
    const parts = await collect(await backend().stream(ask('sse-variants'), new AbortController().signal));
    expect(parts.filter((part) => part.type === 'text-delta').map((part) => part.text).join('')).toBe('multi-line');
    expect(parts.at(-1)).toMatchObject({ type: 'finish', reason: 'stop' });
  });

  it('accepts a stream that gave its finish reason but no [DONE]', async () => {
    const parts = await collect(await backend().stream(ask('no-done'), new AbortController().signal));
    expect(parts.at(-1)).toMatchObject({ type: 'finish', reason: 'stop' });
  });

  it('401: names the provider and the fix, never the key', async () => {
    const error = await rejection(backend().stream(ask('unauthorized'), new AbortController().signal));
    expect(error.status).toBe(401);
    expect(error.code).toBe('invalid_api_key');
    expect(error.shouldRetry).toBe(false);
    expect(error.message).toContain("provider 'acme' was rejected");
    expect(error.message).toContain('switchyard keys set acme');
    expect(error.message).not.toContain(key);
    expect(JSON.stringify(error.toBody())).not.toContain(key);
  });

  it('a missing key says how to set one, before any request is sent', async () => {
    const before = server.requests.length;
    const error = await rejection(backend({}, {}).stream(ask('text'), new AbortController().signal));
    expect(error.code).toBe('missing_api_key');
    expect(error.message).toBe("No API key for provider 'acme': set one with `switchyard keys set acme` or the environment variable ACME_KEY.");
    expect(server.requests.length).toBe(before);
  });

  it('429 passes retry-after through as a retryable rate-limit error', async () => {
    const error = await rejection(backend().stream(ask('rate-limited'), new AbortController().signal));
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 7, shouldRetry: true });
    expect(error.message).toContain("Provider 'acme' is rate limiting");
  });

  it('insufficient_quota says the quota is used up and is not retryable', async () => {
    const error = await rejection(backend().stream(ask('quota'), new AbortController().signal));
    expect(error).toMatchObject({ status: 429, code: 'insufficient_quota', shouldRetry: false });
    expect(error.message).toMatch(/acme.*quota or credit is used up/);
  });

  it('500 becomes a retryable UpstreamError', async () => {
    const error = await rejection(backend().stream(ask('broken'), new AbortController().signal));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: 502, code: 'upstream_server_error', shouldRetry: true });
  });

  it('scrubs the key from upstream messages it passes on', async () => {
    const error = await rejection(backend().stream(ask('bad-request'), new AbortController().signal));
    expect(error).toMatchObject({ status: 400, code: 'invalid_value' });
    expect(error.message).toContain('[redacted]');
    expect(error.message).not.toContain(key);
  });

  it('malformed SSE ends the stream with one error part after the good text', async () => {
    const parts = await collect(await backend().stream(ask('malformed'), new AbortController().signal));
    expect(parts[0]).toEqual({ type: 'text-delta', text: 'ok' });
    expect(terminal(parts)).toHaveLength(1);
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'malformed_stream' } });
    expect(JSON.stringify(parts)).not.toContain('never');
  });

  it('a 200 answer that is JSON instead of an event stream is a clear, non-retryable error', async () => {
    const error = await rejection(backend().stream(ask('json-not-stream'), new AbortController().signal));
    expect(error).toMatchObject({ code: 'upstream_not_streaming', shouldRetry: false });
    expect(error.message).toContain("Provider 'acme' answered with application/json instead of an event stream");
  });

  it('a connection reset mid-stream becomes an error part', async () => {
    const parts = await collect(await backend().stream(ask('reset'), new AbortController().signal));
    expect(parts[0]).toEqual({ type: 'text-delta', text: 'partial' });
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'stream_interrupted' } });
    expect(terminal(parts)).toHaveLength(1);
  });

  it('an error object inside the stream becomes an error part naming the provider', async () => {
    const parts = await collect(await backend().stream(ask('mid-stream-error'), new AbortController().signal));
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { type: 'server_error' } });
    expect(parts.at(-1)?.type === 'error' && parts.at(-1)).toMatchObject({ error: { message: expect.stringContaining("Provider 'acme'") } });
  });

  it('abort mid-stream ends with an aborted error part', async () => {
    const controller = new AbortController();
    const parts: StreamPart[] = [];
    for await (const part of await backend().stream(ask('reset'), controller.signal)) {
      parts.push(part);
      controller.abort();
    }
    expect(parts.at(-1)).toMatchObject({ type: 'error', error: { code: 'aborted' } });
  });

  it('abort before the upstream answers gives a stream of one aborted error part', async () => {
    const controller = new AbortController();
    controller.abort();
    const parts = await collect(await backend().stream(ask('text'), controller.signal));
    expect(parts).toEqual([{ type: 'error', error: { message: 'The request was cancelled.', type: 'cancelled', code: 'aborted' } }]);
  });

  it('an unknown model is a ModelNotFoundError and sends nothing', async () => {
    const before = server.requests.length;
    await expect(backend().stream(ask('nope'), new AbortController().signal)).rejects.toBeInstanceOf(ModelNotFoundError);
    expect(server.requests.length).toBe(before);
  });

  it('an unreachable base URL is a retryable upstream_unreachable error', async () => {
    const closed = await startOpenAiWireServer({ apiKey: key, scenarios: {} });
    const url = closed.baseUrl;
    await closed.close();
    const error = await rejection(backend({ baseUrl: url }).stream(ask('text'), new AbortController().signal));
    expect(error).toMatchObject({ code: 'upstream_unreachable', shouldRetry: true });
    expect(error.message).toContain("provider 'acme'");
  });

  it('passes embeddings through in input order', async () => {
    const result = await backend().embed?.('embed-1', ['one two', 'three'], new AbortController().signal);
    expect(result).toEqual({ vectors: [[7, 0, 'o'.charCodeAt(0)], [5, 1, 't'.charCodeAt(0)]], promptTokens: 3 });
    expect(server.requests.at(-1)?.body).toEqual({ model: 'embed-1', input: ['one two', 'three'] });
  });

  it('every streamed scenario ends with exactly one finish or error part, as its last part', async () => {
    for (const [model, scenario] of Object.entries(scenarios)) {
      if (scenario.kind === 'status' || model === 'gated') continue;
      const parts = await collect(await backend().stream(ask(model), new AbortController().signal));
      const terminals = parts.flatMap((part, index) => (part.type === 'finish' || part.type === 'error' ? [index] : []));
      expect(terminals, model).toEqual([parts.length - 1]);
    }
  });

  it('lists its models as cloud ModelInfo, on this machine (a loopback base URL)', () => {
    expect(backend().models()[0]).toEqual({ id: 'text', provider: 'acme', kind: 'cloud', contextLength: 8192, capabilities: { tools: false, vision: false, jsonSchema: false, embeddings: false }, onThisMachine: true });
  });
});
