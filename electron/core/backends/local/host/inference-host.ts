import { toHostSchema, type FromHost } from './host-protocol';
import { HostSession } from './host-session';

/**
 * Entry of an inference host process: node-llama-cpp (llama.cpp, native code) runs here and nowhere in the
 * engine's process, so an abort, a segfault or running out of memory ends this process only. Started by
 * `child_process.fork` (headless, tests) or Electron's `utilityProcess.fork` (desktop), which talk through
 * `process.send` and `process.parentPort` respectively.
 */

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

const parentPort = (process as { parentPort?: ParentPort }).parentPort;

/**
 * Typed by FromHost and parsed once, by the engine on receipt (host-connection.ts), which drops what it cannot
 * trust; a second parse here would put another zod pass on every batch, the first token's included.
 */
function post(message: FromHost): void {
  if (parentPort !== undefined) parentPort.postMessage(message);
  else process.send?.(message);
}

const session = new HostSession(post);

// Ctrl-C in a terminal reaches the whole process group: the engine decides when its hosts end (it shuts
// them down, or the IPC channel closes), so that in-flight requests end with "shutting down", not a crash.
process.on('SIGINT', () => {});

function receive(raw: unknown): void {
  const parsed = toHostSchema.safeParse(raw);
  if (!parsed.success) {
    post({ kind: 'log', message: `inference host: ignored a malformed message (${parsed.error.issues[0]?.message ?? 'invalid'})` });
    return;
  }
  session.handle(parsed.data);
}

if (parentPort !== undefined) {
  parentPort.on('message', (event) => receive(event.data));
} else if (process.send !== undefined) {
  process.on('message', receive);
  // The engine is gone (or closed the channel): nothing will ever ask for work again.
  process.on('disconnect', () => process.exit(0));
} else {
  process.stderr.write('The Switchyard inference host runs as a child process of the engine, not on its own.\n');
  process.exit(2);
}
post({ kind: 'ready' });
