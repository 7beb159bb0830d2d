import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasShared, modelPath } from '../helpers/fixtures';
import { expectOpenAiError, rawRequest } from '../helpers/raw-http';
import { startTestServer, type TestServer } from '../helpers/test-server';

const json = { 'content-type': 'application/json' };
const hello = JSON.stringify({ model: 'tiny', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 4 });

describe.skipIf(!hasShared)('OpenAI port over raw HTTP', () => {
  let t: TestServer;
  let url: string;

  beforeAll(async () => {
    t = await startTestServer({ server: { maxBodyBytes: 64 * 1024, corsOrigins: ['http://allowed.example'] } });
    url = t.server.url;
  });
  afterAll(async () => t?.close());

  it('rejects malformed JSON with 400 in OpenAI shape', async () => {
    const res = await rawRequest(`${url}/v1/chat/completions`, { method: 'POST', headers: json, body: '{"model": "tiny", "messages": [' });
    expect(res.status).toBe(400);
    expect(expectOpenAiError(res.body).code).toBe('invalid_json');
  });

  it('rejects invalid UTF-8 with 400', async () => {
    const res = await rawRequest(`${url}/v1/chat/completions`, { method: 'POST', headers: json, body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) });
    expect(res.status).toBe(400);
    expect(expectOpenAiError(res.body).code).toBe('invalid_encoding');
  });

  it('rejects a body over the limit with 413', async () => {
    const big = JSON.stringify({ model: 'tiny', messages: [{ role: 'user', content: 'x'.repeat(100 * 1024) }] });
    const res = await rawRequest(`${url}/v1/chat/completions`, { method: 'POST', headers: json, body: big });
    expect(res.status).toBe(413);
    expectOpenAiError(res.body);
  });

  it('keeps a keep-alive connection usable after refusing a request before reading its body', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: string) => new Promise<{ status: number; body: string; reused: boolean }>((resolve, reject) => {
      const req = request(`${url}${path}`, { method, agent, headers: body === undefined ? {} : json }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => { text += c.toString(); });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, reused: req.reusedSocket }));
      });
      req.on('error', reject);
      req.end(body);
    });
    try {
      for (const [method, path] of [['PUT', '/v1/chat/completions'], ['POST', '/v1/models'], ['POST', '/v1/nowhere']] as const) {
        const refused = await send(method, path, hello);
        expect([404, 405]).toContain(refused.status);
        expectOpenAiError(refused.body);
        const next = await send('GET', '/v1/models');
        expect(next.status).toBe(200);
        expect(next.reused).toBe(true);
      }
    } finally {
      agent.destroy();
    }
    // Pipelined on one socket: the refusal and the next request's answer both arrive.
    const lines = await new Promise<string>((resolve) => {
      const socket = connect(t.server.port, '127.0.0.1');
      let out = '';
      socket.on('data', (d: Buffer) => { out += d.toString(); });
      socket.on('close', () => resolve(out));
      socket.write(`PUT /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(hello)}\r\n\r\n${hello}`);
      socket.write('GET /v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
      setTimeout(() => socket.destroy(), 5_000).unref();
    });
    expect([...lines.matchAll(/HTTP\/1\.1 \d{3} [^\r]*/g)].map((m) => m[0])).toEqual(['HTTP/1.1 405 Method Not Allowed', 'HTTP/1.1 200 OK']);
  });

  it('rejects a Host that is not a loopback name (DNS rebinding)', async () => {
    const res = await rawRequest(`${url}/v1/models`, { headers: { host: 'attacker.example:80' } });
    expect(res.status).toBe(403);
    expect(expectOpenAiError(res.body).code).toBe('host_not_allowed');
    const ok = await rawRequest(`${url}/v1/models`, { headers: { host: `localhost:${t.server.port}` } });
    expect(ok.status).toBe(200);
  });

  it('refuses cross-origin requests unless the origin is configured', async () => {
    const denied = await rawRequest(`${url}/v1/chat/completions`, { method: 'POST', headers: { ...json, origin: 'http://evil.example' }, body: hello });
    expect(denied.status).toBe(403);
    expect(expectOpenAiError(denied.body).code).toBe('origin_not_allowed');
    const preflight = await rawRequest(`${url}/v1/chat/completions`, { method: 'OPTIONS', headers: { origin: 'http://allowed.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://allowed.example');
    const allowed = await rawRequest(`${url}/v1/models`, { headers: { origin: 'http://allowed.example' } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('http://allowed.example');
  });

  it('sends no CORS headers to same-machine clients without an Origin', async () => {
    const res = await rawRequest(`${url}/v1/models`);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers 404 for unknown endpoints and 405 for wrong methods', async () => {
    const missing = await rawRequest(`${url}/v1/nope`);
    expect(missing.status).toBe(404);
    expectOpenAiError(missing.body);
    const wrong = await rawRequest(`${url}/v1/chat/completions`);
    expect(wrong.status).toBe(405);
    expectOpenAiError(wrong.body);
  });

  it('writes SSE exactly: data lines, usage chunk, then [DONE]', async () => {
    const body = JSON.stringify({ model: 'tiny', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 5, stream: true, stream_options: { include_usage: true } });
    const res = await rawRequest(`${url}/v1/chat/completions`, { method: 'POST', headers: json, body });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(res.headers['x-switchyard-target']).toBe('local');
    const events = res.body.split('\n\n').filter((e) => e !== '');
    expect(events.every((e) => e.startsWith('data: '))).toBe(true);
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e.slice(6)) as { choices: unknown[]; usage: unknown });
    expect(chunks.at(-1)?.choices).toEqual([]);
    expect(chunks.slice(0, -1).every((c) => c.usage === null)).toBe(true);
  });
});

describe.skipIf(!hasShared)('OpenAI port limits and auth', () => {
  it('answers 429 with retry-after when the model queue is full, and serves the rest', async () => {
    const t = await startTestServer({ models: [{ id: 'tiny', path: modelPath('stories260K-chatml.gguf'), contextSize: 512, queueDepth: 1 }] });
    try {
      await t.engine.local.load('tiny');
      const body = JSON.stringify({ model: 'tiny', messages: [{ role: 'user', content: 'Story' }], max_tokens: 200 });
      const results = await Promise.all(Array.from({ length: 6 }, () => rawRequest(`${t.server.url}/v1/chat/completions`, { method: 'POST', headers: json, body })));
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
      const refused = results.filter((r) => r.status === 429);
      expect(refused.length).toBeGreaterThanOrEqual(1);
      for (const r of refused) {
        expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
        expect(expectOpenAiError(r.body).type).toBe('rate_limit_error');
      }
    } finally {
      await t.close();
    }
  });

  it('requires the bearer token when one is configured', async () => {
    const t = await startTestServer({ server: { token: 'secret-token-123' } });
    try {
      const none = await rawRequest(`${t.server.url}/v1/models`);
      expect(none.status).toBe(401);
      expect(expectOpenAiError(none.body).message).not.toContain('secret-token-123');
      const wrong = await rawRequest(`${t.server.url}/v1/models`, { headers: { authorization: 'Bearer nope' } });
      expect(wrong.status).toBe(401);
      const right = await rawRequest(`${t.server.url}/v1/models`, { headers: { authorization: 'Bearer secret-token-123' } });
      expect(right.status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('ends an in-flight stream with an error chunk and [DONE] on shutdown', async () => {
    const t = await startTestServer();
    const body = JSON.stringify({ model: 'tiny', messages: [{ role: 'user', content: 'A long story' }], max_tokens: 1800, stream: true });
    const response = await fetch(`${t.server.url}/v1/chat/completions`, { method: 'POST', headers: json, body });
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let text = '';
    // Wait for content (not just the role chunk), then shut down mid-answer.
    while (!text.includes('"content":"') || text.split('"content":"').length < 3) {
      const next = await reader?.read();
      if (next === undefined || next.done) break;
      text += decoder.decode(next.value, { stream: true });
    }
    const closing = t.close();
    for (;;) {
      const next = await reader?.read();
      if (next === undefined || next.done) break;
      text += decoder.decode(next.value, { stream: true });
    }
    await closing;
    const events = text.split('\n\n').filter((e) => e !== '');
    expect(events.at(-1)).toBe('data: [DONE]');
    expect(events.at(-2)).toContain('"code":"shutting_down"');
  });
});
