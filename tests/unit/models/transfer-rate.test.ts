import { describe, expect, it } from 'vitest';
import { etaSeconds, TransferRate } from '../../../electron/core/models';

describe('transfer rate', () => {
  it('measures a steady transfer exactly, whatever the sampling interval', () => {
    const rate = new TransferRate();
    let t = 0;
    let bytes = 0;
    for (const step of [100, 250, 50, 400, 200]) {
      t += step;
      bytes += step * 1000; // 1 MB/s
      rate.sample(bytes, t);
    }
    expect(rate.bytesPerSecond(t)).toBe(1_000_000);
  });

  it('smooths a burst: one fast sample moves the average only part of the way', () => {
    const rate = new TransferRate();
    rate.sample(0, 0);
    rate.sample(100_000, 100); // 1 MB/s
    rate.sample(600_000, 200); // 5 MB/s for 100 ms
    const speed = rate.bytesPerSecond(200);
    expect(speed).toBeGreaterThan(1_000_000);
    // alpha = 1 - e^(-100/2000) ≈ 0.0488 → 1 MB/s + 0.0488 × 4 MB/s
    expect(speed).toBe(Math.round(1_000_000 + (1 - Math.exp(-100 / 2000)) * 4_000_000));
  });

  it('follows a lasting change within a few seconds', () => {
    const rate = new TransferRate();
    let bytes = 0;
    rate.sample(0, 0);
    for (let t = 100; t <= 2000; t += 100) rate.sample((bytes += 200_000), t); // 2 MB/s
    for (let t = 2100; t <= 4000; t += 100) rate.sample((bytes += 50_000), t); // 0.5 MB/s
    // After one time constant (2 s) the average has covered 1 - 1/e of the step from 2 to 0.5 MB/s.
    const residual = (rate.bytesPerSecond(4000) - 500_000) / 1_500_000;
    expect(residual).toBeCloseTo(Math.exp(-2000 / 2000), 2);
    for (let t = 4100; t <= 12_000; t += 100) rate.sample((bytes += 50_000), t);
    expect(Math.abs(rate.bytesPerSecond(12_000) - 500_000) / 500_000).toBeLessThan(0.03);
  });

  it('reads 0 once nothing has arrived for 3 s, and re-bases after a reset or a drop', () => {
    const rate = new TransferRate();
    rate.sample(0, 0);
    rate.sample(1_000_000, 1000);
    expect(rate.bytesPerSecond(3900)).toBe(1_000_000);
    expect(rate.bytesPerSecond(4100)).toBe(0);
    rate.sample(500_000, 5000); // fewer bytes: a new transfer, not a negative speed
    expect(rate.bytesPerSecond(5000)).toBe(1_000_000);
    rate.sample(700_000, 6000);
    expect(rate.bytesPerSecond(6000)).toBeLessThan(1_000_000);
    rate.reset();
    expect(rate.bytesPerSecond(6000)).toBe(0);
    rate.sample(10_000_000, 7000); // a resumed transfer starts with what was already on disk
    expect(rate.bytesPerSecond(7000)).toBe(0);
    rate.sample(10_400_000, 7400);
    expect(rate.bytesPerSecond(7400)).toBe(1_000_000);
  });
});

describe('ETA', () => {
  it('is the bytes left over the speed, rounded up to whole seconds', () => {
    expect(etaSeconds(0, 10_000_000, 1_000_000)).toBe(10);
    expect(etaSeconds(9_500_001, 10_000_000, 1_000_000)).toBe(1);
    expect(etaSeconds(10_000_000, 10_000_000, 1_000_000)).toBe(0);
    expect(etaSeconds(3_000_000, 10_000_000, 3_000_000)).toBe(3);
  });

  it('is unknown without a size or while nothing moves', () => {
    expect(etaSeconds(5, null, 1_000)).toBeNull();
    expect(etaSeconds(5, 0, 1_000)).toBeNull();
    expect(etaSeconds(5, 100, 0)).toBeNull();
  });
});
