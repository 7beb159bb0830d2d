import type { ChatRequest } from '../../../../shared/chat';
import { messageText } from '../../../../shared/chat';

/** Rough token count (~4 characters a token) for when a provider does not report usage. */
export function estimateTokens(characters: number): number {
  return Math.ceil(characters / 4);
}

export function promptCharacters(request: ChatRequest): number {
  let total = 0;
  for (const message of request.messages) total += messageText(message).length;
  for (const tool of request.tools ?? []) total += JSON.stringify(tool).length;
  return total;
}
