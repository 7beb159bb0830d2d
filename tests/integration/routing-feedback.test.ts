import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsSchema } from '../../shared/settings';
import { createEngine } from '../../electron/core/engine';
import { callChannel } from '../../electron/core/server/control';
import { ConversationsStore, createEngineHandlers, startOpenAiServer } from '../../electron/core/server';
import { hasShared } from '../helpers/fixtures';
import { startHybrid, type Hybrid } from '../helpers/hybrid-engine';
import { expectOpenAiError, rawRequest } from '../helpers/raw-http';

const HARD = 'Prove that there are infinitely many primes, then design and compare two distributed algorithms to enumerate them, deriving their complexity step by step.';
const EASY = 'good morning :)';
/** Local, but nearer the threshold than small talk (heuristic score ≈ 0.14), where the logistic layer moves it visibly. */
const MEDIUM = 'Explain how a hash map works.';
const json = { 'content-type': 'application/json' };

// Feedback through the OpenAI port for real decisions of a real gateway (local GGUF model + a loopback "cloud").
describe.skipIf(!hasShared)('routing feedback on the OpenAI port', () => {
  let h: Hybrid;
  let client: OpenAI;
  let dataDir: string;
  let url: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'switchyard-feedback-'));
    h = await startHybrid({ dataDir });
    client = new OpenAI({ baseURL: h.baseURL, apiKey: 'client-key', maxRetries: 0 });
    url = `${h.server.url}/v1/routing/feedback`;
  });
  afterAll(async () => h?.close());

  const ask = async (content: string): Promise<{ id: string; target: string | null }> => {
    const { response } = await client.chat.completions.create({ model: 'auto', messages: [{ role: 'user', content }], max_tokens: 4 }).withResponse();
    return { id: response.headers.get('x-switchyard-decision') ?? '', target: response.headers.get('x-switchyard-target') };
  };
  const send = (body: unknown) => rawRequest(url, { method: 'POST', headers: json, body: JSON.stringify(body) });
  const reasonsOf = (id: string): string[] => h.engine.log.get(id)?.decision.reasons ?? [];

  it('records 👎 on local answers (200), stores it on disk, and the next similar request names the adjustment', async () => {
    const first = await ask(MEDIUM);
    expect(first.target).toBe('local');
    expect(reasonsOf(first.id).join(' ')).not.toContain('feedback');
    const res = await send({ decision: first.id, label: 'bad' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ object: 'routing.feedback', decision: first.id, recorded: true, label: 'stronger-needed', adjustment: { labels: 1 } });
    for (let i = 0; i < 2; i++) expect((await send({ decision: (await ask(MEDIUM)).id, label: 'bad' })).status).toBe(200);
    expect(existsSync(join(dataDir, 'feedback.json'))).toBe(true);

    const next = await ask(MEDIUM);
    const line = reasonsOf(next.id).find((r) => r.startsWith('adjusted by your feedback'));
    expect(line).toMatch(/^adjusted by your feedback: \+0\.0[1-5]$/);
    const decision = h.engine.log.get(next.id)?.decision;
    expect(decision?.scoreBeforeFeedback).toBeDefined();
    expect((decision?.score ?? 0) - (decision?.scoreBeforeFeedback ?? 0)).toBeGreaterThan(0);
    // Three clicks do not swing routing: the request still stays local.
    expect(next.target).toBe('local');
  });

  it('counts one label per answer, and ignores 👍 on a cloud answer (200, recorded: false, with the reason)', async () => {
    const { id } = await ask(EASY);
    expect(JSON.parse((await send({ decision: id, label: 'good' })).body)).toMatchObject({ recorded: true, label: 'cheaper-enough' });
    const again = JSON.parse((await send({ decision: id, label: 'bad' })).body) as { recorded: boolean; reason: string };
    expect(again).toMatchObject({ recorded: false });
    expect(again.reason).toMatch(/already has feedback/);
    const cloud = await ask(HARD);
    expect(cloud.target).toBe('cloud');
    const res = await send({ decision: cloud.id, label: 'good' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ recorded: false, label: null, reason: expect.stringMatching(/cloud answer/) });
  });

  it('the UI channel takes the same path: "Run again locally" on a cloud answer teaches "cheaper was enough"', async () => {
    const handlers = createEngineHandlers({ engine: h.engine, conversations: new ConversationsStore(undefined), server: () => ({ apiBaseUrl: '', apiToken: null }), channel: 'control-api' });
    const ctx = { emit: () => {}, signal: new AbortController().signal };
    const cloud = await ask(HARD);
    const before = h.engine.feedback.status().labels;
    const out = await callChannel(handlers, 'feedback.send', { decision: cloud.id, signal: 'run-again-local' }, ctx);
    expect(out).toMatchObject({ recorded: true, label: 'cheaper-enough', status: { labels: before + 1 } });
    expect((await callChannel(handlers, 'feedback.status', {}, ctx)).labels).toBe(before + 1);
  });

  it('answers 404 in OpenAI\'s shape for an unknown decision id', async () => {
    const res = await send({ decision: 'dec_000000000000000000000000', label: 'bad' });
    expect(res.status).toBe(404);
    expect(expectOpenAiError(res.body)).toMatchObject({ type: 'invalid_request_error', param: 'decision', code: 'decision_not_found' });
  });

  it.each([
    ['a malformed id', { decision: 'nope', label: 'bad' }],
    ['an unknown label', { decision: 'dec_000000000000000000000000', label: 'meh' }],
    ['a missing label', { decision: 'dec_000000000000000000000000' }],
    ['extra fields', { decision: 'dec_000000000000000000000000', label: 'bad', weight: 100 }],
    ['not an object', ['dec_000000000000000000000000', 'bad']],
  ])('answers 400 in OpenAI\'s shape for %s', async (_what, body) => {
    const res = await send(body);
    expect(res.status).toBe(400);
    expect(expectOpenAiError(res.body).type).toBe('invalid_request_error');
  });

  it('answers 400 for a body that is not JSON, 405 for PUT', async () => {
    expect((await rawRequest(url, { method: 'POST', headers: json, body: '{"decision":' })).status).toBe(400);
    expect((await rawRequest(url, { method: 'PUT', headers: json, body: '{}' })).status).toBe(405);
  });

  it('GET shows the stored labels; DELETE resets them, removes the file, and routing uses the shipped score again', async () => {
    const status = JSON.parse((await rawRequest(url)).body) as { adjustment: { labels: number } };
    expect(status.adjustment.labels).toBeGreaterThanOrEqual(4);
    const reset = await rawRequest(url, { method: 'DELETE' });
    expect(reset.status).toBe(200);
    expect(JSON.parse(reset.body)).toMatchObject({ reset: true, adjustment: { labels: 0, weight: 1, bias: 0, taskBias: {} } });
    expect(existsSync(join(dataDir, 'feedback.json'))).toBe(false);
    const next = await ask(EASY);
    expect(reasonsOf(next.id).join(' ')).not.toContain('feedback');
    expect(h.engine.log.get(next.id)?.decision.scoreBeforeFeedback).toBeUndefined();
  });
});

describe('routing feedback: the store and the port\'s auth', () => {
  it('sets a corrupt feedback.json aside with a warning, and routes with the shipped score', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'switchyard-feedback-corrupt-'));
    writeFileSync(join(dataDir, 'feedback.json'), '{"version":1,"parameters":{"a":');
    const warnings: string[] = [];
    const engine = createEngine({ settings: settingsSchema.parse({}), classifier: false, dataDir, logger: (m) => warnings.push(m) });
    try {
      expect(readdirSync(dataDir).some((f) => /^feedback\.json\.corrupt-\d+$/.test(f))).toBe(true);
      expect(existsSync(join(dataDir, 'feedback.json'))).toBe(false);
      expect(warnings.some((w) => w.includes('routing uses the shipped score'))).toBe(true);
      expect(engine.feedback.status().labels).toBe(0);
    } finally {
      await engine.dispose();
    }
  });

  it('needs the same token as every /v1 route', async () => {
    const engine = createEngine({ settings: settingsSchema.parse({}), classifier: false });
    const server = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0, token: 'port-token-123', feedback: engine.feedback });
    try {
      const url = `${server.url}/v1/routing/feedback`;
      const body = JSON.stringify({ decision: 'dec_000000000000000000000000', label: 'good' });
      expect((await rawRequest(url, { method: 'POST', headers: json, body })).status).toBe(401);
      expect((await rawRequest(url, { method: 'DELETE' })).status).toBe(401);
      expect((await rawRequest(url, { method: 'POST', headers: { ...json, authorization: 'Bearer port-token-123' }, body })).status).toBe(404);
    } finally {
      await server.close();
      await engine.dispose();
    }
  });
});
