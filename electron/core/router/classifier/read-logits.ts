import type { ClassifierResult } from '../classifier-port';
import type { HeadLayout } from './head-layout';

/** Probability a classifier with no strong/weak head reports: no opinion. */
export const NO_OPINION = 0.5;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

function softmaxAt(logits: ArrayLike<number>, indices: readonly number[], target: number): number {
  let max = -Infinity;
  for (const i of indices) max = Math.max(max, logits[i] ?? -Infinity);
  let sum = 0;
  for (const i of indices) sum += Math.exp((logits[i] ?? -Infinity) - max);
  return Math.exp((logits[target] ?? -Infinity) - max) / sum;
}

function strongProbability(logits: ArrayLike<number>, layout: HeadLayout): number {
  const head = layout.strong;
  if (!head) return NO_OPINION;
  if (head.kind === 'pair') {
    if (layout.multiLabel) return sigmoid(logits[head.strong] ?? 0);
    return softmaxAt(logits, [head.weak, head.strong], head.strong);
  }
  if (layout.multiLabel) return sigmoid(logits[head.index] ?? 0);
  return softmaxAt(logits, layout.labels.map((_, i) => i), head.index);
}

/** Turns one row of logits into the port's answer; a winning label that is no task type counts as 'other'. */
export function readLogits(logits: ArrayLike<number>, layout: HeadLayout): ClassifierResult {
  const strong = strongProbability(logits, layout);
  if (layout.taskIndices.length === 0) return { taskType: 'other', taskConfidence: 0, strongProbability: strong };
  let best = layout.taskIndices[0] ?? 0;
  for (const i of layout.taskIndices) if ((logits[i] ?? -Infinity) > (logits[best] ?? -Infinity)) best = i;
  const confidence = layout.multiLabel ? sigmoid(logits[best] ?? 0) : softmaxAt(logits, layout.taskIndices, best);
  return { taskType: layout.taskTypes.get(best) ?? 'other', taskConfidence: confidence, strongProbability: strong };
}
