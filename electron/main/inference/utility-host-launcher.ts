import { utilityProcess } from 'electron';
import type { HostLauncher } from '../../core/backends/local';

/**
 * Starts inference hosts with Electron's utilityProcess.fork: the packaged app's RunAsNode fuse is off, so
 * `child_process.fork` of Node is not available, and a utility process is what Chromium uses for exactly
 * this (a crash there never touches the main process or the windows). `entry` is the host bundle Vite
 * builds beside main.cjs (forge.config.ts).
 */
export function utilityHostLauncher(entry: string): HostLauncher {
  return ({ name }) => {
    const child = utilityProcess.fork(entry, [], { stdio: ['ignore', 'ignore', 'pipe'], serviceName: `Switchyard inference (${name})` });
    // Messages wait for the spawn; the host installs its listener as soon as it runs.
    let spawned = false;
    const queue: unknown[] = [];
    child.once('spawn', () => {
      spawned = true;
      for (const message of queue.splice(0)) child.postMessage(message);
    });
    let exited = false;
    return {
      get pid() {
        return child.pid;
      },
      send: (message) => {
        if (exited) return;
        if (spawned) child.postMessage(message);
        else queue.push(message);
      },
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => {
        child.once('exit', (code) => {
          exited = true;
          // utilityProcess reports no signal; llama.cpp's abort is still named by the host's stderr.
          listener({ code, signal: null });
        });
      },
      onStderr: (listener) => {
        child.stderr?.setEncoding('utf8');
        child.stderr?.on('data', (chunk: string) => listener(chunk));
      },
      kill: (signal = 'SIGKILL') => {
        // child.kill() is SIGTERM, which a stopped (hung) process never acts on.
        if (child.pid !== undefined) {
          try {
            process.kill(child.pid, signal);
            return;
          } catch {
            // Gone already, or not ours to signal: fall back to Electron's own kill.
          }
        }
        child.kill();
      },
    };
  };
}
