import { createHash } from 'node:crypto';
import type { ChatRequest } from '../../../shared/chat';

/** Where an answer came from; part of the key so a cloud answer is never served for a local-only plan. */
export interface CacheTarget {
  kind: 'local' | 'cloud';
  provider: string;
  model: string;
}

/**
 * Only deterministic requests are cached: temperature 0 or an explicit seed. Anything else asks for a
 * fresh sample, and replaying one would quietly change what the caller asked for.
 */
export function isDeterministic(request: ChatRequest): boolean {
  return request.temperature === 0 || request.seed !== undefined;
}

/** JSON with object keys sorted at every depth, so equal requests hash equally whatever their key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : stableJson(item))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * SHA-256 of the whole request as the target would receive it: target kind, provider and model, messages
 * and every sampling, tool and format option. `request.model` is replaced by the target's model.
 */
export function cacheKey(request: ChatRequest, target: CacheTarget): string {
  const normalized = { ...request, model: target.model, target: { kind: target.kind, provider: target.provider } };
  return createHash('sha256').update(stableJson(normalized)).digest('hex');
}
