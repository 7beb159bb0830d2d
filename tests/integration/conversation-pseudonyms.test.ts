import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsSchema } from '../../shared/settings';
import { createLayeredSecrets } from '../../electron/core/config/secrets';
import { createEngine, type Engine } from '../../electron/core/engine';
import { ConversationsStore, createControlHandler, createEngineHandlers, startOpenAiServer, type RunningServer } from '../../electron/core/server';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy';
import { startOpenAiWireServer, type OpenAiWireServer } from '../helpers/openai-wire-server';
import { rawRequest } from '../helpers/raw-http';

const TOKEN = 'ui-token-for-conversation-tests-42';
const HELENA = 'helena.okafor@example.org';
const SAM = 'sam.reyes@example.net';
const PERSON = 'Tomasz Wiśniewski';
const VALUES = [HELENA, SAM, PERSON];

interface Running {
  engine: Engine;
  server: RunningServer;
  logs: string[];
}

/**
 * Per-conversation pseudonym maps end to end: the real engine and headless control API (the web UI's chat
 * path) and the OpenAI port, a stand-in cloud speaking OpenAI's wire protocol behind a fault proxy, the
 * conversation store and the routing log on disk.
 */
describe('one pseudonym map per conversation', () => {
  let cloud: OpenAiWireServer;
  let proxy: FaultProxy;
  let dataDir: string;
  let run: Running;

  async function start(): Promise<Running> {
    const logs: string[] = [];
    const conversations = new ConversationsStore(join(dataDir, 'conversations.json'));
    const engine = createEngine({
      settings: settingsSchema.parse({
        providers: [{ id: 'acme', kind: 'openai-compatible', baseUrl: proxy.url, apiKeyEnv: 'ACME_KEY', models: [{ id: 'big-1', contextLength: 128000 }] }],
        log: { storeText: false },
      }),
      classifier: false,
      dataDir,
      logger: (message) => logs.push(message),
      secrets: createLayeredSecrets({ keychain: null, env: { ACME_KEY: 'k' }, envVars: { acme: 'ACME_KEY' } }),
      runtime: { retry: { maxRetries: 2, baseMs: 10, maxMs: 40, maxRetryAfterMs: 2_000 } },
      pseudonymStore: conversations,
    });
    const handlers = createEngineHandlers({ engine, conversations, server: () => ({ apiBaseUrl: '', apiToken: null }), channel: 'control-api' });
    const server = await startOpenAiServer(engine.gateway, { host: '127.0.0.1', port: 0, control: createControlHandler({ handlers, token: TOKEN, staticDir: join(dataDir, 'no-ui') }) });
    return { engine, server, logs };
  }
  async function stop(r: Running | undefined): Promise<void> {
    await r?.server.close();
    await r?.engine.dispose();
  }

  const post = (channel: string, body: unknown) => rawRequest(`${run.server.url}/api/${channel}`, {
    method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  /** One UI chat turn over the control API; returns the answer text as the UI receives it. */
  async function turn(conversationId: string, messages: { role: 'user' | 'assistant'; content: string }[]): Promise<string> {
    const res = await post('chat.start', { requestId: `r${Math.random().toString(36).slice(2, 10)}`, conversationId, model: 'big-1', messages });
    expect(res.status).toBe(200);
    const parts = res.body.trim().split('\n\n').map((f) => JSON.parse(/^data: (.*)$/m.exec(f)?.[1] ?? 'null') as { part?: { type: string; text?: string; error?: { message: string } } });
    const failed = parts.find((p) => p.part?.type === 'error');
    if (failed !== undefined) throw new Error(failed.part?.error?.message);
    return parts.map((p) => (p.part?.type === 'text-delta' ? p.part.text ?? '' : '')).join('');
  }
  const lastSent = (): string => JSON.stringify(cloud.requests.at(-1)?.body.messages);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'switchyard-convo-'));
    cloud = await startOpenAiWireServer({
      apiKey: 'k',
      // The placeholder split across chunks: restoration must hold it back and put the value in.
      scenarios: { 'big-1': { kind: 'stream', script: { text: ['Noted: [EMA', 'IL_1], [EMAIL_2] and [PERSON_1].'], usage: { prompt: 30, completion: 9 } } } },
    });
    proxy = await startFaultProxy(cloud.baseUrl);
    run = await start();
  });
  afterAll(async () => {
    await stop(run);
    await proxy?.close();
    await cloud?.close();
  });

  it('gives the same value the same placeholder in every turn of a UI chat, retries included', async () => {
    const first = `Please write to ${SAM} and ${HELENA}; my colleague ${PERSON} will sign.`;
    const answer = await turn('chat-one', [{ role: 'user', content: first }]);
    expect(lastSent()).toContain(`Please write to [EMAIL_1] and [EMAIL_2]; my colleague [PERSON_1] will sign.`);
    expect(answer).toBe(`Noted: ${SAM}, ${HELENA} and ${PERSON}.`);

    // Turn two names only Helena and Tomasz, and the first try fails: the retry still uses the chat's numbering
    // (a map per request would have made Helena [EMAIL_1]).
    proxy.script([{ kind: 'status', status: 500 }]);
    await turn('chat-one', [{ role: 'user', content: `Remind ${HELENA} that ${PERSON} is away.` }]);
    expect(proxy.log.at(-2)?.fault).toBe('status');
    expect(lastSent()).toContain('Remind [EMAIL_2] that [PERSON_1] is away.');
    for (const value of VALUES) expect(lastSent()).not.toContain(value);
  });

  it('numbers another conversation on its own', async () => {
    await turn('chat-two', [{ role: 'user', content: `Forward this to ${HELENA}.` }]);
    expect(lastSent()).toContain('Forward this to [EMAIL_1].');
  });

  it('keeps the map with the conversation across a restart, and deletes it with the conversation', async () => {
    const file = join(dataDir, 'conversations.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { pseudonyms: Record<string, { entries: { value: string; placeholder: string }[] }> };
    expect(stored.pseudonyms['chat-one']?.entries.map((e) => e.placeholder)).toEqual(['[EMAIL_1]', '[EMAIL_2]', '[PERSON_1]']);

    await stop(run);
    run = await start();
    await turn('chat-one', [{ role: 'user', content: `One more note to ${HELENA}.` }]);
    expect(lastSent()).toContain('One more note to [EMAIL_2].');

    // The renderer saves and lists conversations: it never receives a map.
    expect((await post('conversations.save', { id: 'chat-one', title: 'Notes', updatedAt: 1, messages: [] })).status).toBe(200);
    const listed = (await post('conversations.list', {})).body;
    expect(listed).not.toContain('placeholder');
    expect(listed).not.toContain(HELENA);

    expect((await post('conversations.delete', { id: 'chat-one' })).status).toBe(200);
    expect(readFileSync(file, 'utf8')).not.toContain('chat-one');
    // Deleted means gone from memory too: the same id starts a fresh map.
    await turn('chat-one', [{ role: 'user', content: `Hello ${SAM}.` }]);
    expect(lastSent()).toContain('Hello [EMAIL_1].');
  });

  it('lets an OpenAI-port client name a conversation with x-switchyard-conversation', async () => {
    const client = (conversation?: string, apiKey = 'tool-key'): OpenAI => new OpenAI({
      baseURL: `${run.server.url}/v1`, apiKey, maxRetries: 0, ...(conversation === undefined ? {} : { defaultHeaders: { 'x-switchyard-conversation': conversation } }),
    });
    const ask = async (c: OpenAI, content: string): Promise<string> =>
      (await c.chat.completions.create({ model: 'big-1', messages: [{ role: 'user', content }] })).choices[0]?.message.content ?? '';

    await ask(client('tool-thread-1'), `Draft a reply to ${SAM} and ${HELENA}.`);
    // A sliding-window client sends only the latest message: the conversation's map keeps Helena [EMAIL_2]...
    const answer = await ask(client('tool-thread-1'), `Thank ${HELENA}.`);
    expect(lastSent()).toContain('Thank [EMAIL_2].');
    expect(answer).toBe(`Noted: ${SAM}, ${HELENA} and [PERSON_1].`);
    // ...while without the header, or under another API key, every request starts afresh.
    await ask(client(), `Thank ${HELENA}.`);
    expect(lastSent()).toContain('Thank [EMAIL_1].');
    await ask(client('tool-thread-1', 'other-key'), `Thank ${HELENA}.`);
    expect(lastSent()).toContain('Thank [EMAIL_1].');
    // A UI chat of the same id is not reachable from the port.
    await ask(client('chat-two'), `Ping ${SAM}.`);
    expect(lastSent()).toContain('Ping [EMAIL_1].');

    const bad = await rawRequest(`${run.server.url}/v1/chat/completions`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-switchyard-conversation': 'no spaces allowed' }, body: JSON.stringify({ model: 'big-1', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain('x-switchyard-conversation');
    expect(bad.body).not.toContain('no spaces allowed');
  });

  it('writes no value and no mapping to the routing log or the engine log', async () => {
    const dir = join(dataDir, 'routing-log');
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThan(0);
    const all = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(all).toContain('"redactedTypes":["EMAIL"');
    for (const value of VALUES) expect(all).not.toContain(value);
    expect(all).not.toMatch(/\[(EMAIL|PERSON)_\d\]/);
    for (const value of VALUES) expect(run.logs.join('\n')).not.toContain(value);
  });
});
