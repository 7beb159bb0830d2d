import type { ChatMessage } from '../../../shared/chat';
import { messageText } from '../../../shared/chat';

/**
 * Approximate token count without a tokenizer: ~4 ASCII characters per token (English BPE average),
 * one token per non-ASCII character (CJK, emoji) so non-Latin text is not badly underestimated.
 */
export function estimateTokens(text: string): number {
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 128) ascii += 1;
    else other += 1;
  }
  return Math.ceil(ascii / 4) + other;
}

/** Per-message template overhead in chat formats (role markers, separators). */
const MESSAGE_OVERHEAD = 4;

export function estimatePromptTokens(messages: readonly ChatMessage[]): number {
  let total = 0;
  for (const message of messages) total += estimateTokens(messageText(message)) + MESSAGE_OVERHEAD;
  return total;
}
