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

/** Term values, in the order of TERM_LABELS; labels are built only for the top drivers. */
export type Terms = number[];

export function scoreTerms(f: HeuristicFeatures, taskType: TaskType): Terms {
  return [
    0.55 * Math.log1p(f.tokens / 20),
    Math.min(1.2, f.codeBlocks * 1.0 + 0.25 * Math.min(3, cueCount(f, Cue.Code)) + 0.2 * Math.min(3, cueCount(f, Cue.CodeLang) + f.identifiers)),
    0.3 * Math.min(5, cueCount(f, Cue.Tech)),
    0.6 * Math.min(3, cueCount(f, Cue.Reason)) + 0.15 * Math.min(3, cueCount(f, Cue.Explain)),
    0.14 * Math.min(10, Math.max(0, f.clauses + f.questions - 1)),
    f.requestedWords >= 800 ? 1.5 : f.requestedWords >= 300 ? 0.9 : f.requestedWords >= 120 ? 0.3 : 0,
    0.45 * Math.min(2, cueCount(f, Cue.Long)),
    -0.8 * Math.min(1, cueCount(f, Cue.Short)) - (f.requestedWords > 0 && f.requestedWords < 60 ? 0.5 : 0),
    0.1 * Math.min(5, Math.max(0, f.turns - 1)),
    0.2 * Math.log1p(f.systemTokens / 100),
    TASK_PRIOR[taskType],
  ];
}

const TERM_LABELS: ((f: HeuristicFeatures) => string)[] = [
  (f) => `long prompt (~${f.tokens} tokens)`,
  () => 'contains code',
  () => 'technical vocabulary',
  () => 'reasoning verbs (prove, derive, design, compare…)',
  () => 'several requirements or sub-questions',
  (f) => `asks for a long answer (~${f.requestedWords} words)`,
  () => 'asks for detail',
  () => 'asks for a short answer',
  (f) => `a long conversation (${f.turns} turns)`,
  () => 'a large system prompt',
];

/** Up to three features that pushed the score up most (the task prior is reported separately). */
export function topDrivers(terms: Terms, f: HeuristicFeatures): string[] {
  const out: string[] = [];
  const used = new Set<number>();
  for (let k = 0; k < 3; k++) {
    let best = -1;
    for (let i = 0; i < TERM_LABELS.length; i++) {
      if (!used.has(i) && (terms[i] as number) >= 0.4 && (best === -1 || (terms[i] as number) > (terms[best] as number))) best = i;
    }
    if (best === -1) break;
    used.add(best);
    out.push((TERM_LABELS[best] as (f: HeuristicFeatures) => string)(f));
  }
  return out;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function combine(terms: Terms): number {
  let z = BIAS;
  for (const t of terms) z += t;
  return sigmoid(z);
}
