import { describe, expect, it } from 'vitest';
import { relaxBounds } from '../../../../electron/core/backends/local/schema-bounds';
import { assertSupportedSchema } from '../../../../electron/core/backends/local/schema-support';

const SAFE = Number.MAX_SAFE_INTEGER;

describe('numeric bounds the local grammar can enforce', () => {
  it("drops bounds that constrain nothing (zod 4's .int() range) and then passes the check", () => {
    const zodInt = { type: 'object', properties: { age: { type: 'integer', minimum: -SAFE, maximum: SAFE } }, required: ['age'] };
    const relaxed = relaxBounds(zodInt);
    expect(relaxed).toEqual({ type: 'object', properties: { age: { type: 'integer' } }, required: ['age'] });
    expect(() => assertSupportedSchema(relaxed, 'response_format')).not.toThrow();
    expect(relaxBounds({ type: 'number', minimum: -Number.MAX_VALUE, maximum: Number.MAX_VALUE })).toEqual({ type: 'number' });
  });

  it('turns a small integer range into an enum of its values, inclusive and exclusive bounds alike', () => {
    expect(relaxBounds({ type: 'integer', minimum: 1, maximum: 5, description: 'stars' })).toEqual({ description: 'stars', enum: [1, 2, 3, 4, 5] });
    expect(relaxBounds({ type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 4 })).toEqual({ enum: [1, 2, 3] });
    expect(relaxBounds({ type: 'integer', minimum: 0, maximum: SAFE, exclusiveMaximum: 3 })).toEqual({ enum: [0, 1, 2] });
  });

  it('leaves what it cannot enforce for the check to refuse, naming the bound', () => {
    const open = relaxBounds({ type: 'integer', minimum: 0, maximum: SAFE });
    expect(open).toEqual({ type: 'integer', minimum: 0 });
    expect(() => assertSupportedSchema(open, 'tools')).toThrow(/uses 'minimum' at #/);
    expect(relaxBounds({ type: 'integer', minimum: 0, maximum: 1000 })).toEqual({ type: 'integer', minimum: 0, maximum: 1000 });
    expect(relaxBounds({ type: 'number', minimum: 0, maximum: 1 })).toEqual({ type: 'number', minimum: 0, maximum: 1 });
    expect(relaxBounds({ type: 'integer', minimum: 1, maximum: 5, exclusiveMinimum: true })).toEqual({ type: 'integer', minimum: 1, maximum: 5, exclusiveMinimum: true });
  });

  it('reaches nested schemas but never rewrites property names, enums or consts', () => {
    const schema = {
      type: 'object',
      properties: { minimum: { type: 'integer', minimum: 1, maximum: 2 }, list: { type: 'array', items: { type: 'integer', minimum: -SAFE } } },
      $defs: { n: { anyOf: [{ type: 'integer', maximum: SAFE }, { enum: [{ minimum: 1 }] }] } },
    };
    expect(relaxBounds(schema)).toEqual({
      type: 'object',
      properties: { minimum: { enum: [1, 2] }, list: { type: 'array', items: { type: 'integer' } } },
      $defs: { n: { anyOf: [{ type: 'integer' }, { enum: [{ minimum: 1 }] }] } },
    });
  });
});
