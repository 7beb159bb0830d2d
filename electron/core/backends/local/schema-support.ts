import { InvalidRequestError } from '../../../../shared/errors';

/**
 * node-llama-cpp turns JSON schemas into grammars, but quietly weakens what it cannot express (an unknown
 * type becomes `null`, an unknown string format the empty string, `allOf` is dropped). Output would then
 * parse yet not match the schema, so such schemas are refused up front, naming the keyword and where it is.
 */
const ANNOTATIONS = new Set(['title', 'description', '$schema', '$id', '$comment', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', 'strict']);
const STRUCTURE = new Set(['type', 'const', 'enum', 'oneOf', 'anyOf', '$ref', '$defs', 'properties', 'required', 'additionalProperties', 'minProperties', 'maxProperties', 'items', 'prefixItems', 'minItems', 'maxItems', 'minLength', 'maxLength', 'format']);
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);
const FORMATS = new Set(['date-time', 'time', 'date']);

export function assertSupportedSchema(schema: unknown, param: string): void {
  const definitions = new Set<string>();
  collectDefinitions(schema, definitions);
  check(schema, '#', { param, definitions });
}

interface Scope {
  param: string;
  definitions: Set<string>;
}

function refuse(scope: Scope, path: string, problem: string): never {
  throw new InvalidRequestError(`The JSON schema in '${scope.param}' ${problem} at ${path}, which the local model's grammar cannot enforce.`, scope.param);
}

function check(schema: unknown, path: string, scope: Scope): void {
  if (typeof schema === 'boolean') return;
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) refuse(scope, path, 'has a non-object schema');
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (!STRUCTURE.has(key)) refuse(scope, path, `uses '${key}'`);
    const at = `${path}/${key}`;
    switch (key) {
      case 'type':
        for (const type of Array.isArray(value) ? value : [value]) {
          if (typeof type !== 'string' || !TYPES.has(type)) refuse(scope, at, `has the type ${JSON.stringify(type)}`);
        }
        break;
      case 'enum':
        if (!Array.isArray(value)) refuse(scope, at, 'has an enum that is not an array');
        break;
      case 'format':
        if (typeof value !== 'string' || !FORMATS.has(value)) refuse(scope, at, `uses the string format ${JSON.stringify(value)}`);
        break;
      case '$ref':
        if (typeof value !== 'string' || !value.startsWith('#/$defs/') || !scope.definitions.has(value.slice('#/$defs/'.length))) {
          refuse(scope, at, `has the reference ${JSON.stringify(value)} (only existing '#/$defs/NAME' references work)`);
        }
        break;
      case 'oneOf':
      case 'anyOf':
      case 'prefixItems':
        if (!Array.isArray(value)) refuse(scope, at, `has a '${key}' that is not an array`);
        value.forEach((item, index) => check(item, `${at}/${index}`, scope));
        break;
      case 'properties':
      case '$defs':
        if (value === null || typeof value !== 'object') refuse(scope, at, `has a '${key}' that is not an object`);
        for (const [name, item] of Object.entries(value as Record<string, unknown>)) check(item, `${at}/${name}`, scope);
        break;
      case 'items':
      case 'additionalProperties':
        check(value, at, scope);
        break;
    }
  }
}

function collectDefinitions(schema: unknown, into: Set<string>): void {
  if (schema === null || typeof schema !== 'object') return;
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$defs' && value !== null && typeof value === 'object') for (const name of Object.keys(value)) into.add(name);
    collectDefinitions(value, into);
  }
}
