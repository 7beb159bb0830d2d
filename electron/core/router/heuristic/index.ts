import type { ChatMessage } from '../../../../shared/chat';
import type { TaskType } from '../../../../shared/decision';
import type { HeuristicFeatures } from './features';
import { extractFeatures } from './features';
import { combine, scoreTerms, topDrivers } from './score';
import { guessTaskType } from './task-type';

export type { HeuristicFeatures } from './features';

export interface HeuristicResult {
  /** Complexity in [0,1]: higher means more likely to need the stronger model. */
  score: number;
  taskType: TaskType;
  taskConfidence: number;
  features: HeuristicFeatures;
  /** Human phrases for the features that pushed the score up most, strongest first. */
  drivers: string[];
  /** Why the task type was guessed, e.g. "asks for code". */
  taskCue: string;
}

/** Pure and allocation-light: one pass over the last user message, a few small objects. */
export function scoreHeuristic(messages: readonly ChatMessage[], lastUser: string): HeuristicResult {
  const features = extractFeatures(messages, lastUser);
  const task = guessTaskType(features);
  const terms = scoreTerms(features, task.taskType);
  const drivers = topDrivers(terms, features);
  return { score: combine(terms), taskType: task.taskType, taskConfidence: task.confidence, features, drivers, taskCue: task.cue };
}
