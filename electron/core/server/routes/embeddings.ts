import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { InvalidRequestError } from '../../../../shared/errors';
import type { Gateway } from '../../gateway';
import { sendJson } from '../http/respond';
import { zodToInvalidRequest } from '../openai/chat-request-schema';

const embeddingsBodySchema = z.object({
  model: z.string().min(1).max(256),
  input: z.union([z.string(), z.array(z.string()).min(1).max(2048)]),
  encoding_format: z.enum(['float', 'base64']).nullish(),
  dimensions: z.number().int().positive().nullish(),
  user: z.string().nullish(),
});

/**
 * POST /v1/embeddings on models that support them. Embeddings go to the named model only: a text sent for
 * embedding is never routed to a cloud model the caller did not name.
 */
export async function createEmbeddings(res: ServerResponse, gateway: Gateway, body: unknown, signal: AbortSignal): Promise<void> {
  const parsed = embeddingsBodySchema.safeParse(body);
  if (!parsed.success) throw zodToInvalidRequest(parsed.error);
  const { model, input, encoding_format } = parsed.data;
  const directory = gateway.models();
  const id = model === 'auto' ? directory.local().find((m) => m.capabilities.embeddings)?.id : model;
  if (id === undefined) throw new InvalidRequestError('No local model supports embeddings; name one in `model`.', 'model', 'model_not_found');
  const { backend, info } = directory.resolve(id);
  if (backend.embed === undefined || !info.capabilities.embeddings) {
    throw new InvalidRequestError(`Model '${id}' does not support embeddings.`, 'model', 'unsupported_model');
  }
  const inputs = typeof input === 'string' ? [input] : input;
  const { vectors, promptTokens } = await backend.embed(id, inputs, signal);
  sendJson(res, 200, {
    object: 'list',
    model: id,
    data: vectors.map((vector, index) => ({ object: 'embedding', index, embedding: encoding_format === 'base64' ? toBase64(vector) : vector })),
    usage: { prompt_tokens: promptTokens, total_tokens: promptTokens },
  });
}

function toBase64(vector: number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString('base64');
}
