import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { KeychainSecrets, KeychainUnavailableError, nodeKeychainLauncher, type KeychainHelperEnv, type KeychainLauncher } from '../../electron/core/config/secrets';
import { utilityHelperScript } from '../../electron/main/keychain/utility-helper-script';

const service = `switchyard-launcher-test-${process.pid}`;
// Real keychain calls only inside tests/helpers/with-keyring.sh's throwaway keyring.
const inKeyring = process.env.SWITCHYARD_KEYRING_HOME !== undefined;
if (!inKeyring) console.warn('[keychain] launcher round trips skipped: run them with: bash tests/helpers/with-keyring.sh npx vitest run tests/integration/keychain-launcher.test.ts');

/**
 * Electron's utilityProcess cannot run here, so its child side is reproduced in plain Node: a
 * `process.parentPort` that receives `{data}` events and whose postMessage answers, carried as JSON lines
 * over stdio, and no `process.send` — exactly what utility-helper-script.ts's prelude adapts.
 */
const parentPortPrelude = String.raw`
const { EventEmitter } = require('node:events');
const port = new EventEmitter();
port.postMessage = (message) => process.stdout.write(JSON.stringify(message) + '\n');
process.parentPort = port;
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => port.emit('message', { data: JSON.parse(line) }));
process.stdin.on('end', () => process.exit(0));
`;

function parentPortLauncher(seen: KeychainHelperEnv[]): KeychainLauncher {
  return (helperEnv) => {
    seen.push(helperEnv);
    const child = spawn(process.execPath, ['-e', parentPortPrelude + utilityHelperScript], { env: { ...process.env, ...helperEnv }, stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout });
    return {
      send: (message) => child.stdin.write(`${JSON.stringify(message)}\n`),
      onMessage: (listener) => lines.on('line', (line) => listener(JSON.parse(line))),
      onExit: (listener) => child.once('exit', () => listener()),
      kill: () => child.kill('SIGKILL'),
    };
  };
}

describe('keychain helper launcher port', () => {
  it('reports a helper that dies as an unusable keychain, whichever launcher started it', async () => {
    const dying: KeychainLauncher = () => {
      const child = spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      return { send: () => {}, onMessage: () => {}, onExit: (listener) => child.once('exit', () => listener()), kill: () => child.kill('SIGKILL') };
    };
    const keychain = new KeychainSecrets({ service, launcher: dying, timeoutMs: 5000 });
    const failure = await keychain.has('nobody').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KeychainUnavailableError);
    expect((failure as Error).message).toContain('stopped unexpectedly');
    await keychain.dispose();
  });

  it.skipIf(!inKeyring)('round-trips a key through the default launcher, started once with the library path and service', async () => {
    const seen: KeychainHelperEnv[] = [];
    const counting: KeychainLauncher = (env) => {
      seen.push(env);
      return nodeKeychainLauncher(env);
    };
    const keychain = new KeychainSecrets({ service, launcher: counting });
    try {
      await keychain.set('acme', 'sk-launcher-default-0001');
      expect(await keychain.get('acme')).toBe('sk-launcher-default-0001');
      expect(await keychain.delete('acme')).toBe(true);
      expect(await keychain.has('acme')).toBe(false);
      expect(seen).toHaveLength(1);
      expect(seen[0]?.SWITCHYARD_KEYRING_SERVICE).toBe(service);
      expect(seen[0]?.SWITCHYARD_KEYRING_MODULE).toMatch(/@napi-rs[\\/]keyring/);
    } finally {
      await keychain.dispose();
    }
  });

  it.skipIf(!inKeyring)('round-trips a key through the utilityProcess helper script over a parentPort', async () => {
    const seen: KeychainHelperEnv[] = [];
    const keychain = new KeychainSecrets({ service, launcher: parentPortLauncher(seen) });
    try {
      await keychain.set('acme', 'sk-launcher-utility-0002');
      expect(await keychain.get('acme')).toBe('sk-launcher-utility-0002');
      expect(await keychain.delete('acme')).toBe(true);
      expect(await keychain.get('acme')).toBeUndefined();
      expect(seen).toHaveLength(1);
    } finally {
      await keychain.dispose();
    }
  });
});
