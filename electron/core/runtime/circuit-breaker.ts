import type { Clock } from './clock';

export interface BreakerOptions {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** Or: this failure rate within `windowMs`, once the window holds at least `minRequests` outcomes. */
  failureRateThreshold: number;
  windowMs: number;
  minRequests: number;
  /** How long an open breaker refuses before letting one probe through. */
  coolDownMs: number;
}

/** The rate is judged over at most this many recent outcomes, so a busy provider costs bounded memory. */
const MAX_OUTCOMES = 256;

export type BreakerState = 'closed' | 'open' | 'half-open';
export type ProviderHealth = 'healthy' | 'degraded' | 'down';

/** Permission to send one request; a half-open breaker hands out exactly one probe at a time. */
export interface Permit {
  readonly probe: boolean;
}

/**
 * closed → open (K consecutive failures, a failure rate in the window, or one connect error) → half-open
 * after the cool-down, where a single probe decides: success closes, failure re-opens.
 */
export class CircuitBreaker {
  private current: BreakerState = 'closed';
  private consecutiveFailures = 0;
  private openedAt = 0;
  private probeInFlight = false;
  private outcomes: { at: number; ok: boolean }[] = [];

  constructor(
    private readonly options: BreakerOptions,
    private readonly clock: Pick<Clock, 'now'>,
  ) {}

  state(): BreakerState {
    if (this.current === 'open' && this.clock.now() - this.openedAt >= this.options.coolDownMs) return 'half-open';
    return this.current;
  }

  health(): ProviderHealth {
    const state = this.state();
    if (state === 'open') return 'down';
    return state === 'half-open' || this.consecutiveFailures > 0 ? 'degraded' : 'healthy';
  }

  /** Milliseconds until an open breaker lets a probe through (0 when not open). */
  retryInMs(): number {
    return this.state() === 'open' ? this.options.coolDownMs - (this.clock.now() - this.openedAt) : 0;
  }

  acquire(): Permit | null {
    const state = this.state();
    if (state === 'closed') return { probe: false };
    if (state === 'open' || this.probeInFlight) return null;
    this.current = 'half-open';
    this.probeInFlight = true;
    return { probe: true };
  }

  success(permit: Permit): void {
    this.record(true);
    this.consecutiveFailures = 0;
    if (permit.probe || this.current === 'half-open') {
      this.current = 'closed';
      this.probeInFlight = false;
      this.outcomes = [];
    }
  }

  /** `immediate` opens at once (the provider is unreachable, not merely flaky). */
  failure(permit: Permit, immediate = false): void {
    this.record(false);
    this.consecutiveFailures += 1;
    // A straggler failing while already open must not push the cool-down further out.
    if (this.current === 'open') return;
    if (permit.probe || immediate || this.current === 'half-open' || this.tripped()) this.open();
  }

  /** The permit ended without a verdict (cancelled, blocked before sending): free the probe slot. */
  release(permit: Permit): void {
    if (permit.probe) this.probeInFlight = false;
  }

  private tripped(): boolean {
    if (this.consecutiveFailures >= this.options.failureThreshold) return true;
    if (this.outcomes.length < this.options.minRequests) return false;
    const failures = this.outcomes.filter((outcome) => !outcome.ok).length;
    return failures / this.outcomes.length >= this.options.failureRateThreshold;
  }

  private open(): void {
    this.current = 'open';
    this.openedAt = this.clock.now();
    this.probeInFlight = false;
  }

  private record(ok: boolean): void {
    const now = this.clock.now();
    const horizon = now - this.options.windowMs;
    while (this.outcomes.length > 0 && (this.outcomes[0]?.at ?? now) < horizon) this.outcomes.shift();
    this.outcomes.push({ at: now, ok });
    if (this.outcomes.length > MAX_OUTCOMES) this.outcomes.shift();
  }
}
