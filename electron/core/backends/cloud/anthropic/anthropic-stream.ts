import { z } from 'zod';
import type { FinishReason, StreamPart } from '../../../../../shared/chat';
import type { SseEvent } from '../http/sse-decoder';
import type { StreamTranslator } from '../protocol';
import { interruptedPart, malformedPart, upstreamStreamErrorPart } from '../cloud-errors';

const count = z.number().int().nonnegative();
const usageSchema = z.object({
  input_tokens: count.nullish(),
  output_tokens: count.nullish(),
  cache_creation_input_tokens: count.nullish(),
  cache_read_input_tokens: count.nullish(),
});

const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message_start'), message: z.object({ usage: usageSchema }) }),
  z.object({
    type: z.literal('content_block_start'),
    index: count,
    content_block: z.object({ type: z.string(), id: z.string().optional(), name: z.string().optional() }),
  }),
  z.object({
    type: z.literal('content_block_delta'),
    index: count,
    delta: z.object({ type: z.string(), text: z.string().optional(), partial_json: z.string().optional() }),
  }),
  z.object({ type: z.literal('content_block_stop'), index: count }),
  z.object({ type: z.literal('message_delta'), delta: z.object({ stop_reason: z.string().nullish() }), usage: usageSchema.nullish() }),
  z.object({ type: z.literal('message_stop') }),
  z.object({ type: z.literal('ping') }),
  z.object({ type: z.literal('error'), error: z.object({ type: z.string().optional(), message: z.string().optional() }) }),
]);

const finishReasons: Record<string, FinishReason> = {
  end_turn: 'stop', stop_sequence: 'stop', pause_turn: 'stop', max_tokens: 'length', tool_use: 'tool_calls', refusal: 'content_filter',
};
const knownTypes = new Set(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop', 'ping', 'error']);

/**
 * Anthropic's Messages stream events → parts. Tool-use blocks become tool-call deltas numbered among
 * tool calls only (OpenAI's `index`); input tokens are input + cache read + cache creation, of which
 * the cache reads are reported as cached prompt tokens.
 */
export class AnthropicStreamTranslator implements StreamTranslator {
  readonly #tools = new Map<number, { index: number; sentArguments: boolean }>();
  #input = 0;
  #cacheRead = 0;
  #cacheCreation = 0;
  #output = 0;
  #stopReason: FinishReason | undefined;

  constructor(
    private readonly providerId: string,
    private readonly apiKey: string | undefined,
  ) {}

  event(event: SseEvent): StreamPart[] {
    let json: unknown;
    try {
      json = JSON.parse(event.data);
    } catch {
      return [malformedPart(this.providerId, 'an event that is not JSON')];
    }
    const type = typeof json === 'object' && json !== null && 'type' in json ? json.type : undefined;
    // The API may add event types; the documented rule is to ignore the ones a client does not know.
    if (typeof type === 'string' && !knownTypes.has(type)) return [];
    const parsed = eventSchema.safeParse(json);
    if (!parsed.success) return [malformedPart(this.providerId, `an invalid '${String(type)}' event`)];
    const data = parsed.data;
    switch (data.type) {
      case 'message_start':
        this.#usage(data.message.usage);
        return [];
      case 'content_block_start':
        return this.#blockStart(data.index, data.content_block);
      case 'content_block_delta':
        return this.#blockDelta(data.index, data.delta);
      case 'content_block_stop':
        return this.#blockStop(data.index);
      case 'message_delta':
        if (data.usage) this.#usage(data.usage);
        if (data.delta.stop_reason) this.#stopReason = finishReasons[data.delta.stop_reason] ?? 'stop';
        return [];
      case 'message_stop':
        return [this.#final()];
      case 'ping':
        return [];
      case 'error':
        return [upstreamStreamErrorPart(this.providerId, data.error.type, data.error.message, this.apiKey)];
    }
  }

  end(): StreamPart {
    return this.#stopReason === undefined ? interruptedPart(this.providerId) : this.#final();
  }

  #blockStart(block: number, content: { type: string; id?: string | undefined; name?: string | undefined }): StreamPart[] {
    if (content.type !== 'tool_use') return [];
    const tool = { index: this.#tools.size, sentArguments: false };
    this.#tools.set(block, tool);
    return [{ type: 'tool-call-delta', index: tool.index, ...(content.id ? { id: content.id } : {}), ...(content.name ? { name: content.name } : {}), argumentsDelta: '' }];
  }

  #blockDelta(block: number, delta: { type: string; text?: string | undefined; partial_json?: string | undefined }): StreamPart[] {
    if (delta.type === 'text_delta' && delta.text) return [{ type: 'text-delta', text: delta.text }];
    const tool = this.#tools.get(block);
    if (delta.type !== 'input_json_delta' || !tool || !delta.partial_json) return [];
    tool.sentArguments = true;
    return [{ type: 'tool-call-delta', index: tool.index, argumentsDelta: delta.partial_json }];
  }

  /** A tool called without input streams no JSON at all; OpenAI clients expect "{}". */
  #blockStop(block: number): StreamPart[] {
    const tool = this.#tools.get(block);
    if (!tool || tool.sentArguments) return [];
    tool.sentArguments = true;
    return [{ type: 'tool-call-delta', index: tool.index, argumentsDelta: '{}' }];
  }

  #usage(usage: z.infer<typeof usageSchema>): void {
    this.#input = usage.input_tokens ?? this.#input;
    this.#cacheRead = usage.cache_read_input_tokens ?? this.#cacheRead;
    this.#cacheCreation = usage.cache_creation_input_tokens ?? this.#cacheCreation;
    this.#output = usage.output_tokens ?? this.#output;
  }

  #final(): StreamPart {
    const promptTokens = this.#input + this.#cacheRead + this.#cacheCreation;
    const usage = { promptTokens, completionTokens: this.#output, ...(this.#cacheRead > 0 ? { cachedPromptTokens: this.#cacheRead } : {}) };
    return { type: 'finish', reason: this.#stopReason ?? 'stop', usage };
  }
}
