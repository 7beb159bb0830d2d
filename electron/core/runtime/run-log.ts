import type { FinishReason, Usage } from '../../../shared/chat';
import type { SwitchyardError } from '../../../shared/errors';
import type { Clock } from './clock';
import type { AttemptRecord, RuntimeResult, ServedTarget, StreamError } from './types';

const targetOf = ({ kind, provider, model }: ServedTarget): ServedTarget => ({ kind, provider, model });

/** Collects what one execution did, and turns it into the RuntimeResult callers observe. */
export class RunLog {
  readonly attempts: AttemptRecord[] = [];
  readonly startedAt: number;
  retries = 0;
  firstPartMs: number | null = null;

  constructor(
    private readonly clock: Pick<Clock, 'now'>,
    private readonly primary: ServedTarget | null,
  ) {
    this.startedAt = clock.now();
  }

  add(target: ServedTarget, outcome: AttemptRecord['outcome'], error: SwitchyardError | null, since: number): void {
    const detail = error === null ? null : { status: error.status, type: error.type, code: error.code, message: error.message };
    this.attempts.push({ ...targetOf(target), outcome, error: detail, ms: this.clock.now() - since });
  }

  markFirstPart(): void {
    this.firstPartMs ??= this.clock.now() - this.startedAt;
  }

  result(end: {
    served: ServedTarget | null;
    cacheHit: boolean;
    usage: Usage | null;
    finishReason: FinishReason | null;
    error: StreamError | null;
  }): RuntimeResult {
    const { primary } = this;
    const served = end.served === null ? null : targetOf(end.served);
    const moved = served !== null && primary !== null && !end.cacheHit &&
      (served.provider !== primary.provider || served.model !== primary.model || served.kind !== primary.kind);
    return {
      ...end,
      served,
      attempts: this.attempts,
      retries: this.retries,
      fallback: moved ? { used: true, from: targetOf(primary), to: served } : { used: false },
      timings: { firstPartMs: this.firstPartMs, totalMs: this.clock.now() - this.startedAt },
    };
  }
}
