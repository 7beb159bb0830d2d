import type { TaskType } from '../../../../shared/decision';
import type { FeedbackState } from './feedback-state';

/**
 * The per-user adjustment: a small online logistic layer on top of the shipped score,
 *   p = σ(a·logit(s) + b + c[taskType]),   starting at a = 1, b = 0, c = 0 (p = s, the identity).
 * Bounded three ways, so a few clicks cannot swing routing: the change to a score is clamped to ±MAX_DELTA;
 * each label moves z by at most LEARNING_RATE (a normalised step, whatever the score); and every update
 * pulls all parameters toward the identity (L2 / weight decay), so old or conflicting labels fade.
 */
export const MAX_DELTA = 0.15;
/** Largest change of z per label; with σ' ≤ 1/4, three labels move a score by at most 3 · 0.06 / 4 ≈ 0.045. */
export const LEARNING_RATE = 0.06;
/** Fraction of the distance to the identity removed at every update. */
export const PULL = 0.02;
/** Hard bounds on the parameters themselves (the delta clamp already bounds their effect). */
const A_RANGE = [0.5, 1.5] as const;
const BIAS_LIMIT = 1.5;
/** Scores are clipped before logit, so 0 and 1 stay finite (|logit| ≤ 4.6). */
const EPS = 0.01;

export interface Adjusted {
  score: number;
  /** adjusted − shipped, within ±MAX_DELTA. */
  delta: number;
}

/** 1: the request needed the stronger model; 0: the cheaper model was enough. */
export type Label = 0 | 1;

export interface UpdateInput {
  /** The shipped score of the labelled request (before any adjustment). */
  score: number;
  taskType: TaskType;
  label: Label;
}

export interface LearningOptions {
  learningRate?: number;
  pull?: number;
}

export function adjust(state: FeedbackState, score: number, taskType: TaskType): Adjusted {
  if (state.labels === 0 || !Number.isFinite(score)) return { score, delta: 0 };
  // Relative to the clipped identity, so a score near 0 or 1 is not moved by the clipping alone.
  const delta = clamp(predict(state, score, taskType) - clamp(score, EPS, 1 - EPS), -MAX_DELTA, MAX_DELTA);
  const adjusted = clamp(score + delta, 0, 1);
  return { score: adjusted, delta: adjusted - score };
}

/** One SGD step on the log-loss of the label, normalised so it moves z by lr·|p − y|, then the pull. */
export function update(state: FeedbackState, input: UpdateInput, options: LearningOptions = {}): FeedbackState['parameters'] {
  const lr = options.learningRate ?? LEARNING_RATE;
  const pull = options.pull ?? PULL;
  const { a, b, c } = state.parameters;
  const x = logit(input.score);
  const error = predict(state, input.score, input.taskType) - input.label;
  // ∂loss/∂(a, b, c_t) = error · (x, 1, 1); dividing by |(x, 1, 1)|² makes the step's effect on z exactly lr·error.
  const step = (lr * error) / (x * x + 2);
  const task = c[input.taskType] ?? 0;
  const next: FeedbackState['parameters'] = {
    a: clamp(1 + (a - step * x - 1) * (1 - pull), A_RANGE[0], A_RANGE[1]),
    b: clamp((b - step) * (1 - pull), -BIAS_LIMIT, BIAS_LIMIT),
    c: {},
  };
  for (const [t, v] of Object.entries(c) as [TaskType, number][]) next.c[t] = v * (1 - pull);
  next.c[input.taskType] = clamp((task - step) * (1 - pull), -BIAS_LIMIT, BIAS_LIMIT);
  return next;
}

function predict(state: FeedbackState, score: number, taskType: TaskType): number {
  const { a, b, c } = state.parameters;
  return sigmoid(a * logit(score) + b + (c[taskType] ?? 0));
}

const logit = (s: number): number => {
  const p = clamp(s, EPS, 1 - EPS);
  return Math.log(p / (1 - p));
};
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
