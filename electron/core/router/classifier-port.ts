import { lastUserText, messageText, type ChatMessage } from '../../../shared/chat';
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

const SYSTEM_CONTEXT_CHARS = 200;

/**
 * What a classifier is shown of a conversation: the last user message first (the model was trained on single
 * prompts, and head truncation must keep it), then a little of the system prompt as context.
 */
export function classifierText(messages: readonly ChatMessage[]): string {
  const user = lastUserText(messages);
  const system = messages.find((m) => m.role === 'system' || m.role === 'developer');
  return system === undefined ? user : `${user}\n${messageText(system).slice(0, SYSTEM_CONTEXT_CHARS)}`;
}
