import { SwitchyardError, UnavailableError } from '../../../../../shared/errors';
import { HostConnection } from './host-connection';
import type { HostLauncher } from './host-launcher';
import type { CallArgs, CallResult, HostCall } from './host-protocol';

/** An idle inspector exits after this long; the next model-list read starts another. */
const IDLE_MS = 60_000;

/**
 * A host process without a model, for what the model list needs before (or without) loading: GGUF headers,
 * llama.cpp's memory estimates, the hardware summary. Kept apart from the model hosts so a file that upsets
 * the parser cannot take a loaded model down, and started on demand so the engine never loads llama.cpp.
 */
export class HostInspector {
  private connection: HostConnection | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private active = 0;
  private disposed = false;

  constructor(
    private readonly launcher: HostLauncher,
    private readonly log: (message: string) => void,
  ) {}

  async call<K extends HostCall>(op: K, args: CallArgs<K>): Promise<CallResult<K>> {
    if (this.disposed) throw new UnavailableError('The local backend is shutting down.');
    const connection = this.get();
    this.active += 1;
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    try {
      await connection.ready;
      return await connection.call(op, args);
    } finally {
      this.active -= 1;
      if (this.active === 0) {
        this.idleTimer = setTimeout(() => void connection.shutdown(), IDLE_MS);
        this.idleTimer.unref();
      }
    }
  }

  private get(): HostConnection {
    if (this.connection?.alive !== true || this.connection.expectedExit) {
      this.connection = new HostConnection(this.launcher, 'inspector', this.log, (reason, expected) =>
        expected
          ? new UnavailableError('The model inspector was shut down.')
          : new SwitchyardError(`Internal error: the model inspector process ended (${reason}).`, { status: 500, type: 'server_error', code: 'internal_error' }));
    }
    return this.connection;
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    await this.connection?.shutdown();
  }
}
