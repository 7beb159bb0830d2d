import { z } from 'zod';
import type { FinishReason, StreamPart, Usage } from '../../../../../shared/chat';
import type { SseEvent } from '../http/sse-decoder';
import type { StreamTranslator } from '../protocol';
import { interruptedPart, malformedPart, upstreamStreamErrorPart } from '../cloud-errors';
import { estimateTokens } from '../usage-estimate';

const toolCallDeltaSchema = z.object({
  index: z.number().int().nonnegative(),
  id: z.string().nullish(),
  function: z.object({ name: z.string().nullish(), arguments: z.string().nullish() }).nullish(),
});

const chunkSchema = z.object({
  choices: z
    .array(
      z.object({
        delta: z.object({ content: z.string().nullish(), tool_calls: z.array(toolCallDeltaSchema).nullish() }).nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
  usage: z
    .object({
      prompt_tokens: z.number().int().nonnegative(),
      completion_tokens: z.number().int().nonnegative(),
      prompt_tokens_details: z.object({ cached_tokens: z.number().int().nonnegative().nullish() }).nullish(),
    })
    .nullish(),
});

const streamErrorSchema = z.object({ error: z.object({ message: z.string().optional(), type: z.string().nullish() }) });

const finishReasons: Record<string, FinishReason> = {
  stop: 'stop', length: 'length', tool_calls: 'tool_calls', function_call: 'tool_calls', content_filter: 'content_filter',
};

/**
 * OpenAI chat-completion chunks → parts, one part per delta as it arrives. The finish part waits for
 * the usage chunk that `stream_options.include_usage` sends after the finish reason (or for `[DONE]`).
 */
export class OpenAiStreamTranslator implements StreamTranslator {
  #finish: FinishReason | undefined;
  #usage: Usage | undefined;
  #completionCharacters = 0;

  constructor(
    private readonly providerId: string,
    private readonly promptCharacters: number,
    private readonly apiKey: string | undefined,
  ) {}

  event(event: SseEvent): StreamPart[] {
    if (event.data.trim() === '[DONE]') return [this.#final()];
    let json: unknown;
    try {
      json = JSON.parse(event.data);
    } catch {
      return [malformedPart(this.providerId, 'an event that is not JSON')];
    }
    const failure = streamErrorSchema.safeParse(json);
    if (failure.success) return [upstreamStreamErrorPart(this.providerId, failure.data.error.type ?? undefined, failure.data.error.message, this.apiKey)];
    const chunk = chunkSchema.safeParse(json);
    if (!chunk.success) return [malformedPart(this.providerId, 'a chunk that is not a chat completion chunk')];
    const parts: StreamPart[] = [];
    const { usage, choices } = chunk.data;
    if (usage) {
      const cached = usage.prompt_tokens_details?.cached_tokens;
      this.#usage = { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens, ...(cached ? { cachedPromptTokens: cached } : {}) };
    }
    const choice = choices?.[0];
    const content = choice?.delta?.content;
    if (content) {
      this.#completionCharacters += content.length;
      parts.push({ type: 'text-delta', text: content });
    }
    for (const call of choice?.delta?.tool_calls ?? []) {
      const argumentsDelta = call.function?.arguments ?? '';
      this.#completionCharacters += argumentsDelta.length;
      parts.push({
        type: 'tool-call-delta',
        index: call.index,
        ...(call.id ? { id: call.id } : {}),
        ...(call.function?.name ? { name: call.function.name } : {}),
        argumentsDelta,
      });
    }
    if (choice?.finish_reason) this.#finish = finishReasons[choice.finish_reason] ?? 'stop';
    return parts;
  }

  /** Without `[DONE]` a stream that already gave its finish reason still counts as complete. */
  end(): StreamPart {
    return this.#finish === undefined ? interruptedPart(this.providerId) : this.#final();
  }

  #final(): StreamPart {
    const usage = this.#usage ?? {
      promptTokens: estimateTokens(this.promptCharacters),
      completionTokens: estimateTokens(this.#completionCharacters),
    };
    return { type: 'finish', reason: this.#finish ?? 'stop', usage };
  }
}
