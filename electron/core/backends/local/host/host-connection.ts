import type { StreamPart } from '../../../../../shared/chat';
import { SwitchyardError } from '../../../../../shared/errors';
import { fromHostSchema, hostCalls, type FromHost, type CallArgs, type CallResult, type HostCall, type ToHost } from './host-protocol';
import type { HostExit, HostLauncher, HostProcess } from './host-launcher';
import { reviveError } from './wire-error';

/** How long a host may take to free its model and exit when asked before it is killed. */
const SHUTDOWN_GRACE_MS = 3_000;
/** stderr kept for the crash report: only the tail matters (llama.cpp's last words). */
const STDERR_TAIL = 4_096;

interface PendingCall {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  op: HostCall;
}

/** Why a host ended, in words for an error message: the signal or exit code, and the native error if it said one. */
export function describeExit(exit: HostExit, stderr: string): string {
  const how = exit.signal !== null ? `killed by ${exit.signal}` : exit.code !== null ? `exit code ${exit.code}` : 'exited';
  // Only lines that name the native failure; other stderr text (paths, prompts in debug logs) stays out of messages.
  const native = stderr.split('\n').map((line) => line.trim())
    .filter((line) => /what\(\)|GGML_ASSERT|GGML_ABORT|terminate called|Segmentation fault|out of memory|std::bad_alloc/i.test(line))
    .slice(-2).map((line) => line.slice(0, 200));
  return native.length === 0 ? how : `${how}: ${native.join(' ')}`;
}

type ParsedPart = Extract<FromHost, { kind: 'parts' }>['parts'][number];

/** A parsed part without the `undefined` keys zod leaves for absent optional fields. */
function toStreamPart(part: ParsedPart): StreamPart {
  if (part.type === 'finish') {
    const { promptTokens, completionTokens, cachedPromptTokens, predictions } = part.usage;
    return {
      type: 'finish',
      reason: part.reason,
      usage: {
        promptTokens, completionTokens,
        ...(cachedPromptTokens === undefined ? {} : { cachedPromptTokens }),
        ...(predictions === undefined ? {} : { predictions }),
      },
    };
  }
  if (part.type !== 'tool-call-delta') return part;
  return {
    type: 'tool-call-delta',
    index: part.index,
    ...(part.id === undefined ? {} : { id: part.id }),
    ...(part.name === undefined ? {} : { name: part.name }),
    argumentsDelta: part.argumentsDelta,
  };
}

/**
 * The engine's end of one inference host process: typed calls (each result parsed with its schema),
 * stream batches routed to their reader, and one exit notification. Knows nothing of crash policy
 * (model-host.ts decides that).
 */
export class HostConnection {
  private readonly process: HostProcess;
  private readonly calls = new Map<number, PendingCall>();
  private readonly streams = new Map<string, (parts: StreamPart[]) => void>();
  private nextCall = 1;
  private stderr = '';
  private exitError: Error | undefined;
  /** Set when the engine itself ended the host (unload, shutdown): its exit is not a crash. */
  expectedExit = false;
  /** Set by whoever kills a hung host, so the crash report says why. */
  killReason: string | undefined;
  readonly exited: Promise<{ exit: HostExit; reason: string }>;
  readonly ready: Promise<void>;

  constructor(
    launcher: HostLauncher,
    name: string,
    private readonly log: (message: string) => void,
    /** The error pending calls fail with once the host is gone. */
    exitErrorFor: (reason: string, expected: boolean) => Error,
  ) {
    this.process = launcher({ name });
    let markReady = (): void => {};
    this.ready = new Promise<void>((resolve) => (markReady = resolve));
    this.exited = new Promise((resolve) => {
      this.process.onExit((exit) => {
        const reason = this.killReason ?? describeExit(exit, this.stderr);
        const error = exitErrorFor(reason, this.expectedExit);
        this.exitError = error;
        for (const call of this.calls.values()) call.reject(error);
        this.calls.clear();
        resolve({ exit, reason });
      });
    });
    // A host that dies before saying ready must not leave `ready` waiting forever.
    void this.exited.then(() => markReady());
    this.process.onStderr((text) => {
      this.stderr = (this.stderr + text).slice(-STDERR_TAIL);
    });
    this.process.onMessage((raw) => {
      const parsed = fromHostSchema.safeParse(raw);
      if (!parsed.success) {
        this.log(`inference host ${name}: ignored a malformed message`);
        this.failMalformed(raw);
        return;
      }
      const message = parsed.data;
      switch (message.kind) {
        case 'ready':
          markReady();
          break;
        case 'log':
          this.log(message.message);
          break;
        case 'parts':
          this.streams.get(message.stream)?.(message.parts.map(toStreamPart));
          break;
        case 'reply': {
          const call = this.calls.get(message.id);
          if (call === undefined) return;
          this.calls.delete(message.id);
          if (message.error !== undefined) {
            call.reject(reviveError(message.error));
            return;
          }
          const result = hostCalls[call.op].result.safeParse(message.value);
          if (result.success) call.resolve(result.data);
          else call.reject(new SwitchyardError(`Internal error: the inference host answered '${call.op}' with a malformed result.`, { status: 500, type: 'server_error', code: 'internal_error' }));
          break;
        }
      }
    });
  }

  /**
   * A malformed message is never used, but the stream or call it names is ended with an internal error rather
   * than left waiting for the hang timeout (the host does not check what it sends; this side parses once).
   */
  private failMalformed(raw: unknown): void {
    if (typeof raw !== 'object' || raw === null) return;
    const { kind, stream, id } = raw as { kind?: unknown; stream?: unknown; id?: unknown };
    if (kind === 'parts' && typeof stream === 'string') {
      this.streams.get(stream)?.([{ type: 'error', error: { message: 'Internal error: the inference host sent a malformed part.', type: 'server_error', code: 'internal_error' } }]);
    } else if (kind === 'reply' && typeof id === 'number') {
      const call = this.calls.get(id);
      if (call === undefined) return;
      this.calls.delete(id);
      call.reject(new SwitchyardError(`Internal error: the inference host answered '${call.op}' with a malformed message.`, { status: 500, type: 'server_error', code: 'internal_error' }));
    }
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  get alive(): boolean {
    return this.exitError === undefined;
  }

  call<K extends HostCall>(op: K, args: CallArgs<K>): Promise<CallResult<K>> {
    if (this.exitError !== undefined) return Promise.reject(this.exitError);
    const id = this.nextCall++;
    return new Promise<CallResult<K>>((resolve, reject) => {
      this.calls.set(id, { resolve: resolve as (value: unknown) => void, reject, op });
      this.send({ kind: 'call', id, op, args });
    });
  }

  /** Routes this stream's batches to `onParts` until `closeStream`. */
  openStream(stream: string, onParts: (parts: StreamPart[]) => void): void {
    this.streams.set(stream, onParts);
  }

  closeStream(stream: string): void {
    this.streams.delete(stream);
  }

  send(message: ToHost): void {
    if (this.exitError === undefined) this.process.send(message);
  }

  kill(reason?: string): void {
    if (reason !== undefined) this.killReason ??= reason;
    this.process.kill('SIGKILL');
  }

  /** Asks the host to free its model and exit; kills it if it has not within the grace period. */
  async shutdown(): Promise<void> {
    this.expectedExit = true;
    if (this.exitError !== undefined) return;
    this.send({ kind: 'shutdown' });
    const timer = setTimeout(() => this.process.kill('SIGKILL'), SHUTDOWN_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }
}
