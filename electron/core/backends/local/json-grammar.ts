import type { GbnfJsonObjectSchema, Llama, LlamaGrammar } from 'node-llama-cpp';
import type { ResponseFormat, Tool } from '../../../../shared/chat';
import { InvalidRequestError } from '../../../../shared/errors';
import { relaxBounds } from './schema-bounds';
import { assertSupportedSchema } from './schema-support';

/** Arguments schema for a function that declares none: any JSON object. */
const ANY_OBJECT = { type: 'object', additionalProperties: true } as const;

/** Grammar for `response_format`, or undefined for plain text. */
export async function responseFormatGrammar(llama: Llama, format: ResponseFormat | undefined): Promise<LlamaGrammar | undefined> {
  if (format === undefined || format.type === 'text') return undefined;
  if (format.type === 'json_object' || format.json_schema.schema === undefined) return llama.getGrammarFor('json');
  return schemaGrammar(llama, format.json_schema.schema, 'response_format');
}

/**
 * Grammar that forces one call of the offered functions: a JSON object `{"name", "arguments"}` with one
 * branch per function. node-llama-cpp has `oneOf` (not `anyOf`); for generation the two mean the same.
 */
export async function toolCallGrammar(llama: Llama, tools: readonly Tool[]): Promise<LlamaGrammar> {
  const branches = tools.map((tool) => ({
    type: 'object',
    properties: { name: { const: tool.function.name }, arguments: tool.function.parameters ?? ANY_OBJECT },
    required: ['name', 'arguments'],
    additionalProperties: false,
  }));
  const schema = branches.length === 1 ? branches[0] : { oneOf: branches };
  return schemaGrammar(llama, schema, 'tools');
}

async function schemaGrammar(llama: Llama, requested: unknown, param: string): Promise<LlamaGrammar> {
  const schema = relaxBounds(requested);
  assertSupportedSchema(schema, param);
  try {
    // The schema comes from the request; node-llama-cpp validates it at run time and throws on what it cannot do.
    return await llama.createGrammarForJsonSchema(normalizeSchema(schema) as GbnfJsonObjectSchema);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InvalidRequestError(`The JSON schema in '${param}' cannot be turned into a grammar for the local model: ${reason}`, param);
  }
}

/** Renames the keyword `anyOf` to `oneOf` throughout (never a property name), the form node-llama-cpp understands. */
export function normalizeSchema(schema: unknown, keysAreNames = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => normalizeSchema(item));
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      !keysAreNames && key === 'anyOf' ? 'oneOf' : key,
      normalizeSchema(value, !keysAreNames && (key === 'properties' || key === '$defs')),
    ]),
  );
}
