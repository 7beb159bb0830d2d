import { z } from 'zod';
import type { HeuristicResult } from '../heuristic/index';
import { DENSE_NAMES, denseFeatures } from './dense-features';
import { hashedFeatures } from './hashed-features';

/**
 * The outcome scorer: logistic regression over hashed n-grams (hashed-features.ts) and the heuristic's dense
 * features (dense-features.ts), trained by tools/train-router/outcomes on real per-prompt outcomes of weak and
 * strong models. Its output is P(the weaker model does worse than the stronger one | prompt).
 */
export const outcomeModelHeaderSchema = z.object({
  version: z.literal(1),
  kind: z.literal('hashed-logistic'),
  bits: z.number().int().min(10).max(24),
  denseNames: z.array(z.string()),
  bias: z.number(),
  dense: z.array(z.number()),
  /** Multiply the int8 hashed weights by this. */
  hashedScale: z.number().positive(),
  trainedAt: z.string(),
  procedure: z.string(),
});
export type OutcomeModelHeader = z.infer<typeof outcomeModelHeaderSchema>;

export interface OutcomeModel {
  header: OutcomeModelHeader;
  /** 2^bits int8 weights, one per hashed slot (scaled by header.hashedScale). */
  hashed: Int8Array;
}

export function checkModel(m: OutcomeModel): void {
  if (m.hashed.length !== 1 << m.header.bits) throw new Error(`outcome model: ${m.hashed.length} hashed weights, header says 2^${m.header.bits}`);
  const names = m.header.denseNames.join(',');
  if (names !== DENSE_NAMES.join(',') || m.header.dense.length !== DENSE_NAMES.length) {
    throw new Error('outcome model: dense features differ from this build (retrain with tools/train-router/outcomes)');
  }
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's logit for a prompt; `text` is what the classifier port sees (classifierText). */
export function outcomeLogit(m: OutcomeModel, text: string, h: HeuristicResult): number {
  let z = m.header.bias;
  const dense = denseFeatures(h);
  for (let i = 0; i < dense.length; i++) z += (dense[i] ?? 0) * (m.header.dense[i] ?? 0);
  const sparse = hashedFeatures(text, m.header.bits);
  let dot = 0;
  for (let i = 0; i < sparse.indices.length; i++) dot += (sparse.values[i] ?? 0) * (m.hashed[sparse.indices[i] ?? 0] ?? 0);
  return z + dot * m.header.hashedScale;
}

export function outcomeProbability(m: OutcomeModel, text: string, h: HeuristicResult): number {
  return sigmoid(outcomeLogit(m, text, h));
}
