import { fork } from 'node:child_process';
import { hostEntry } from './host-entry';

/** How an inference host ended: an exit code, or the signal that killed it (null when the launcher cannot tell). */
export interface HostExit {
  code: number | null;
  signal: string | null;
}

/** A running inference host process, however it was started. */
export interface HostProcess {
  readonly pid: number | undefined;
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once, when the process has ended for whatever reason. */
  onExit(listener: (exit: HostExit) => void): void;
  /** Lines the host wrote to stderr (llama.cpp's last words before an abort land there). */
  onStderr(listener: (text: string) => void): void;
  kill(signal?: NodeJS.Signals): void;
}

/**
 * Starts one inference host. The default forks Node (headless, the CLI, tests); the desktop shell passes one
 * built on Electron's utilityProcess (electron/main/inference/utility-host-launcher.ts).
 */
export type HostLauncher = (options: { name: string }) => HostProcess;

export const forkHostLauncher: HostLauncher = () => {
  const entry = hostEntry();
  const child = fork(entry.path, [], {
    execArgv: entry.execArgv,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    serialization: 'advanced',
  });
  // An engine that exits (even abruptly) takes its hosts with it.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let exited = false;
  const exitListeners: ((exit: HostExit) => void)[] = [];
  const ended = (exit: HostExit): void => {
    if (exited) return;
    exited = true;
    process.removeListener('exit', killOnExit);
    for (const listener of exitListeners) listener(exit);
  };
  child.once('exit', (code, signal) => ended({ code, signal }));
  child.once('error', () => ended({ code: child.exitCode, signal: child.signalCode }));
  child.stderr?.setEncoding('utf8');
  return {
    pid: child.pid,
    send: (message) => {
      if (child.connected) child.send(message as object);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => void exitListeners.push(listener),
    onStderr: (listener) => child.stderr?.on('data', (chunk: string) => listener(chunk)),
    kill: (signal = 'SIGKILL') => void child.kill(signal),
  };
};
