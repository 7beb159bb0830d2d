import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, waitForUrl, type CliRun } from '../helpers/cli-process';
import { startFakeModelsProvider, type FakeModelsProvider } from '../helpers/fake-models-provider';
import { expectOpenAiError, rawRequest } from '../helpers/raw-http';

const TOKEN = 'providers-test-token-0123456789';
const KEY = 'sk-fake-provider-key-7c1e9a55d0b34f21';
const WRONG = 'sk-wrong-key-that-upstream-echoes-93b1f0';

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Providers & keys and the Local API switch, driven over the control API of a real `switchyard serve`
 * (no local model: tier-0 and the cloud are enough), against a fake OpenAI-compatible provider on loopback.
 */
describe('providers and the local API over the control API', () => {
  let run: CliRun;
  let base: string;
  let fake: FakeModelsProvider;
  const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  const call = async (channel: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
    const res = await rawRequest(`${base}/api/${channel}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
    return { status: res.status, json: JSON.parse(res.body) as Record<string, unknown> };
  };
  const chat = (model: string, content: string) =>
    rawRequest(`${base}/v1/chat/completions`, { method: 'POST', headers: auth, body: JSON.stringify({ model, messages: [{ role: 'user', content }] }) });
  const provider = (id: string, baseUrl: string, apiKeyEnv: string, models = [`${id}-model`]) =>
    ({ mode: 'add', provider: { id, kind: 'openai-compatible', baseUrl, apiKeyEnv, models: models.map((m) => ({ id: m })) } });

  beforeAll(async () => {
    fake = await startFakeModelsProvider({ apiKey: KEY, models: ['fake-big', 'fake-small'], answer: 'Hello from the fake cloud.' });
    run = runCli(['serve', '--port', '0', '--token', TOKEN], { FAKE_KEY: KEY, WRONG_KEY: WRONG });
    base = await waitForUrl(run);
  });
  afterAll(async () => {
    run?.child.kill('SIGTERM');
    await run?.exited;
    await fake?.close();
  });

  it('starts with no providers and says changes are saved (no --config)', async () => {
    const { status, json } = await call('providers.list', {});
    expect(status).toBe(200);
    expect(json).toEqual({ providers: [], persisted: true });
  });

  it('adds a provider, lists it with its key status, and refuses a duplicate id or a bad base URL', async () => {
    expect((await call('providers.save', provider('fake', fake.baseUrl, 'FAKE_KEY', ['fake-big']))).status).toBe(200);
    const list = await call('providers.list', {});
    expect(list.json.providers).toEqual([{
      id: 'fake', kind: 'openai-compatible', baseUrl: fake.baseUrl, models: ['fake-big'], servedModels: ['fake-big'],
      requiresApiKey: true, hasKey: true, source: 'env', envVar: 'FAKE_KEY',
    }]);
    expect(JSON.stringify(list.json)).not.toContain(KEY);

    const duplicate = await call('providers.save', provider('fake', fake.baseUrl, 'FAKE_KEY'));
    expect(duplicate.status).toBe(400);
    expect(duplicate.json).toMatchObject({ error: { code: 'duplicate_provider' } });
    expect(JSON.stringify(duplicate.json)).toContain("'fake' already exists");

    const badUrl = await call('providers.save', provider('broken', 'not a url', 'X_KEY'));
    expect(badUrl.status).toBe(400);
    expect(JSON.stringify(badUrl.json)).toContain('base URL is not a valid URL');
    const withKey = await call('providers.save', provider('leaky', `http://user:${KEY}@127.0.0.1:1/v1`, 'X_KEY'));
    expect(withKey.status).toBe(400);
    expect(JSON.stringify(withKey.json)).not.toContain(KEY);

    const unknown = await call('providers.save', { ...provider('ghost', fake.baseUrl, 'X_KEY'), mode: 'update' });
    expect(unknown.status).toBe(400);
    expect(unknown.json).toMatchObject({ error: { code: 'unknown_provider' } });
  });

  it('tests the connection for real: the models list, with the latency', async () => {
    const { json } = await call('providers.test', { id: 'fake' });
    expect(json).toMatchObject({ ok: true, models: ['fake-big', 'fake-small'] });
    expect(json.latencyMs).toBeGreaterThanOrEqual(0);
    expect(json.message).toMatch(/Connected to 'fake' in \d+ ms; it offers 2 models/);
    const seen = fake.requests.filter((r) => r.method === 'GET' && r.path === '/v1/models').at(-1);
    expect(seen?.authorization).toBe(`Bearer ${KEY}`);
  });

  it('routes a chat for the new provider\'s model to it at once', async () => {
    const res = await chat('fake-big', 'Say hello.');
    expect(res.status).toBe(200);
    expect(res.headers['x-switchyard-target']).toBe('cloud');
    expect(res.headers['x-switchyard-model']).toBe('fake-big');
    expect((JSON.parse(res.body) as { choices: { message: { content: string } }[] }).choices[0]?.message.content).toBe('Hello from the fake cloud.');
    expect(fake.requests.some((r) => r.method === 'POST' && r.path === '/v1/chat/completions' && r.authorization === `Bearer ${KEY}`)).toBe(true);
  });

  it('updates a provider in place, keeping it routable under its new model list', async () => {
    const update = await call('providers.save', { mode: 'update', provider: { id: 'fake', kind: 'openai-compatible', baseUrl: fake.baseUrl, apiKeyEnv: 'FAKE_KEY', models: [{ id: 'fake-big' }, { id: 'fake-small', contextLength: 4096 }] } });
    expect(update.status).toBe(200);
    expect(((await call('providers.list', {})).json.providers as { servedModels: string[] }[])[0]?.servedModels).toEqual(['fake-big', 'fake-small']);
    expect((await chat('fake-small', 'Hi')).status).toBe(200);
  });

  it('tests an Anthropic provider through its own models endpoint and headers', async () => {
    await call('providers.save', { mode: 'add', provider: { id: 'claude', kind: 'anthropic', baseUrl: fake.anthropicUrl, apiKeyEnv: 'FAKE_KEY', models: [{ id: 'claude-fake' }] } });
    const { json } = await call('providers.test', { id: 'claude' });
    expect(json).toMatchObject({ ok: true, models: ['fake-big', 'fake-small'] });
    expect(fake.requests.at(-1)?.path).toBe('/anthropic/v1/models');
    await call('providers.save', { mode: 'update', provider: { id: 'claude', kind: 'anthropic', baseUrl: fake.anthropicUrl, apiKeyEnv: 'WRONG_KEY', models: [{ id: 'claude-fake' }] } });
    expect((await call('providers.test', { id: 'claude' })).json.message).toContain('The key was refused');
  });

  it('says to set a key first when there is none', async () => {
    await call('providers.save', provider('nokey', fake.baseUrl, 'NO_SUCH_KEY_VAR'));
    const { json } = await call('providers.test', { id: 'nokey' });
    expect(json).toMatchObject({ ok: false, latencyMs: 0 });
    expect(json.message).toContain('set a key first');
    expect(json.message).toContain('NO_SUCH_KEY_VAR');
  });

  it('reports a refused key without repeating it, though the provider echoes it back', async () => {
    await call('providers.save', provider('wrong', fake.baseUrl, 'WRONG_KEY'));
    const { json } = await call('providers.test', { id: 'wrong' });
    expect(json.ok).toBe(false);
    expect(json.message).toContain('The key was refused');
    expect(json.message).toContain('HTTP 401');
    expect(fake.requests.at(-1)?.authorization).toBe(`Bearer ${WRONG}`);
    await call('providers.save', provider('echo', fake.echo500Url, 'WRONG_KEY'));
    const echoed = await call('providers.test', { id: 'echo' });
    expect(echoed.json.message).toContain('HTTP 500');
    for (const text of [JSON.stringify(json), JSON.stringify(echoed.json), run.stdout(), run.stderr()]) {
      expect(text).not.toContain(WRONG);
      expect(text).not.toContain(WRONG.slice(-12));
      expect(text).not.toContain(KEY);
    }
  });

  it('reports an unreachable host', async () => {
    await call('providers.save', provider('gone', `http://127.0.0.1:${await closedPort()}/v1`, 'FAKE_KEY'));
    const { json } = await call('providers.test', { id: 'gone' });
    expect(json.ok).toBe(false);
    expect(json.message).toMatch(/Could not reach 'gone' at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });

  it('gives up on a provider that does not answer after 10 s', async () => {
    await call('providers.save', provider('slow', fake.stallUrl, 'FAKE_KEY'));
    const started = Date.now();
    const { json } = await call('providers.test', { id: 'slow' });
    expect(json).toMatchObject({ ok: false, message: expect.stringContaining("'slow' did not answer within 10 s") });
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_500);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('deletes a provider; its models stop routing', async () => {
    expect((await call('providers.delete', { id: 'fake' })).status).toBe(200);
    const ids = ((await call('providers.list', {})).json.providers as { id: string }[]).map((p) => p.id);
    expect(ids).not.toContain('fake');
    const res = await chat('fake-big', 'Say hello.');
    expect(res.status).toBe(404);
    expect(expectOpenAiError(res.body).code).toBe('model_not_found');
    expect((await call('providers.delete', { id: 'fake' })).json).toMatchObject({ error: { code: 'unknown_provider' } });
  });

  // Only inside tests/helpers/with-keyring.sh: never write to the keyring of whoever runs the tests.
  it.skipIf(process.env.SWITCHYARD_KEYRING_HOME === undefined)('keeps a key set from the UI in the OS keychain, tests with it, and forgets it with the provider', async () => {
    await call('providers.save', provider('vault', fake.baseUrl, 'VAULT_KEY_UNSET'));
    expect((await call('providers.test', { id: 'vault' })).json.message).toContain('set a key first');
    expect((await call('keys.set', { provider: 'vault', key: KEY })).json).toEqual({ ok: true });
    const row = ((await call('providers.list', {})).json.providers as { id: string }[]).find((p) => p.id === 'vault');
    expect(row).toMatchObject({ hasKey: true, source: 'keychain' });
    expect((await call('providers.test', { id: 'vault' })).json).toMatchObject({ ok: true, models: ['fake-big', 'fake-small'] });
    await call('providers.delete', { id: 'vault' });
    await call('providers.save', provider('vault', fake.baseUrl, 'VAULT_KEY_UNSET'));
    expect(((await call('providers.list', {})).json.providers as { id: string }[]).find((p) => p.id === 'vault')).toMatchObject({ hasKey: false, source: 'none' });
    expect(run.stdout() + run.stderr()).not.toContain(KEY);
  });

  it('turns the local API off (503, OpenAI-shaped, no retry-after) while the control API keeps working, and on again', async () => {
    const before = await call('server.info', {});
    expect(before.json).toMatchObject({ enabled: true, apiBaseUrl: `${base}/v1`, port: Number(new URL(base).port) });

    const off = await call('server.configure', { enabled: false });
    expect(off.json).toMatchObject({ enabled: false });
    const refused = await chat('auto', 'what is 2 + 2');
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBeUndefined();
    const error = expectOpenAiError(refused.body);
    expect(error).toMatchObject({ type: 'server_error', code: 'local_api_off' });
    expect(error.message).toContain('The local API is turned off in Switchyard → Local API');
    expect((await rawRequest(`${base}/v1/models`, { headers: auth })).status).toBe(503);
    expect((await call('settings.get', {})).status).toBe(200);
    expect((await call('server.info', {})).json).toMatchObject({ enabled: false });

    const moved = await call('server.configure', { enabled: true, port: 1 });
    expect(moved.status).toBe(400);
    expect(moved.json).toMatchObject({ error: { code: 'port_fixed' } });

    expect((await call('server.configure', { enabled: true })).json).toMatchObject({ enabled: true });
    const answered = await chat('auto', 'what is 2 + 2');
    expect(answered.status).toBe(200);
    expect(answered.headers['x-switchyard-target']).toBe('tier0');
  });
});
