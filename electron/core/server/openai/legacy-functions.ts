import { z } from 'zod';
import { InvalidRequestError } from '../../../../shared/errors';

/**
 * OpenAI's deprecated function calling (`functions`, `function_call`, assistant `function_call` and `role:
 * "function"` messages), which older clients and LangChain's legacy paths still send. It is mapped onto tools on
 * the way in and back onto `function_call` on the way out, so such a client gets what it asked for instead of a
 * silently ignored parameter.
 */
export const legacyFunctionSchema = z.object({
  name: z.string().min(1).max(64),
  description: z.string().optional(),
  parameters: z.record(z.string(), z.unknown()).optional(),
});

export const legacyFunctionCallSchema = z.union([z.enum(['none', 'auto']), z.object({ name: z.string().min(1) })]);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether the body uses the legacy form (then the answer is given in it too). */
export function usesLegacyFunctions(body: Json): boolean {
  return body['functions'] != null || body['function_call'] != null;
}

/**
 * The body with `functions` / `function_call` turned into `tools` / `tool_choice` and legacy messages into tool
 * messages. Mixing both forms is refused: which one would win is a guess.
 */
export function toToolsBody(body: Json): Json {
  const messages = Array.isArray(body['messages']) ? body['messages'].map(toToolMessages()) : body['messages'];
  if (!usesLegacyFunctions(body)) return messages === body['messages'] ? body : { ...body, messages };
  if (body['tools'] != null || body['tool_choice'] != null) {
    throw new InvalidRequestError("Send either 'tools' / 'tool_choice' or the deprecated 'functions' / 'function_call', not both.", 'functions', 'invalid_value');
  }
  const { functions, function_call: call, ...rest } = body;
  const out: Json = { ...rest, messages };
  if (functions != null) {
    if (!Array.isArray(functions)) throw new InvalidRequestError("'functions' must be an array of function definitions.", 'functions', 'invalid_value');
    out['tools'] = functions.map((f) => ({ type: 'function', function: f }));
  }
  if (call != null) out['tool_choice'] = isObject(call) ? { type: 'function', function: { name: call['name'] } } : call;
  return out;
}

/** Legacy messages → tool messages; a `role: "function"` reply answers the latest call of that name. */
function toToolMessages(): (message: unknown, index: number) => unknown {
  const callIds = new Map<string, string>();
  return (message, index) => {
    if (!isObject(message)) return message;
    if (message['role'] === 'assistant' && isObject(message['function_call']) && message['tool_calls'] == null) {
      const { function_call: call, ...rest } = message;
      const name = typeof call['name'] === 'string' ? call['name'] : '';
      const id = `call_legacy_${index}`;
      callIds.set(name, id);
      return { ...rest, tool_calls: [{ id, type: 'function', function: { name, arguments: typeof call['arguments'] === 'string' ? call['arguments'] : '' } }] };
    }
    if (message['role'] === 'function') {
      const name = typeof message['name'] === 'string' ? message['name'] : '';
      return { role: 'tool', content: message['content'] ?? '', tool_call_id: callIds.get(name) ?? `call_legacy_${name}` };
    }
    return message;
  };
}
