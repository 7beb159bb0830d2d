import type { TaskType } from '../../../../shared/decision';
import type { HeuristicFeatures } from './features';
import { cueCount } from './features';
import { Cue } from './vocab';

/**
 * Complexity score: a logistic over additive feature terms (a hand-set linear model; its ranking is
 * what matters, because per-mode thresholds are calibrated on it, see tools/calibrate-router).
 * Each term is capped so no single feature can dominate.
 */
const BIAS = -2.3;
const TASK_PRIOR: Record<TaskType, number> = {
  chitchat: -1.5, arithmetic: -1.5, translation: -0.6, classification: -0.8, extraction: -0.6, rewriting: -0.6,
  summarization: -0.3, qa: -0.2, creative: 0.2, other: 0, code: 0.7, math: 0.6, reasoning: 0.7,
};

export interface Term { label: string; value: number }

export function scoreTerms(f: HeuristicFeatures, taskType: TaskType): Term[] {
  const reason = cueCount(f, Cue.Reason);
  const terms: Term[] = [
    { label: `long prompt (~${f.tokens} tokens)`, value: 0.55 * Math.log1p(f.tokens / 20) },
    { label: 'contains code', value: Math.min(1.2, f.codeBlocks * 1.0 + 0.25 * Math.min(3, cueCount(f, Cue.Code))) },
    { label: 'technical vocabulary', value: 0.3 * Math.min(5, cueCount(f, Cue.Tech)) },
    { label: 'reasoning verbs (prove, derive, design, compare…)', value: 0.6 * Math.min(3, reason) + 0.15 * Math.min(3, cueCount(f, Cue.Explain)) },
    { label: 'several requirements or sub-questions', value: 0.14 * Math.min(10, Math.max(0, f.clauses + f.questions - 1)) },
    { label: `asks for a long answer (~${f.requestedWords} words)`, value: f.requestedWords >= 800 ? 1.5 : f.requestedWords >= 300 ? 0.9 : f.requestedWords >= 120 ? 0.3 : 0 },
    { label: 'asks for detail', value: 0.45 * Math.min(2, cueCount(f, Cue.Long)) },
    { label: 'asks for a short answer', value: -0.8 * Math.min(1, cueCount(f, Cue.Short)) - (f.requestedWords > 0 && f.requestedWords < 60 ? 0.5 : 0) },
    { label: `a long conversation (${f.turns} turns)`, value: 0.1 * Math.min(5, Math.max(0, f.turns - 1)) },
    { label: 'a large system prompt', value: 0.2 * Math.log1p(f.systemTokens / 100) },
    { label: `task: ${taskType}`, value: TASK_PRIOR[taskType] },
  ];
  return terms;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function combine(terms: readonly Term[]): number {
  let z = BIAS;
  for (const t of terms) z += t.value;
  return sigmoid(z);
}
