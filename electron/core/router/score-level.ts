import type { Mode } from '../../../shared/decision';

/**
 * Where a score sits on the ladder. The calibrated threshold of the mode splits local from cloud, as it always
 * has, so the chosen cloud share holds. Within each side the position is the score's rank among the calibration
 * prompts on that side (`quantiles`: the calibration scores at 0%, 5%, …, 100%), so the rungs of a side share
 * its traffic evenly — the per-rung calibration; without quantiles, the side's score range is split evenly.
 * A harder request climbs to a stronger model of its side. Cost mode squares the position, leaning every request
 * towards the cheaper rungs of its side.
 */
export function scoreLevel(
  score: number, threshold: number, mode: Extract<Mode, 'balanced' | 'cost'>, quantiles?: readonly number[],
): { cloud: boolean; level: number } {
  const cloud = score >= threshold;
  const at = quantiles !== undefined && quantiles.length >= 2 ? (x: number) => rank(x, quantiles) : (x: number) => x;
  const s = at(score); const t = at(threshold);
  const span = cloud ? 1 - t : t;
  const position = span <= 0 ? 0 : (cloud ? s - t : s) / span;
  const clamped = Math.min(1, Math.max(0, position));
  return { cloud, level: mode === 'cost' ? clamped * clamped : clamped };
}

/** The share of calibration prompts scoring below `x`, interpolated between the stored quantiles. */
export function rank(x: number, quantiles: readonly number[]): number {
  const n = quantiles.length - 1;
  const first = quantiles[0] ?? 0; const last = quantiles[n] ?? 1;
  if (x <= first) return 0;
  if (x >= last) return 1;
  for (let i = 1; i <= n; i++) {
    const hi = quantiles[i] ?? 1; const lo = quantiles[i - 1] ?? 0;
    if (x <= hi) return (i - 1 + (hi > lo ? (x - lo) / (hi - lo) : 1)) / n;
  }
  return 1;
}
