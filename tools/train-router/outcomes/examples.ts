import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { scoreHeuristic } from '../../../electron/core/router/heuristic/index';
import type { HeuristicResult } from '../../../electron/core/router/heuristic/index';
import { denseFeatures } from '../../../electron/core/router/outcome/dense-features';
import type { SparseVector } from '../../../electron/core/router/outcome/hashed-features';
import { hashedFeatures } from '../../../electron/core/router/outcome/hashed-features';
import type { OutcomeRow } from './load-outcomes';
import { textKey } from './load-outcomes';

/** One training or evaluation example, featurized once. `group` weighs sources against each other. */
export interface Example {
  text: string;
  group: string;
  /** Target in [0,1]: P(the weaker model does worse). */
  y: number;
  sparse: SparseVector;
  dense: Float32Array;
  heuristic: HeuristicResult;
}

/**
 * How an outcome becomes a target:
 *   hard — 1 when the strong model scored higher than the weak one by more than `margin`, else 0;
 *   soft — the share of the source's local-class models (the weak one and `others`) the strong model beat;
 *   gain — (strong − weak + 1) / 2, so that prompts where the weak model does better rank below ties;
 *   soft-gain — gain averaged over the local-class models.
 */
export type LabelKind = 'hard' | 'soft' | 'gain' | 'soft-gain';

export function outcomeTarget(r: OutcomeRow, kind: LabelKind, margin = 0.15): number {
  const beats = (w: number): number => (r.strong - w > margin ? 1 : 0);
  const gain = (w: number): number => (Math.max(-1, Math.min(1, r.strong - w)) + 1) / 2;
  const all = [r.weak, ...r.others];
  switch (kind) {
    case 'hard': return beats(r.weak);
    case 'soft': return all.reduce((s, w) => s + beats(w), 0) / all.length;
    case 'gain': return gain(r.weak);
    case 'soft-gain': return all.reduce((s, w) => s + gain(w), 0) / all.length;
  }
}

export function featurize(text: string, group: string, y: number, bits: number): Example {
  const heuristic = scoreHeuristic([{ role: 'user', content: text }], text);
  return { text, group, y, sparse: hashedFeatures(text, bits), dense: denseFeatures(heuristic), heuristic };
}

const priorSchema = z.object({ text: z.string(), task: z.string(), strong: z.number(), source: z.string() });

/**
 * The encoder's training examples with their prior targets (export_priors.py), minus any whose text is also an
 * outcome prompt: an outcome-test prompt must not reach training through the priors.
 */
export function loadPriors(file: string, exclude: ReadonlySet<string>): z.infer<typeof priorSchema>[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '')
    .map((l) => priorSchema.parse(JSON.parse(l)))
    .filter((p) => !exclude.has(textKey(p.text)));
}
