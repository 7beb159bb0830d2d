/**
 * Numeric bounds in a JSON schema, made into what the local grammar can enforce. node-llama-cpp's grammars have
 * no `minimum`/`maximum`, yet clients send them constantly: zod 4's `.int()` emits the safe-integer range
 * ±(2^53−1), which constrains nothing a JSON integer can hold. So, per number or integer schema:
 *   - a bound that does not constrain (at or beyond the safe-integer range, or ±Number.MAX_VALUE) is dropped;
 *   - an integer between two bounds at most ENUM_MAX values apart becomes an `enum` of those integers, which the
 *     grammar enforces exactly;
 *   - any other bound stays, and schema-support.ts refuses it with a 400 naming it.
 */
const ENUM_MAX = 256;
const SAFE = Number.MAX_SAFE_INTEGER;
const BOUNDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of the schema with bounds relaxed as above; the input is left as it is. */
export function relaxBounds(schema: unknown, keysAreNames = false): unknown {
  if (Array.isArray(schema)) return schema.map((item) => relaxBounds(item));
  if (!isObject(schema)) return schema;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (keysAreNames) out[key] = relaxBounds(value);
    else if (key === 'enum' || key === 'const') out[key] = value;
    else out[key] = relaxBounds(value, key === 'properties' || key === '$defs');
  }
  if (keysAreNames) return out;
  return relaxNumber(out);
}

function relaxNumber(node: Json): Json {
  if (!BOUNDS.some((b) => b in node)) return node;
  const type = node['type'];
  // Draft-4 boolean exclusive bounds change what `minimum` means: left for schema-support.ts to refuse.
  if ((type !== 'integer' && type !== 'number') || typeof node['exclusiveMinimum'] === 'boolean' || typeof node['exclusiveMaximum'] === 'boolean') return node;
  const out: Json = { ...node };
  for (const bound of BOUNDS) {
    const value = out[bound];
    if (typeof value !== 'number') continue;
    const lower = bound === 'minimum' || bound === 'exclusiveMinimum';
    if (lower ? value <= -SAFE : value >= SAFE) delete out[bound];
  }
  if (type !== 'integer') return out;
  const low = typeof out['minimum'] === 'number' ? Math.ceil(out['minimum']) : typeof out['exclusiveMinimum'] === 'number' ? Math.floor(out['exclusiveMinimum']) + 1 : undefined;
  const high = typeof out['maximum'] === 'number' ? Math.floor(out['maximum']) : typeof out['exclusiveMaximum'] === 'number' ? Math.ceil(out['exclusiveMaximum']) - 1 : undefined;
  if (low === undefined || high === undefined || high < low || high - low + 1 > ENUM_MAX) return out;
  const { type: _type, minimum: _min, maximum: _max, exclusiveMinimum: _emin, exclusiveMaximum: _emax, ...rest } = out;
  return { ...rest, enum: Array.from({ length: high - low + 1 }, (_, i) => low + i) };
}
