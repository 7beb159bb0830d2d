import { InvalidRequestError } from '../../../../shared/errors';

/**
 * Limits on the JSON schemas a request carries (`response_format`, tool parameters), checked without recursion
 * before anything walks them recursively: a schema nested thousands of levels deep would otherwise overflow the
 * stack (a 500) in the grammar builder or a provider client. OpenAI's own structured outputs allow far less.
 */
export const SCHEMA_LIMITS = { depth: 64, nodes: 20_000 } as const;

export function assertSchemaWithinLimits(schema: unknown, param: string): void {
  const stack: { value: unknown; depth: number }[] = [{ value: schema, depth: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    nodes += 1;
    if (depth > SCHEMA_LIMITS.depth) {
      throw new InvalidRequestError(`The JSON schema in '${param}' nests objects and arrays more than ${SCHEMA_LIMITS.depth} levels deep; flatten it or use $defs.`, param, 'schema_too_deep');
    }
    if (nodes > SCHEMA_LIMITS.nodes) {
      throw new InvalidRequestError(`The JSON schema in '${param}' has more than ${SCHEMA_LIMITS.nodes} objects and arrays; send a smaller one.`, param, 'schema_too_large');
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
}
