import type { Mode } from '../../../shared/decision';

/**
 * Where a score sits on the ladder. The calibrated threshold of the mode splits local from cloud, as it always
 * has, so the chosen cloud share holds; within each side the rungs share the side's score range evenly (the
 * rung's own thresholds), so a harder request climbs to a stronger model of its side. Cost mode squares the
 * position, leaning every request towards the cheaper rungs of its side.
 */
export function scoreLevel(score: number, threshold: number, mode: Extract<Mode, 'balanced' | 'cost'>): { cloud: boolean; level: number } {
  const cloud = score >= threshold;
  const span = cloud ? 1 - threshold : threshold;
  const position = span <= 0 ? 0 : (cloud ? score - threshold : score) / span;
  const clamped = Math.min(1, Math.max(0, position));
  return { cloud, level: mode === 'cost' ? clamped * clamped : clamped };
}
