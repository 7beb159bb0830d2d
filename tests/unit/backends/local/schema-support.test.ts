import { describe, expect, it } from 'vitest';
import { assertSupportedSchema } from '../../../../electron/core/backends/local/schema-support';
import { InvalidRequestError } from '../../../../shared/errors';

const refusal = (schema: unknown): InvalidRequestError | undefined => {
  try {
    assertSupportedSchema(schema, 'response_format');
    return undefined;
  } catch (error) {
    return error as InvalidRequestError;
  }
};

describe('assertSupportedSchema', () => {
  it('accepts the schema shapes the grammar can enforce, annotations included', () => {
    expect(
      refusal({
        title: 'Person',
        type: 'object',
        $defs: { Pet: { type: 'object', properties: { name: { type: 'string', maxLength: 20 } }, required: ['name'] } },
        properties: {
          age: { type: ['integer', 'null'], description: 'years' },
          born: { type: 'string', format: 'date' },
          tags: { type: 'array', items: { enum: ['a', 'b'] }, minItems: 1 },
          pet: { anyOf: [{ $ref: '#/$defs/Pet' }, { type: 'null' }] },
          kind: { const: 'human' },
        },
        required: ['age'],
        additionalProperties: false,
      }),
    ).toBeUndefined();
  });

  it.each([
    [{ type: 'object', properties: { a: { type: 'string', pattern: '^a+$' } } }, "uses 'pattern' at #/properties/a"],
    [{ type: 'string', format: 'email' }, 'string format "email"'],
    [{ type: 'foo' }, 'type "foo"'],
    [{ allOf: [{ type: 'string' }] }, "uses 'allOf'"],
    [{ type: 'number', minimum: 0 }, "uses 'minimum'"],
    [{ type: 'object', properties: { a: { $ref: '#/$defs/missing' } } }, 'reference "#/$defs/missing"'],
    [{ enum: 'x' }, 'enum that is not an array'],
  ])('refuses %j, naming the problem and response_format', (schema, problem) => {
    const error = refusal(schema);
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error?.param).toBe('response_format');
    expect(error?.message).toContain(problem);
  });
});
