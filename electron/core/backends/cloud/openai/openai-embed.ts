import { z } from 'zod';
import { UpstreamError } from '../../../../../shared/errors';
import type { HttpErrorContext } from '../http/http-error';
import { errorFromResponse } from '../http/http-error';
import { sendRequest } from '../http/send-request';
import { openAiHeaders } from './openai-protocol';
import type { EmbeddingInput } from '../../chat-backend';

const embeddingsSchema = z.object({
  data: z.array(z.object({ index: z.number().int().nonnegative(), embedding: z.array(z.number()) })),
  usage: z.object({ prompt_tokens: z.number().int().nonnegative() }).optional(),
});

/** POST {baseUrl}/embeddings, passed through; vectors come back in input order. */
export async function openAiEmbed(
  fetchFn: typeof fetch,
  baseUrl: string,
  inputs: readonly EmbeddingInput[],
  signal: AbortSignal,
  context: HttpErrorContext,
): Promise<{ vectors: number[][]; promptTokens: number }> {
  const response = await sendRequest(
    fetchFn,
    { url: `${baseUrl}/embeddings`, headers: openAiHeaders(context.apiKey), body: { model: context.model, input: inputs } },
    signal,
    context.providerId,
  );
  if (response === 'aborted') throw new UpstreamError('The embeddings request was cancelled.', { status: 499, code: 'aborted', shouldRetry: false });
  if (!response.ok) throw await errorFromResponse(response, context);
  const parsed = embeddingsSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success || parsed.data.data.length !== inputs.length) {
    throw new UpstreamError(`Provider '${context.providerId}' answered the embeddings request with an unexpected body.`, { shouldRetry: true });
  }
  const vectors = [...parsed.data.data].sort((a, b) => a.index - b.index).map((item) => item.embedding);
  return { vectors, promptTokens: parsed.data.usage?.prompt_tokens ?? 0 };
}
