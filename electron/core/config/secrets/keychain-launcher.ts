import { spawn } from 'node:child_process';
import { keychainHelperSource } from './keychain-helper-source';

/** A running keychain helper process, however it was started. */
export interface KeychainChannel {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: () => void): void;
  /** Ends the helper at once, even mid-call. */
  kill(): void;
}

/** Where the helper needs to find the keyring library and which service name to use. */
export interface KeychainHelperEnv {
  SWITCHYARD_KEYRING_MODULE: string;
  SWITCHYARD_KEYRING_SERVICE: string;
}

/**
 * Starts the helper. The default runs `process.execPath -e <source>` (Node, headless, the CLI, tests);
 * the desktop shell, whose RunAsNode fuse is off, passes one built on Electron's utilityProcess that
 * runs `keychainHelperSource` from a file.
 */
export type KeychainLauncher = (env: KeychainHelperEnv) => KeychainChannel;

export const nodeKeychainLauncher: KeychainLauncher = (helperEnv) => {
  const child = spawn(process.execPath, ['-e', keychainHelperSource], {
    env: { ...process.env, ...helperEnv, ELECTRON_RUN_AS_NODE: '1' },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    windowsHide: true,
  });
  // Neither the helper nor its channel keeps the engine alive; an exit kills a helper stuck mid-call.
  child.unref();
  child.channel?.unref();
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  return {
    send: (message) => child.send(message as object),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => {
      child.once('exit', listener);
      child.once('error', listener);
    },
    kill: () => child.kill('SIGKILL'),
  };
};
