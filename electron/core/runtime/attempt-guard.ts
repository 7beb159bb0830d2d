import type { StreamPart } from '../../../shared/chat';
import type { SwitchyardError } from '../../../shared/errors';
import { abortedError, timeoutError } from './failure';

/** Why a backend is stopped when its attempt is over; one instance, since every request ends this way. */
const RELEASED = abortedError();

/**
 * One attempt's lifeline: an AbortController chained to the caller's signal, a first-part deadline, then
 * an idle deadline between parts, and `race` so a backend that ignores its signal still cannot
 * hold the chain (a stalled `next()` is abandoned the moment the deadline or the caller's abort fires).
 */
export class AttemptGuard {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idleMs = 0;
  /** When the current wait on the backend began; null while the consumer holds the part. */
  private waitingSince: number | null = null;
  private interrupted: SwitchyardError | null = null;
  private rejectPending: ((error: SwitchyardError) => void) | null = null;
  private readonly onCallerAbort = (): void => this.interrupt(abortedError());

  constructor(
    private readonly callerSignal: AbortSignal,
    firstPartMs: number,
  ) {
    callerSignal.addEventListener('abort', this.onCallerAbort, { once: true });
    if (callerSignal.aborted) this.onCallerAbort();
    else this.arm(firstPartMs, 'first_part_timeout');
  }

  /** The signal handed to the backend. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Why the attempt was cut short (timeout or caller abort), if it was. */
  get failure(): SwitchyardError | null {
    return this.interrupted;
  }

  /** The first part arrived: from now on only the idle deadline applies (see `nextPart`). */
  startIdle(idleMs: number): void {
    this.clearTimer();
    this.idleMs = idleMs;
  }

  /**
   * The backend's next part under the idle deadline. The deadline runs only while waiting on the backend,
   * so a consumer that reads slowly (a client applying backpressure) never trips it.
   */
  async nextPart(iterator: AsyncIterator<StreamPart>): Promise<IteratorResult<StreamPart>> {
    this.waitingSince = Date.now();
    // One timer checks the wait's age instead of a setTimeout/clearTimeout pair per part (per token).
    if (this.timer === null && Number.isFinite(this.idleMs) && this.idleMs > 0) this.timer = setTimeout(this.onIdleTick, this.idleMs);
    try {
      return await this.race(iterator.next());
    } finally {
      this.waitingSince = null;
    }
  }

  private readonly onIdleTick = (): void => {
    this.timer = null;
    if (this.waitingSince === null) return; // the consumer has the part; the next wait re-arms
    const waited = Date.now() - this.waitingSince;
    if (waited >= this.idleMs) this.interrupt(timeoutError('idle_timeout', this.idleMs));
    else this.timer = setTimeout(this.onIdleTick, this.idleMs - waited);
  };

  race<T>(work: Promise<T>): Promise<T> {
    if (this.interrupted !== null) {
      work.catch(() => undefined);
      return Promise.reject(this.interrupted);
    }
    return new Promise<T>((resolve, reject) => {
      this.rejectPending = reject;
      work.then(
        (value) => {
          this.rejectPending = null;
          resolve(value);
        },
        (error: unknown) => {
          this.rejectPending = null;
          reject(error);
        },
      );
    });
  }

  /** Stop the backend (when the consumer left or the attempt is over) and drop every timer and listener. */
  dispose(): void {
    this.clearTimer();
    this.callerSignal.removeEventListener('abort', this.onCallerAbort);
    if (!this.controller.signal.aborted) this.controller.abort(RELEASED);
  }

  private arm(ms: number, which: 'first_part_timeout' | 'idle_timeout'): void {
    this.clearTimer();
    if (!Number.isFinite(ms) || ms <= 0) return;
    this.timer = setTimeout(() => this.interrupt(timeoutError(which, ms)), ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private interrupt(error: SwitchyardError): void {
    if (this.interrupted !== null) return;
    this.interrupted = error;
    this.clearTimer();
    this.controller.abort(error);
    this.rejectPending?.(error);
    this.rejectPending = null;
  }
}
