import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerSchema } from '../../shared/settings';
import { apiKeyEnvVars } from '../../electron/core/backends/cloud';
import { createLayeredSecrets, KeychainSecrets } from '../../electron/core/config/secrets';
import { runKeys, runKeysCommand } from '../../electron/core/cli/commands/keys';
import { repoRoot } from '../helpers/fixtures';

const run = promisify(execFile);
const service = `switchyard-test-${process.pid}`;

/** Is a Secret Service answering on this session bus? Probed with the real library, under a timeout. */
async function probeKeychain(): Promise<string | undefined> {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) return 'DBUS_SESSION_BUS_ADDRESS is not set';
  const keychain = new KeychainSecrets({ service, timeoutMs: 3000 });
  try {
    await keychain.has('probe');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await keychain.dispose();
  }
}
const unavailable = await probeKeychain();
if (unavailable !== undefined) {
  console.warn(`[keychain] OS keychain tests skipped: no Secret Service reachable (${unavailable}). Run them with: bash tests/helpers/with-keyring.sh npx vitest run tests/integration/keychain.test.ts`);
}

const providers = [
  providerSchema.parse({ id: 'acme', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1', apiKeyEnv: 'ACME_KEY' }),
  providerSchema.parse({ id: 'anthropic', kind: 'anthropic' }),
  providerSchema.parse({ id: 'groq', kind: 'openai-compatible', baseUrl: 'https://api.groq.com/openai/v1' }),
];
function capture() {
  const out = new PassThrough();
  const err = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  err.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { out, err, text: () => text };
}
const io = (streams: ReturnType<typeof capture>, stdin = '') => ({ stdout: streams.out, stderr: streams.err, stdin: Readable.from([stdin]) });

describe.skipIf(unavailable !== undefined)('OS keychain through @napi-rs/keyring (gnome-keyring Secret Service)', () => {
  const keychain = new KeychainSecrets({ service, timeoutMs: 3000 });
  afterAll(async () => {
    await keychain.delete('acme').catch(() => false);
    await keychain.dispose();
  });

  it('sets, reads, replaces, reports and deletes a key', async () => {
    expect(await keychain.has('acme')).toBe(false);
    await keychain.set('acme', 'sk-first-0001');
    expect(await keychain.get('acme')).toBe('sk-first-0001');
    expect(await keychain.has('acme')).toBe(true);
    await keychain.set('acme', 'sk-second-0002');
    expect(await keychain.get('acme')).toBe('sk-second-0002');
    expect(await keychain.delete('acme')).toBe(true);
    expect(await keychain.get('acme')).toBeUndefined();
    expect(await keychain.delete('acme')).toBe(false);
  });

  it('stores the key in the Secret Service itself (seen by libsecret), not in a fallback store', async () => {
    await keychain.set('acme', 'sk-visible-to-libsecret');
    const { stdout } = await run('secret-tool', ['lookup', 'service', service, 'username', 'acme']);
    expect(stdout).toBe('sk-visible-to-libsecret');
    expect(await keychain.delete('acme')).toBe(true);
  });

  it('layers keychain over environment: the keychain wins, the environment fills in', async () => {
    const secrets = createLayeredSecrets({ keychain, env: { ACME_KEY: 'sk-from-env' }, envVars: { acme: 'ACME_KEY' } });
    expect(await secrets.get('acme')).toBe('sk-from-env');
    await secrets.set('acme', 'sk-from-keychain');
    expect(await secrets.get('acme')).toBe('sk-from-keychain');
    expect(await secrets.source('acme')).toEqual({ kind: 'keychain' });
    await secrets.delete('acme');
    expect(await secrets.get('acme')).toBe('sk-from-env');
  });

  it('`keys set` reads the key from stdin; `keys list` shows where keys are and never prints one', async () => {
    const secrets = createLayeredSecrets({ keychain, env: { ANTHROPIC_API_KEY: 'sk-ant-env-secret' }, envVars: apiKeyEnvVars(providers) });
    const setOut = capture();
    expect(await runKeys({ action: 'set', provider: 'acme' }, io(setOut, 'sk-acme-piped-secret\n'), { secrets, providers })).toBe(0);
    expect(await keychain.get('acme')).toBe('sk-acme-piped-secret');
    const listOut = capture();
    expect(await runKeys({ action: 'list' }, io(listOut), { secrets, providers })).toBe(0);
    expect(listOut.text()).toBe(
      'acme\tkeychain\nanthropic\tenvironment (ANTHROPIC_API_KEY)\ngroq\tnone — set with `switchyard keys set groq` or GROQ_API_KEY\n',
    );
    const deleteOut = capture();
    expect(await runKeys({ action: 'delete', provider: 'acme' }, io(deleteOut), { secrets, providers })).toBe(0);
    expect(await keychain.has('acme')).toBe(false);
    for (const text of [setOut.text(), listOut.text(), deleteOut.text()]) {
      expect(text).not.toContain('sk-acme-piped-secret');
      expect(text).not.toContain('sk-ant-env-secret');
    }
  });
});

describe('keychain failure modes (each in a child process)', () => {
  const probe = join(repoRoot, 'tests', 'helpers', 'keychain-probe.ts');
  let home: string;
  let silent: Server;
  const sockets: Socket[] = [];
  const silentPath = join(tmpdir(), `switchyard-silent-bus-${process.pid}.sock`);
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'switchyard-keychain-home-'));
    // Accepts D-Bus connections and never answers: what a hung keyring looks like from the client.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(silentPath, resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
    rmSync(home, { recursive: true, force: true });
  });

  async function runProbe(bus: string | undefined, timeoutMs: number) {
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: home };
    if (bus !== undefined) env.DBUS_SESSION_BUS_ADDRESS = bus;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', probe, String(timeoutMs)], { cwd: repoRoot, env, timeout: 30_000 });
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { ok: boolean; code?: string; message?: string; ms: number };
  }

  it('gives up on a keychain that never answers after the timeout, with advice', async () => {
    const result = await runProbe(`unix:path=${silentPath}`, 400);
    expect(result).toMatchObject({ ok: false, code: 'keychain_timeout' });
    expect(result.ms).toBeGreaterThanOrEqual(390);
    expect(result.ms).toBeLessThan(3000);
    expect(result.message).toContain('did not answer within 400 ms');
    expect(result.message).toContain('ACME_KEY');
    expect(result.message).not.toContain('sk-probe-secret-value');
  });

  it('without a Secret Service, saving fails naming the environment variable and writes nothing anywhere', async () => {
    const result = await runProbe(undefined, 3000);
    expect(result).toMatchObject({ ok: false, code: 'keychain_unavailable' });
    expect(result.message).toContain("The key for 'acme' was not saved. Set the environment variable ACME_KEY instead");
    expect(result.message).not.toContain('sk-probe-secret-value');
    expect(filesUnder(home).some((file) => readFileSync(file, 'utf8').includes('sk-probe-secret-value'))).toBe(false);
  });

  it('`keys list` without a keychain shows environment keys, notes why, and never prints a key', async () => {
    const secrets = createLayeredSecrets({ keychain: null, env: { ACME_KEY: 'sk-acme-env-secret' }, envVars: apiKeyEnvVars(providers) });
    const out = capture();
    expect(await runKeys({ action: 'list' }, io(out), { secrets, providers })).toBe(0);
    expect(out.text()).toContain('acme\tenvironment (ACME_KEY)');
    expect(out.text()).not.toContain('sk-acme-env-secret');
    const failed = await runKeys({ action: 'set', provider: 'groq', value: 'sk-groq-secret' }, io(capture()), { secrets, providers }).then(() => undefined, (error: unknown) => error);
    expect(String(failed)).toContain('Set the environment variable GROQ_API_KEY instead');
    expect(String(failed)).not.toContain('sk-groq-secret');
  });
});

describe('`switchyard keys` argv adapter', () => {
  it('refuses a key given as an argument, so it never lands in shell history', async () => {
    await expect(runKeysCommand(['set', 'acme', 'sk-in-history'], io(capture()))).rejects.toThrow('Pass the key on stdin');
    await expect(runKeysCommand(['show'], io(capture()))).rejects.toThrow('Usage: switchyard keys set|delete|list');
  });

  it('lists configured providers from --config before the catalog ones, without any key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchyard-keys-config-'));
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ providers: [{ id: 'acme', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1', apiKeyEnv: 'SWITCHYARD_TEST_UNSET_KEY' }] }));
    const out = capture();
    try {
      expect(await runKeysCommand(['list', '--config', config], io(out))).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const lines = out.text().split('\n');
    expect(lines[0]).toBe('acme\tnone — set with `switchyard keys set acme` or SWITCHYARD_TEST_UNSET_KEY');
    expect(lines.some((line) => line.startsWith('anthropic\t'))).toBe(true);
    expect(lines.some((line) => line.startsWith('ollama\tnot needed'))).toBe(true);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
