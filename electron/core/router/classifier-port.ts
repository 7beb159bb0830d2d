import type { TaskType } from '../../../shared/decision';

/** What the router needs from a classifier: task type and the probability that the request needs the stronger model. */
export interface ClassifierResult {
  taskType: TaskType;
  taskConfidence: number;
  strongProbability: number;
}

/** Port the router scores through; the ONNX implementation lives in ./classifier. */
export interface Classifier {
  classify(text: string): Promise<ClassifierResult>;
}
