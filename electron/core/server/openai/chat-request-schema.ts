import { z } from 'zod';
import { chatMessageSchema, responseFormatSchema, toolChoiceSchema, toolSchema, type ChatRequest } from '../../../../shared/chat';
import { InvalidRequestError } from '../../../../shared/errors';
import { assertSchemaWithinLimits } from './schema-limits';
import { legacyFunctionCallSchema, legacyFunctionSchema, toToolsBody, usesLegacyFunctions } from './legacy-functions';

const MAX_STOP = 4;

/** POST /v1/chat/completions body. Unknown fields are ignored (clients send many), known ones are checked. */
export const chatCompletionBodySchema = z.object({
  model: z.string().min(1).max(256),
  messages: z.array(chatMessageSchema).min(1).max(10_000),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().nullish() }).nullish(),
  max_tokens: z.number().int().min(1).max(1_000_000).nullish(),
  max_completion_tokens: z.number().int().min(1).max(1_000_000).nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  seed: z.number().int().nullish(),
  stop: z.union([z.string(), z.array(z.string()).max(MAX_STOP)]).nullish(),
  n: z.literal(1, { message: 'Switchyard returns one choice per request; n must be 1.' }).nullish(),
  response_format: responseFormatSchema.nullish(),
  tools: z.array(toolSchema).max(128).nullish(),
  tool_choice: toolChoiceSchema.nullish(),
  user: z.string().nullish(),
  /** Deprecated function calling: validated here, mapped onto tools by legacy-functions.ts before parsing. */
  functions: z.array(legacyFunctionSchema).max(128).nullish(),
  function_call: legacyFunctionCallSchema.nullish(),
});
export type ChatCompletionBody = z.infer<typeof chatCompletionBodySchema>;

export interface ParsedChatCompletion {
  request: ChatRequest;
  stream: boolean;
  includeUsage: boolean;
  /** The client used `functions` / `function_call`: answer with `function_call`, not `tool_calls`. */
  legacyFunctions: boolean;
}

/** Validates the body and turns it into the engine's ChatRequest; errors name the offending parameter. */
export function parseChatCompletion(body: unknown): ParsedChatCompletion {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InvalidRequestError('Request body must be a JSON object.', null, 'invalid_request');
  }
  const raw = body as Record<string, unknown>;
  const legacy = chatCompletionBodySchema.pick({ functions: true, function_call: true }).safeParse(raw);
  if (!legacy.success) throw zodToInvalidRequest(legacy.error);
  const result = chatCompletionBodySchema.safeParse(toToolsBody(raw));
  if (!result.success) throw zodToInvalidRequest(result.error);
  const b = result.data;
  const request: ChatRequest = { model: b.model, messages: b.messages };
  const maxTokens = b.max_completion_tokens ?? b.max_tokens;
  if (maxTokens != null) request.maxTokens = maxTokens;
  if (b.temperature != null) request.temperature = b.temperature;
  if (b.top_p != null) request.topP = b.top_p;
  if (b.seed != null) request.seed = b.seed;
  if (b.stop != null) {
    const stop = (typeof b.stop === 'string' ? [b.stop] : b.stop).filter((s) => s !== '');
    if (stop.length > 0) request.stop = stop;
  }
  if (b.response_format != null && b.response_format.type !== 'text') {
    if (b.response_format.type === 'json_schema') assertSchemaWithinLimits(b.response_format.json_schema.schema, 'response_format');
    request.responseFormat = b.response_format;
  }
  if (b.tools != null && b.tools.length > 0) {
    for (const tool of b.tools) assertSchemaWithinLimits(tool.function.parameters, 'tools');
    request.tools = b.tools;
  }
  if (b.tool_choice != null) request.toolChoice = b.tool_choice;
  return { request, stream: b.stream === true, includeUsage: b.stream_options?.include_usage === true, legacyFunctions: usesLegacyFunctions(raw) };
}

export function zodToInvalidRequest(error: z.ZodError): InvalidRequestError {
  const issue = error.issues[0];
  const param = issue === undefined || issue.path.length === 0 ? null : issue.path.map(String).join('.');
  const message = issue === undefined ? 'Invalid request.' : `Invalid value for '${param ?? 'body'}': ${issue.message}`;
  return new InvalidRequestError(message, param, 'invalid_value');
}
