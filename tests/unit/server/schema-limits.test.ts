import { describe, expect, it } from 'vitest';
import { parseChatCompletion } from '../../../electron/core/server/openai/chat-request-schema';
import { SCHEMA_LIMITS } from '../../../electron/core/server/openai/schema-limits';

const nested = (levels: number): Record<string, unknown> => {
  let schema: Record<string, unknown> = { type: 'string' };
  for (let i = 0; i < levels; i += 1) schema = { type: 'object', properties: { a: schema }, required: ['a'] };
  return schema;
};
const ask = (extra: Record<string, unknown>) => () => parseChatCompletion({ model: 'x', messages: [{ role: 'user', content: 'x' }], ...extra });
const format = (schema: unknown) => ({ response_format: { type: 'json_schema', json_schema: { name: 's', schema } } });

describe('schema limits', () => {
  it('accepts ordinary nesting and refuses a schema thousands of levels deep with a 400 naming the limit, not a stack overflow', () => {
    expect(ask(format(nested(10)))).not.toThrow();
    for (const levels of [400, 50_000]) {
      expect(ask(format(nested(levels)))).toThrow(expect.objectContaining({ status: 400, code: 'schema_too_deep', param: 'response_format' }) as Error);
    }
    expect(ask(format(nested(10)))().request.responseFormat).toBeDefined();
    expect(String(SCHEMA_LIMITS.depth)).toBe('64');
  });

  it('limits tool parameters and the number of nodes too', () => {
    expect(ask({ tools: [{ type: 'function', function: { name: 'f', parameters: nested(400) } }] })).toThrow(/'tools' nests objects and arrays more than 64/);
    const wide = { type: 'object', properties: Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`p${i}`, { type: 'string' }])) };
    expect(ask(format(wide))).toThrow(expect.objectContaining({ code: 'schema_too_large' }) as Error);
  });
});
