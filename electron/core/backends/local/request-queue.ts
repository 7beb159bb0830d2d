import { QueueFullError } from '../../../../shared/errors';

/** A place in a model's queue: `granted` settles when a slot is free (or rejects on abort); `release` frees it. */
export interface Lease {
  readonly granted: Promise<void>;
  release(): void;
}

interface Waiter {
  grant(): void;
}

/** Weight of the newest generation in the running average used for retry-after estimates. */
const EMA_WEIGHT = 0.3;

/**
 * Bounded admission for one model: `slots` requests run at once, at most `depth` wait, the rest are refused
 * with QueueFullError before any work starts, so memory never grows with load.
 */
export class RequestQueue {
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private averageMs: number;

  constructor(
    private readonly label: string,
    private readonly slots: number,
    private readonly depth: number,
    initialAverageMs = 2_000,
  ) {
    this.averageMs = initialAverageMs;
  }

  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Seconds until a new request would likely start: the work ahead of it spread over the slots. */
  retryAfterSeconds(): number {
    const ahead = this.active + this.waiting.length;
    return Math.max(1, Math.ceil((ahead / this.slots) * (this.averageMs / 1000)));
  }

  /**
   * A place that runs at once (its `granted` has settled), or undefined when every slot is taken or others
   * wait ahead (then `reserve` queues it).
   */
  tryReserve(signal: AbortSignal): Lease | undefined {
    if (signal.aborted || this.active >= this.slots || this.waiting.length > 0) return undefined;
    return this.reserve(signal);
  }

  /** Takes a place or throws QueueFullError; a waiting place is given up as soon as `signal` aborts. */
  reserve(signal: AbortSignal): Lease {
    if (this.active >= this.slots && this.waiting.length >= this.depth) {
      throw new QueueFullError(this.label, this.retryAfterSeconds());
    }
    let state: 'waiting' | 'running' | 'done' = 'waiting';
    let startedAt = 0;
    let resolveGranted = (): void => {};
    let rejectGranted = (_reason: unknown): void => {};
    const granted = new Promise<void>((resolve, reject) => {
      resolveGranted = resolve;
      rejectGranted = reject;
    });
    // The owner always awaits `granted`; this only keeps an early abort from being reported as unhandled.
    granted.catch(() => {});
    const waiter: Waiter = {
      grant: () => {
        signal.removeEventListener('abort', onAbort);
        state = 'running';
        startedAt = performance.now();
        this.active += 1;
        resolveGranted();
      },
    };
    const giveUp = (): void => {
      state = 'done';
      signal.removeEventListener('abort', onAbort);
      this.remove(waiter);
    };
    const onAbort = (): void => {
      if (state !== 'waiting') return;
      giveUp();
      rejectGranted(signal.reason);
    };
    if (signal.aborted) {
      onAbort();
    } else if (this.active < this.slots && this.waiting.length === 0) {
      waiter.grant();
    } else {
      this.waiting.push(waiter);
      signal.addEventListener('abort', onAbort, { once: true });
    }
    const release = (): void => {
      if (state === 'waiting') {
        giveUp();
        rejectGranted(new Error('The queued request was released before it started.'));
      }
      if (state !== 'running') return;
      state = 'done';
      this.active -= 1;
      this.averageMs = EMA_WEIGHT * (performance.now() - startedAt) + (1 - EMA_WEIGHT) * this.averageMs;
      this.pump();
    };
    return { granted, release };
  }

  private remove(waiter: Waiter): void {
    const index = this.waiting.indexOf(waiter);
    if (index >= 0) this.waiting.splice(index, 1);
  }

  private pump(): void {
    while (this.active < this.slots) {
      const next = this.waiting.shift();
      if (next === undefined) return;
      next.grant();
    }
  }
}
