import type { ChatMessage, ChatRequest } from '../../../../../shared/chat';
import type { ProviderKind } from '../../../../../shared/settings';

/** The engine's request back on the OpenAI wire: our types mirror it, so this is mostly renaming. */
export function toOpenAiBody(request: ChatRequest, model: string, kind: ProviderKind): Record<string, unknown> {
  return {
    model,
    messages: kind === 'openai' ? request.messages : request.messages.map(developerAsSystem),
    stream: true,
    stream_options: { include_usage: true },
    // OpenAI's newer models refuse `max_tokens`; compatible servers mostly know only `max_tokens`.
    ...(request.maxTokens === undefined ? {} : { [kind === 'openai' ? 'max_completion_tokens' : 'max_tokens']: request.maxTokens }),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.topP === undefined ? {} : { top_p: request.topP }),
    ...(request.seed === undefined ? {} : { seed: request.seed }),
    ...(request.stop === undefined || request.stop.length === 0 ? {} : { stop: request.stop }),
    ...(request.responseFormat === undefined ? {} : { response_format: request.responseFormat }),
    ...(request.tools === undefined || request.tools.length === 0 ? {} : { tools: request.tools }),
    ...(request.toolChoice === undefined ? {} : { tool_choice: request.toolChoice }),
  };
}

/** `developer` is OpenAI's newer name for `system`; many compatible servers only know the old one. */
function developerAsSystem(message: ChatMessage): ChatMessage {
  return message.role === 'developer' ? { ...message, role: 'system' } : message;
}
