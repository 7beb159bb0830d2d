import { describe, expect, it } from 'vitest';
import { normalizeSchema } from '../../../../electron/core/backends/local/json-grammar';

describe('normalizeSchema', () => {
  it('renames the anyOf keyword at any depth but leaves property names alone', () => {
    expect(
      normalizeSchema({
        type: 'object',
        properties: { anyOf: { anyOf: [{ type: 'string' }, { type: 'null' }] }, list: { type: 'array', items: { anyOf: [{ const: 1 }] } } },
      }),
    ).toEqual({
      type: 'object',
      properties: { anyOf: { oneOf: [{ type: 'string' }, { type: 'null' }] }, list: { type: 'array', items: { oneOf: [{ const: 1 }] } } },
    });
  });
});
