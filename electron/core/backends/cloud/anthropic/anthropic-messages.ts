import type { ChatMessage, ContentPart } from '../../../../../shared/chat';
import { messageText } from '../../../../../shared/chat';
import { InvalidRequestError } from '../../../../../shared/errors';

export type AnthropicBlock =
  | { type: 'text'; text: string }
  | { type: 'image'; source: { type: 'base64'; media_type: string; data: string } | { type: 'url'; url: string } }
  | { type: 'tool_use'; id: string; name: string; input: unknown }
  | { type: 'tool_result'; tool_use_id: string; content: string };

export interface AnthropicMessage {
  role: 'user' | 'assistant';
  content: AnthropicBlock[];
}

/**
 * Conversation turns (no system messages) → Anthropic content blocks. Tool calls become `tool_use`
 * blocks and tool messages `tool_result` blocks in a user turn; consecutive turns of one role are merged
 * because the Messages API wants user and assistant to alternate.
 */
export function toAnthropicMessages(messages: ChatMessage[]): AnthropicMessage[] {
  const result: AnthropicMessage[] = [];
  for (const message of messages) {
    const converted = convert(message);
    if (!converted || converted.content.length === 0) continue;
    const last = result.at(-1);
    if (last && last.role === converted.role) last.content.push(...converted.content);
    else result.push(converted);
  }
  return result;
}

function convert(message: ChatMessage): AnthropicMessage | undefined {
  switch (message.role) {
    case 'system':
    case 'developer':
      return undefined;
    case 'user':
      return { role: 'user', content: contentBlocks(message.content) };
    case 'tool':
      return { role: 'user', content: [{ type: 'tool_result', tool_use_id: message.tool_call_id, content: messageText(message) }] };
    case 'assistant': {
      const content = message.content === null || message.content === undefined ? [] : contentBlocks(message.content);
      for (const call of message.tool_calls ?? []) {
        content.push({ type: 'tool_use', id: call.id, name: call.function.name, input: parseArguments(call.function.arguments, call.function.name) });
      }
      return { role: 'assistant', content };
    }
  }
}

function contentBlocks(content: string | ContentPart[]): AnthropicBlock[] {
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content }];
  return content.flatMap((part): AnthropicBlock[] => {
    if (part.type === 'text') return part.text === '' ? [] : [{ type: 'text', text: part.text }];
    const data = /^data:([^;,]+);base64,(.*)$/s.exec(part.image_url.url);
    if (data?.[1] && data[2] !== undefined) return [{ type: 'image', source: { type: 'base64', media_type: data[1], data: data[2] } }];
    return [{ type: 'image', source: { type: 'url', url: part.image_url.url } }];
  });
}

function parseArguments(text: string, name: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidRequestError(`The arguments of the earlier call to tool '${name}' are not valid JSON.`, 'messages');
  }
}
