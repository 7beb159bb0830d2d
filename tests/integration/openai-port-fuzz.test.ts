import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../helpers/fault-proxy';
import { hasShared } from '../helpers/fixtures';
import { expectOpenAiError, rawRequest } from '../helpers/raw-http';
import { startTestServer, type TestServer } from '../helpers/test-server';

interface Case {
  label: string;
  method: string;
  path: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

const valid = { model: 'tiny', messages: [{ role: 'user', content: 'Hi' }], max_tokens: 2 };
const BODY_LIMIT = 256 * 1024;

/** Each mutation makes a valid request certainly invalid. */
const mutations: Array<(r: () => number) => unknown> = [
  () => ({ ...valid, model: 42 }),
  () => ({ ...valid, model: null }),
  () => ({ ...valid, model: '' }),
  () => ({ ...valid, model: 'm'.repeat(300) }),
  () => ({ ...valid, model: ['tiny'] }),
  () => ({ ...valid, messages: 'Hi' }),
  () => ({ ...valid, messages: [] }),
  () => ({ ...valid, messages: [{}] }),
  () => ({ ...valid, messages: [{ role: 'wizard', content: 'x' }] }),
  () => ({ ...valid, messages: [{ role: 'user', content: 5 }] }),
  () => ({ ...valid, messages: [{ role: 'user' }] }),
  () => ({ ...valid, messages: [{ role: 'tool', content: 'x' }] }),
  () => ({ ...valid, messages: [{ role: 'user', content: [{ type: 'audio', data: 'x' }] }] }),
  () => ({ ...valid, messages: Array.from({ length: 10_001 }, () => ({ role: 'user', content: '' })) }),
  (r) => ({ ...valid, temperature: 2 + r() * 100 }),
  () => ({ ...valid, temperature: 'hot' }),
  (r) => ({ ...valid, top_p: 1 + r() }),
  () => ({ ...valid, max_tokens: 0 }),
  () => ({ ...valid, max_tokens: -3 }),
  () => ({ ...valid, max_tokens: 1.5 }),
  () => ({ ...valid, max_tokens: '10' }),
  () => ({ ...valid, seed: 'abc' }),
  () => ({ ...valid, stream: 'yes' }),
  () => ({ ...valid, stop: ['a', 'b', 'c', 'd', 'e'] }),
  () => ({ ...valid, stop: 7 }),
  () => ({ ...valid, n: 3 }),
  () => ({ ...valid, response_format: { type: 'xml' } }),
  () => ({ ...valid, response_format: { type: 'json_schema' } }),
  () => ({ ...valid, tools: [{ type: 'function' }] }),
  () => ({ ...valid, tools: 'all' }),
  () => ({ ...valid, tool_choice: 'sometimes' }),
  () => ({ ...valid, stream_options: 'usage' }),
  () => ({ ...valid, model: 'no-such-model' }),
  () => [valid],
  () => 'just a string',
  () => null,
  () => 12345,
  () => JSON.parse('{"__proto__": {"polluted": true}, "model": 1}') as unknown,
];

const wrongRoutes: ReadonlyArray<readonly [string, string]> = [
  ['GET', '/v1/chat/completions'], ['PUT', '/v1/chat/completions'], ['DELETE', '/v1/models'], ['PATCH', '/v1/embeddings'],
  ['POST', '/v1/models'], ['GET', '/v1/../etc/passwd'], ['GET', '/%ff'], ['POST', '/v1/completions'], ['GET', '/'],
];

function garbage(r: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 1) s += String.fromCharCode(32 + Math.floor(r() * 95));
  return s;
}

function buildCases(count: number, seed: number): Case[] {
  const r = seededRandom(seed);
  const cases: Case[] = [];
  const validText = JSON.stringify(valid);
  for (let i = 0; cases.length < count; i += 1) {
    const kind = i % 10;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
    if (kind <= 3) {
      const mutate = pick(mutations);
      cases.push({ label: `mutation ${mutations.indexOf(mutate)}`, method: 'POST', path: '/v1/chat/completions', body: JSON.stringify(mutate(r)) });
    } else if (kind === 4) {
      cases.push({ label: 'truncated json', method: 'POST', path: '/v1/chat/completions', body: validText.slice(0, Math.floor(r() * (validText.length - 1))) });
    } else if (kind === 5) {
      cases.push({ label: 'garbage', method: 'POST', path: pick(['/v1/chat/completions', '/v1/embeddings']), body: garbage(r, 1 + Math.floor(r() * 400)) });
    } else if (kind === 6) {
      const bytes = Buffer.from(validText);
      const at = 2 + Math.floor(r() * (bytes.length - 4));
      const bad = Buffer.concat([bytes.subarray(0, at), Buffer.from([pick([0xff, 0xc0, 0xed, 0xf8, 0x80])]), bytes.subarray(at)]);
      cases.push({ label: 'invalid utf-8', method: 'POST', path: '/v1/chat/completions', body: bad });
    } else if (kind === 7) {
      const huge = r() < 0.5 ? JSON.stringify({ ...valid, messages: [{ role: 'user', content: 'x'.repeat(BODY_LIMIT) }] }) : '['.repeat(BODY_LIMIT - 10);
      cases.push({ label: 'huge', method: 'POST', path: '/v1/chat/completions', body: huge });
    } else if (kind === 8) {
      const [method, path] = pick(wrongRoutes);
      cases.push({ label: 'wrong route', method, path, body: '' });
    } else {
      const embedding = pick([{ model: 'tiny', input: 42 }, { model: 'tiny', input: [] }, { model: 'tiny', input: [[1, 2], []] }, { model: 'tiny', input: [-1] }, { input: 'x' }, { model: 'tiny', input: 'x', encoding_format: 'hex' }]);
      cases.push({ label: 'embeddings', method: 'POST', path: '/v1/embeddings', body: JSON.stringify(embedding) });
    }
  }
  return cases;
}

function send(url: string, agent: Agent, c: Case): Promise<{ status: number; contentType: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${c.path}`, { method: c.method, agent, headers: { 'content-type': 'application/json', ...c.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type']), body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${c.label}`)));
    req.on('error', (error) => reject(new Error(`${c.label}: ${error.message}`)));
    req.end(c.body);
  });
}

/** Sends a body slower than the server's idle limit allows. */
function slowBody(port: number, idleMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"model":`);
      setTimeout(() => socket.write('"ti'), idleMs * 3);
    });
    let text = '';
    socket.on('data', (d) => (text += d.toString('utf8')));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
    socket.setTimeout(20_000, () => socket.destroy(new Error('slow body never answered')));
  });
}

describe.skipIf(!hasShared)('OpenAI port under hostile input', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({ server: { maxBodyBytes: BODY_LIMIT, bodyIdleMs: 150 } });
  });
  afterAll(async () => t?.close());

  it('answers 2,000+ malformed requests with JSON errors and keeps serving', async () => {
    const cases = buildCases(2_100, 20261121);
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const failures: string[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < cases.length) {
        const c = cases[next++];
        if (c === undefined) break;
        const res = await send(t.server.url, agent, c);
        try {
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect(res.contentType).toMatch(/^application\/json/);
          expectOpenAiError(res.body);
        } catch (error) {
          failures.push(`${c.label} ${c.method} ${c.path} ${String(c.body).slice(0, 80)} → ${res.status} ${res.body.slice(0, 120)} (${(error as Error).message.slice(0, 80)})`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    agent.destroy();
    expect(failures.slice(0, 10)).toEqual([]);
    const ok = await rawRequest(`${t.server.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(valid) });
    expect(ok.status).toBe(200);
  }, 120_000);

  it('answers slow bodies with a JSON 408 and keeps serving', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => slowBody(t.server.port, 150)));
    for (const answer of answers) {
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expectOpenAiError(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    }
    const ok = await rawRequest(`${t.server.url}/v1/models`);
    expect(ok.status).toBe(200);
  });
});
