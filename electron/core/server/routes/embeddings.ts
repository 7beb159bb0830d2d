import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Gateway, RequestOrigin } from '../../gateway';
import { sendJson } from '../http/respond';
import { zodToInvalidRequest } from '../openai/chat-request-schema';

const embeddingsBodySchema = z.object({
  model: z.string().min(1).max(256),
  /** Text or texts, or token ids (one list, or a list of lists), as OpenAI takes them. */
  input: z.union([
    z.string(),
    z.array(z.string()).min(1).max(2048),
    z.array(z.number().int().nonnegative()).min(1).max(100_000),
    z.array(z.array(z.number().int().nonnegative()).min(1).max(100_000)).min(1).max(2048),
  ]),
  encoding_format: z.enum(['float', 'base64']).nullish(),
  dimensions: z.number().int().positive().nullish(),
  user: z.string().nullish(),
});

/**
 * POST /v1/embeddings on models that support them, through the gateway (gateway.embed): embeddings go to the
 * named model only — a text sent for embedding is never routed to a cloud model the caller did not name — and a
 * cloud model gets them only past the privacy stage.
 */
export async function createEmbeddings(res: ServerResponse, gateway: Gateway, body: unknown, origin: RequestOrigin, signal: AbortSignal): Promise<void> {
  const parsed = embeddingsBodySchema.safeParse(body);
  if (!parsed.success) throw zodToInvalidRequest(parsed.error);
  const { model, input, encoding_format } = parsed.data;
  const inputs = typeof input === 'string' ? [input] : isTokenList(input) ? [input] : input;
  const { model: id, vectors, promptTokens } = await gateway.embed(model, inputs, origin, signal);
  sendJson(res, 200, {
    object: 'list',
    model: id,
    data: vectors.map((vector, index) => ({ object: 'embedding', index, embedding: encoding_format === 'base64' ? toBase64(vector) : vector })),
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  });
}

/** One list of token ids (as opposed to a list of texts or of id lists). */
function isTokenList(input: readonly (string | number | readonly number[])[]): input is number[] {
  return typeof input[0] === 'number';
}

function toBase64(vector: number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString('base64');
}
