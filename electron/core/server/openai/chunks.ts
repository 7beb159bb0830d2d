import type { FinishReason, Usage } from '../../../../shared/chat';

/** Builders for OpenAI's chat completion wire objects. */

export interface ToolCallAccumulator {
  id: string;
  name: string;
  arguments: string;
}

export const openAiUsage = (usage: Usage): Record<string, unknown> => ({
  prompt_tokens: usage.promptTokens,
  completion_tokens: usage.completionTokens,
  total_tokens: usage.promptTokens + usage.completionTokens,
  ...(usage.cachedPromptTokens !== undefined ? { prompt_tokens_details: { cached_tokens: usage.cachedPromptTokens } } : {}),
});

export function chunk(id: string, created: number, model: string, delta: Record<string, unknown>, finishReason: FinishReason | 'function_call' | null, withUsage: boolean): Record<string, unknown> {
  return {
    id,
    object: 'chat.completion.chunk',
    created,
    model,
    system_fingerprint: null,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...(withUsage ? { usage: null } : {}),
  };
}

export function usageChunk(id: string, created: number, model: string, usage: Usage): Record<string, unknown> {
  return { id, object: 'chat.completion.chunk', created, model, system_fingerprint: null, choices: [], usage: openAiUsage(usage) };
}

export function completion(
  id: string,
  created: number,
  model: string,
  text: string,
  toolCalls: ToolCallAccumulator[],
  finishReason: FinishReason,
  usage: Usage,
): Record<string, unknown> {
  const message: Record<string, unknown> = { role: 'assistant', content: toolCalls.length > 0 && text === '' ? null : text, refusal: null };
  if (toolCalls.length > 0) {
    message['tool_calls'] = toolCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } }));
  }
  return {
    id,
    object: 'chat.completion',
    created,
    model,
    system_fingerprint: null,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage: openAiUsage(usage),
  };
}
