import type { TaskType } from '../../../shared/decision';
import { taskTypeSchema } from '../../../shared/decision';
import type { Classifier, ClassifierResult } from './classifier-port';
import type { HeuristicResult } from './heuristic/index';
import type { OutcomeModel } from './outcome/linear-model';
import { outcomeProbability } from './outcome/linear-model';

/**
 * The router's score: P(the local-class model does worse than the strong one | prompt), from the outcome model
 * (outcome/: hashed n-grams + the heuristic's features, trained on real per-prompt outcomes). It replaced the
 * blend of the encoder's prior-trained probability with the heuristic, which cross-validation on the outcome data
 * ranked below it (tools/train-router/README.md). The encoder, when loaded, still supplies the task type where
 * it is more confident than the heuristic. Without the outcome model the heuristic score stands in, with a warning.
 */
export interface Scored {
  score: number;
  taskType: TaskType;
  taskConfidence: number;
  scorer: 'heuristic' | 'outcome';
  warning?: string;
}

export function heuristicOnly(h: HeuristicResult, warning?: string): Scored {
  const base: Scored = { score: h.score, taskType: h.taskType, taskConfidence: h.taskConfidence, scorer: 'heuristic' };
  return warning === undefined ? base : { ...base, warning };
}

/** The outcome model's score, or the heuristic's with `unavailable` as the warning when there is no model. */
export function scoreOutcome(model: OutcomeModel | Error, text: string, h: HeuristicResult): Scored {
  if (model instanceof Error) return heuristicOnly(h, `routing model unavailable (${model.message}) → scored with the heuristic only`);
  return { score: outcomeProbability(model, text, h), taskType: h.taskType, taskConfidence: h.taskConfidence, scorer: 'outcome' };
}

/** The task type from the encoder where it is more confident than the heuristic; the score is left as it is. */
export async function withClassifierTask(base: Scored, classifier: Classifier, text: string, timeoutMs: number): Promise<Scored> {
  let result: ClassifierResult;
  try {
    result = await within(classifier.classify(text), timeoutMs);
  } catch {
    return withWarning(base, 'classifier unavailable → task type from the heuristic');
  }
  if (!valid(result)) return withWarning(base, 'classifier returned an invalid result → task type from the heuristic');
  return result.taskConfidence >= base.taskConfidence ? { ...base, taskType: result.taskType, taskConfidence: result.taskConfidence } : base;
}

function withWarning(s: Scored, warning: string): Scored {
  return { ...s, warning: s.warning === undefined ? warning : `${s.warning}; ${warning}` };
}

const unit = (n: unknown): boolean => typeof n === 'number' && n >= 0 && n <= 1;

function valid(r: ClassifierResult): boolean {
  return typeof r === 'object' && r !== null && unit(r.strongProbability) && unit(r.taskConfidence)
    && taskTypeSchema.safeParse(r.taskType).success;
}

async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`classifier gave no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
