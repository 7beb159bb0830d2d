import type { TaskType } from '../../../shared/decision';
import { taskTypeSchema } from '../../../shared/decision';
import type { Classifier, ClassifierResult } from './classifier-port';
import type { HeuristicResult } from './heuristic/index';

/**
 * Blends the heuristic score with the classifier's probability that the stronger model is needed:
 *   score = w · classifier + (1 − w) · heuristic,  w = settings.router.classifierWeight (default 0.6).
 * The classifier is trained on far more data than the hand-set heuristic, hence the larger weight; the
 * heuristic keeps features the classifier cannot see (conversation depth, system prompt size, requested
 * length beyond its 128-token window). The task type comes from whichever is more confident.
 */
export interface Scored {
  score: number;
  taskType: TaskType;
  taskConfidence: number;
  scorer: 'heuristic' | 'blend';
  warning?: string;
}

export function heuristicOnly(h: HeuristicResult, warning?: string): Scored {
  const base: Scored = { score: h.score, taskType: h.taskType, taskConfidence: h.taskConfidence, scorer: 'heuristic' };
  return warning === undefined ? base : { ...base, warning };
}

export async function scoreWithClassifier(
  classifier: Classifier, text: string, h: HeuristicResult, weight: number, timeoutMs: number,
): Promise<Scored> {
  let result: ClassifierResult;
  try {
    result = await within(classifier.classify(text), timeoutMs);
  } catch {
    return heuristicOnly(h, 'classifier unavailable → scored with the heuristic only');
  }
  if (!valid(result)) return heuristicOnly(h, 'classifier returned an invalid result → scored with the heuristic only');
  const classifierWins = result.taskConfidence >= h.taskConfidence;
  return {
    score: weight * result.strongProbability + (1 - weight) * h.score,
    taskType: classifierWins ? result.taskType : h.taskType,
    taskConfidence: classifierWins ? result.taskConfidence : h.taskConfidence,
    scorer: 'blend',
  };
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
