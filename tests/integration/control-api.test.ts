import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsSchema } from '../../shared/settings';
import { createLayeredSecrets } from '../../electron/core/config/secrets';
import { createEngine, type Engine } from '../../electron/core/engine';
import { ConversationsStore, createControlHandler, createEngineHandlers, startOpenAiServer, type EngineHandlers, type RunningServer } from '../../electron/core/server';
import { callChannel } from '../../electron/core/server/control';
import { rawRequest } from '../helpers/raw-http';

const TOKEN = 'ui-token-for-tests-0123456789';
const SECRET = 'sk-test-never-shown-4242424242';

/** The headless control API over real HTTP on loopback, with a real engine (tier-0 needs no model). */
describe('control API', () => {
  let engine: Engine;
  let handlers: EngineHandlers;
  let server: RunningServer;
  let base: string;
  const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  const post = (channel: string, body: unknown, headers: Record<string, string> = auth) =>
    rawRequest(`${base}/api/${channel}`, { method: 'POST', headers, body: JSON.stringify(body) });

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'switchyard-control-'));
    const staticDir = join(root, 'dist');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>ui</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, 'secret.txt'), 'outside the web root');
    const settings = settingsSchema.parse({ providers: [{ id: 'acme', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1', apiKeyEnv: 'ACME_KEY', models: [{ id: 'acme-large', contextLength: 8192 }] }] });
    const secrets = createLayeredSecrets({ keychain: null, env: { ACME_KEY: SECRET }, envVars: { acme: 'ACME_KEY' } });
    engine = createEngine({ settings, classifier: false, secrets });
    handlers = createEngineHandlers({ engine, conversations: new ConversationsStore(join(root, 'conversations.json')), secrets, server: () => ({ apiBaseUrl: 'http://127.0.0.1:1/v1', apiToken: null }), channel: 'control-api' });
    server = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0, control: createControlHandler({ handlers, token: TOKEN, staticDir }) });
    base = server.url;
  });
  afterAll(async () => {
    await server?.close();
    await engine?.dispose();
  });

  it('serves the page only after the start-up token, trading it for an HttpOnly SameSite cookie', async () => {
    expect((await rawRequest(`${base}/`)).status).toBe(401);
    expect((await rawRequest(`${base}/?token=wrong`)).status).toBe(401);
    const login = await rawRequest(`${base}/?token=${TOKEN}`);
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/');
    const cookie = String(login.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await rawRequest(`${base}/`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>ui</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe');
  });

  it('says how to build the UI when renderer/dist is missing', async () => {
    const bare = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0, control: createControlHandler({ handlers, token: TOKEN, staticDir: join(tmpdir(), 'switchyard-no-such-dist') }) });
    try {
      const res = await rawRequest(`${bare.url}/`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(503);
      expect(res.body).toContain('npm run build:renderer');
      expect((await rawRequest(`${bare.url}/api/settings.get`, { method: 'POST', headers: auth, body: '{}' })).status).toBe(200);
    } finally {
      await bare.close();
    }
  });

  it('never serves a file outside the web root', async () => {
    for (const path of ['/%E0%A4%A/secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%2fsecret.txt']) {
      const res = await rawRequest(`${base}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('outside the web root');
    }
    expect((await rawRequest(`${base}/assets/app.js`, { headers: { authorization: `Bearer ${TOKEN}` } })).headers['content-type']).toMatch(/javascript/);
  });

  it('refuses calls without the token, from another origin or Host, and channels the contract does not have', async () => {
    expect((await post('settings.get', {}, { 'content-type': 'application/json' })).status).toBe(401);
    expect((await post('settings.get', {}, { ...auth, origin: 'http://evil.example' })).status).toBe(403);
    expect((await post('settings.get', {}, { ...auth, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await post('settings.get', {}, { ...auth, host: 'evil.example' })).status).toBe(403);
    expect((await post('settings.get', {}, { ...auth, origin: base })).status).toBe(200);
    expect((await post('app.exec', {})).status).toBe(404);
    expect((await rawRequest(`${base}/api/settings.get`, { headers: auth })).status).toBe(405);
    const bad = await post('settings.setMode', { mode: 'reckless' });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('settings.setMode');
  });

  it('streams chat.start as server-sent events: the decision, the parts, then the result', async () => {
    const res = await post('chat.start', { requestId: 'req1', conversationId: 'c1', model: 'auto', messages: [{ role: 'user', content: 'what is 15% of 240' }] });
    expect(res.headers['content-type']).toMatch(/text\/event-stream/);
    const frames = res.body.trim().split('\n\n').map((f) => ({ event: /^event: (.*)$/m.exec(f)?.[1], data: JSON.parse(/^data: (.*)$/m.exec(f)?.[1] ?? 'null') as Record<string, unknown> }));
    expect(frames[0]?.data['decision']).toMatchObject({ target: 'tier0' });
    expect(frames.some((f) => JSON.stringify(f.data).includes('"text":"36"'))).toBe(true);
    expect(frames.at(-1)).toEqual({ event: 'result', data: { requestId: 'req1', outcome: 'ok' } });
    const log = JSON.parse((await post('log.query', { search: 'arithmetic' })).body) as { entries: unknown[] };
    expect(log.entries.length).toBe(1);
    const csv = JSON.parse((await post('log.exportCsv', {})).body) as { csv: string };
    expect(csv.csv.split('\r\n')[1]).toContain(',tier0,tier0,arithmetic,');
  });

  it('gives the same answers over HTTP as the direct binding the desktop IPC uses', async () => {
    const ctx = { emit: () => {}, signal: new AbortController().signal };
    for (const [channel, input] of [['settings.get', {}], ['providers.list', {}], ['models.list', {}], ['conversations.list', {}]] as const) {
      const direct = await callChannel(handlers, channel, input, ctx);
      expect(JSON.parse((await post(channel, input)).body), channel).toEqual(direct);
    }
    const text = 'Card 4111 1111 1111 1111, mail me at ana@example.com';
    const viaHttp = JSON.parse((await post('privacy.test', { text })).body) as { entities: unknown; decision: { target: string } };
    const direct = await callChannel(handlers, 'privacy.test', { text }, ctx);
    expect(viaHttp.entities).toEqual(direct.entities);
    expect(direct.entities.map((e) => e.type)).toEqual(['CREDIT_CARD', 'EMAIL']);
    expect(viaHttp.decision.target).toBe(direct.decision.target);
    expect(direct.decision.target).not.toBe('cloud');
  });

  it('says which providers have a key without ever returning it, and stores no key without a keychain', async () => {
    const status = await post('providers.list', {});
    expect(JSON.parse(status.body)).toEqual({
      providers: [{
        id: 'acme', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1', models: ['acme-large'], servedModels: ['acme-large'],
        requiresApiKey: true, hasKey: true, source: 'env', envVar: 'ACME_KEY',
      }],
      persisted: false,
    });
    const set = await post('keys.set', { provider: 'acme', key: 'sk-another-secret-999999' });
    expect(set.status).toBeGreaterThanOrEqual(400);
    expect(set.body).not.toContain('sk-another-secret');
    for (const channel of ['providers.list', 'settings.get', 'models.list']) expect((await post(channel, {})).body).not.toContain(SECRET);
  });

  it('answers models.pickFile as unsupported in headless, and opens the injected dialog only when not probing', async () => {
    for (const input of [{ probe: true }, {}]) {
      const res = await post('models.pickFile', input);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ supported: false, path: null });
    }
    // Desktop injects the OS dialog (electron/main); here a function in its place, answering a pick then a cancel.
    const answers: (string | null)[] = ['/models/picked.gguf', null];
    let opened = 0;
    const desktop = createEngineHandlers({ engine, conversations: new ConversationsStore(join(tmpdir(), 'switchyard-pick-unused.json')), server: () => ({ apiBaseUrl: 'http://127.0.0.1:1/v1', apiToken: null }), channel: 'desktop-chat', pickModelFile: async () => answers[opened++] ?? null });
    const ctx = { emit: () => {}, signal: new AbortController().signal };
    expect(await callChannel(desktop, 'models.pickFile', { probe: true }, ctx)).toEqual({ supported: true, path: null });
    expect(opened).toBe(0);
    expect(await callChannel(desktop, 'models.pickFile', {}, ctx)).toEqual({ supported: true, path: '/models/picked.gguf' });
    expect(await callChannel(desktop, 'models.pickFile', {}, ctx)).toEqual({ supported: true, path: null });
    expect(opened).toBe(2);
    await expect(callChannel(desktop, 'models.pickFile', { probe: 'yes' }, ctx)).rejects.toThrow(/Invalid input for models.pickFile/);
  });

  it('persists conversations and applies the mode to the next request', async () => {
    const conversation = { id: 'conv1', title: 'Hello', updatedAt: 1, messages: [{ role: 'user', content: 'hi' }] };
    expect((await post('conversations.save', conversation)).status).toBe(200);
    expect(JSON.parse((await post('conversations.list', {})).body)).toEqual({ conversations: [conversation] });
    expect(JSON.parse((await post('settings.setMode', { mode: 'privacy' })).body)).toMatchObject({ mode: 'privacy' });
    expect(engine.settings().mode).toBe('privacy');
    const routed = JSON.parse((await post('privacy.test', { text: 'Write a detailed proof of the four colour theorem.' })).body) as { decision: { mode: string; target: string } };
    expect(routed.decision).toMatchObject({ mode: 'privacy' });
    expect(routed.decision.target).not.toBe('cloud');
    expect((await post('conversations.delete', { id: 'conv1' })).status).toBe(200);
    expect(JSON.parse((await post('conversations.list', {})).body)).toEqual({ conversations: [] });
  });
});
