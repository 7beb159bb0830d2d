/** Smoothing time constant: long enough to calm chunk bursts, short enough to follow a real change. */
const TAU_MS = 2_000;
/** With no data for this long the transfer counts as stalled: speed 0, no ETA. */
const IDLE_MS = 3_000;

/**
 * Download speed as an exponential moving average of byte samples (time-weighted, so irregular progress
 * callbacks do not skew it), and the ETA derived from it.
 */
export class TransferRate {
  private lastBytes: number | undefined;
  private lastAt = 0;
  private ema = 0;

  /** Records that `bytes` in total had arrived at `atMs`. A drop (a restart from a saved chunk) re-bases. */
  sample(bytes: number, atMs: number): void {
    if (this.lastBytes === undefined || bytes < this.lastBytes) {
      this.lastBytes = bytes;
      this.lastAt = atMs;
      return;
    }
    const dt = atMs - this.lastAt;
    if (dt <= 0) {
      return;
    }
    const instant = ((bytes - this.lastBytes) * 1000) / dt;
    const alpha = this.ema === 0 ? 1 : 1 - Math.exp(-dt / TAU_MS);
    this.ema += alpha * (instant - this.ema);
    this.lastBytes = bytes;
    this.lastAt = atMs;
  }

  /** Bytes per second, 0 once nothing has arrived for a while. */
  bytesPerSecond(nowMs: number): number {
    if (this.lastBytes === undefined || nowMs - this.lastAt > IDLE_MS) return 0;
    return Math.round(this.ema);
  }

  reset(): void {
    this.lastBytes = undefined;
    this.ema = 0;
  }
}

/** Whole seconds left at `bytesPerSecond`; null when the size or the speed is unknown. */
export function etaSeconds(downloaded: number, total: number | null, bytesPerSecond: number): number | null {
  if (total === null || total <= 0 || bytesPerSecond <= 0) return null;
  return Math.ceil(Math.max(0, total - downloaded) / bytesPerSecond);
}
