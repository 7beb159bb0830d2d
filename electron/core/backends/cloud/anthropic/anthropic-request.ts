import type { ChatRequest, ResponseFormat, Tool, ToolChoice } from '../../../../../shared/chat';
import { messageText } from '../../../../../shared/chat';
import type { CloudModelSettings } from '../../../../../shared/settings';
import { estimateTokens } from '../usage-estimate';
import { toAnthropicMessages } from './anthropic-messages';

/** System prompts at least this long (estimated tokens) are marked for Anthropic's prompt cache. */
export const cacheSystemPromptTokens = 1024;
/** `max_tokens` is required by the Messages API; used when neither request nor model settings give one. */
export const defaultMaxTokens = 4096;

type SystemBlock = { type: 'text'; text: string; cache_control?: { type: 'ephemeral' } };

/**
 * ChatRequest → Messages API body. Not translated: `seed` (no equivalent). Temperature is clamped to
 * Anthropic's 0–1. `response_format` becomes a system instruction after the cached block, so the
 * cached prefix stays the same whatever format a request asks for.
 */
export function toAnthropicBody(request: ChatRequest, model: CloudModelSettings): Record<string, unknown> {
  const system = systemBlocks(request);
  const tools = request.tools ?? [];
  return {
    model: model.id,
    max_tokens: request.maxTokens ?? model.maxOutputTokens ?? defaultMaxTokens,
    ...(system.length === 0 ? {} : { system }),
    messages: toAnthropicMessages(request.messages),
    stream: true,
    ...(request.temperature === undefined ? {} : { temperature: Math.min(1, Math.max(0, request.temperature)) }),
    ...(request.topP === undefined ? {} : { top_p: request.topP }),
    ...(request.stop === undefined || request.stop.length === 0 ? {} : { stop_sequences: request.stop }),
    ...(tools.length === 0 ? {} : { tools: tools.map(toAnthropicTool) }),
    ...(tools.length === 0 || request.toolChoice === undefined ? {} : { tool_choice: toAnthropicToolChoice(request.toolChoice) }),
  };
}

function systemBlocks(request: ChatRequest): SystemBlock[] {
  const text = request.messages
    .filter((message) => message.role === 'system' || message.role === 'developer')
    .map(messageText)
    .join('\n\n');
  const blocks: SystemBlock[] = [];
  if (text !== '') {
    const cache = estimateTokens(text.length) >= cacheSystemPromptTokens;
    blocks.push(cache ? { type: 'text', text, cache_control: { type: 'ephemeral' } } : { type: 'text', text });
  }
  const format = formatInstruction(request.responseFormat);
  if (format) blocks.push({ type: 'text', text: format });
  return blocks;
}

function formatInstruction(format: ResponseFormat | undefined): string | undefined {
  if (!format || format.type === 'text') return undefined;
  const base = 'Respond with a single valid JSON value and nothing else: no prose, no code fences.';
  if (format.type === 'json_object') return base.replace('JSON value', 'JSON object');
  const schema = format.json_schema.schema ? ` It must match this JSON Schema:\n${JSON.stringify(format.json_schema.schema)}` : '';
  return `${base}${schema}`;
}

function toAnthropicTool(tool: Tool): Record<string, unknown> {
  return {
    name: tool.function.name,
    ...(tool.function.description === undefined ? {} : { description: tool.function.description }),
    input_schema: tool.function.parameters ?? { type: 'object', properties: {} },
  };
}

function toAnthropicToolChoice(choice: ToolChoice): Record<string, unknown> {
  if (choice === 'auto') return { type: 'auto' };
  if (choice === 'required') return { type: 'any' };
  if (choice === 'none') return { type: 'none' };
  return { type: 'tool', name: choice.function.name };
}
