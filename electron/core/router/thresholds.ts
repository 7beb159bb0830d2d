import { z } from 'zod';
import type { Mode } from '../../../shared/decision';
import type { RouterSettings } from '../../../shared/settings/router';
import bundled from '../../../resources/router/thresholds.json' with { type: 'json' };

/**
 * Per-mode score thresholds, calibrated RouteLLM-style by tools/calibrate-router (see its README):
 * on a calibration set, the threshold for a mode is the score quantile that sends the chosen share of
 * requests to cloud. One set per scorer, because the outcome model's score has a different
 * distribution from the heuristic's. privacy and speed modes use no threshold.
 */
const modeThresholdsSchema = z.object({
  balanced: z.number().min(0).max(1),
  cost: z.number().min(0).max(1),
  /** Share of the calibration set each threshold sends to cloud (documentation only). */
  cloudShare: z.object({ balanced: z.number(), cost: z.number() }).optional(),
  samples: z.number().int().optional(),
  /** The calibration scores at 0%, 5%, …, 100%: where a score ranks, for the rungs within a side (score-level.ts). */
  quantiles: z.array(z.number().min(0).max(1)).min(2).max(101)
    .refine((q) => q.every((v, i) => i === 0 || v >= (q[i - 1] ?? 0)), 'quantiles must be ascending').optional(),
});
export type ModeThresholds = z.infer<typeof modeThresholdsSchema>;

export const thresholdsFileSchema = z.object({
  version: z.literal(1),
  procedure: z.string(),
  calibratedAt: z.string().optional(),
  scorers: z.object({ heuristic: modeThresholdsSchema, outcome: modeThresholdsSchema.optional() }),
});
export type ThresholdsFile = z.infer<typeof thresholdsFileSchema>;

/** The thresholds shipped in resources/router/thresholds.json. */
export const BUNDLED_THRESHOLDS: ThresholdsFile = thresholdsFileSchema.parse(bundled);

export type Scorer = 'heuristic' | 'outcome';

/** The calibration quantiles of a scorer's score, when the file has them. */
export function quantilesFor(file: ThresholdsFile, scorer: Scorer): readonly number[] | undefined {
  return (scorer === 'outcome' ? (file.scorers.outcome ?? file.scorers.heuristic) : file.scorers.heuristic).quantiles;
}

/** The threshold a mode applies to a score from `scorer`, after the user's overrides in settings. */
export function thresholdFor(
  file: ThresholdsFile, scorer: Scorer, mode: Extract<Mode, 'balanced' | 'cost'>, overrides: RouterSettings['thresholds'],
): number {
  const set = scorer === 'outcome' ? (file.scorers.outcome ?? file.scorers.heuristic) : file.scorers.heuristic;
  return overrides[mode] ?? set[mode];
}
