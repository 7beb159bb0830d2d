import type { ChatMessage } from '../../../../shared/chat';
import { messageText } from '../../../../shared/chat';

/** Characters kept before tokenizing: enough for 128 word pieces, and bounds tokenizer time on huge prompts. */
export const MAX_INPUT_CHARS = 1200;
const SYSTEM_CONTEXT_CHARS = 200;

/** Clips text to what the classifier reads: its head, like the training-time truncation. */
export function clipForClassifier(text: string): string {
  return text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
}

/**
 * The classifier's view of a conversation: the last user message first (the model was trained on single
 * prompts, and head truncation must keep it), then a little of the system prompt as context.
 */
export function classifierText(messages: readonly ChatMessage[]): string {
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const system = messages.find((m) => m.role === 'system' || m.role === 'developer');
  const user = lastUser ? messageText(lastUser) : '';
  const context = system ? messageText(system).slice(0, SYSTEM_CONTEXT_CHARS) : '';
  return clipForClassifier(context ? `${user}\n${context}` : user);
}
