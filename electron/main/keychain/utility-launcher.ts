import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { utilityProcess } from 'electron';
import type { KeychainLauncher } from '../../core/config/secrets';
import { utilityHelperScript } from './utility-helper-script';

/**
 * Starts the keychain helper with Electron's utilityProcess.fork (see utility-helper-script.ts). The script
 * is written to `dir` on first use: fork needs a file, and the source lives in the bundle as a string.
 */
export function utilityKeychainLauncher(dir: string): KeychainLauncher {
  let script: string | undefined;
  return (helperEnv) => {
    if (script === undefined) {
      mkdirSync(dir, { recursive: true });
      script = join(dir, 'keychain-helper.cjs');
      writeFileSync(script, utilityHelperScript, { mode: 0o600 });
    }
    const child = utilityProcess.fork(script, [], { env: { ...process.env, ...helperEnv }, stdio: 'ignore', serviceName: 'Switchyard keychain' });
    // Messages wait for the spawn; the helper installs its listener as soon as it runs.
    let spawned = false;
    const queue: unknown[] = [];
    child.once('spawn', () => {
      spawned = true;
      for (const message of queue.splice(0)) child.postMessage(message);
    });
    return {
      send: (message) => {
        if (spawned) child.postMessage(message);
        else queue.push(message);
      },
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => {
        child.once('exit', () => listener());
        child.once('error', () => listener());
      },
      kill: () => void child.kill(),
    };
  };
}
