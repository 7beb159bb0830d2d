import { describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../../shared/chat';
import { cacheKey, isDeterministic } from '../../../electron/core/runtime/cache-key';

const cloud = { kind: 'cloud' as const, provider: 'acme', model: 'big-1' };
const base: ChatRequest = { model: 'auto', messages: [{ role: 'user', content: 'hi' }], temperature: 0 };

describe('isDeterministic', () => {
  it('is true for temperature 0 or a seed, false otherwise', () => {
    expect(isDeterministic({ ...base, temperature: 0 })).toBe(true);
    expect(isDeterministic({ model: 'm', messages: [], seed: 4, temperature: 0.7 })).toBe(true);
    expect(isDeterministic({ model: 'm', messages: [] })).toBe(false);
    expect(isDeterministic({ model: 'm', messages: [], temperature: 0.2 })).toBe(false);
  });
});

describe('cacheKey', () => {
  it('is stable across key order and ignores absent options', () => {
    const reordered = JSON.parse('{"temperature":0,"messages":[{"content":"hi","role":"user"}],"model":"auto"}') as ChatRequest;
    const withUndefined = { ...base, ...({ topP: undefined } as object) } as ChatRequest;
    expect(cacheKey(reordered, cloud)).toBe(cacheKey(base, cloud));
    expect(cacheKey(withUndefined, cloud)).toBe(cacheKey(base, cloud));
  });

  it('uses the target model, not the requested alias', () => {
    expect(cacheKey({ ...base, model: 'other' }, cloud)).toBe(cacheKey(base, cloud));
    expect(cacheKey(base, { ...cloud, model: 'big-2' })).not.toBe(cacheKey(base, cloud));
  });

  it('separates local and cloud answers and providers', () => {
    expect(cacheKey(base, { ...cloud, kind: 'local' })).not.toBe(cacheKey(base, cloud));
    expect(cacheKey(base, { ...cloud, provider: 'other' })).not.toBe(cacheKey(base, cloud));
  });

  it('changes with every message and option', () => {
    const key = cacheKey(base, cloud);
    const variants: ChatRequest[] = [
      { ...base, messages: [{ role: 'user', content: 'hi!' }] },
      { ...base, messages: [{ role: 'system', content: 'hi' }] },
      { ...base, temperature: 0, seed: 1 },
      { ...base, maxTokens: 5 },
      { ...base, topP: 0.5 },
      { ...base, stop: ['x'] },
      { ...base, responseFormat: { type: 'json_object' } },
      { ...base, tools: [{ type: 'function', function: { name: 'f' } }] },
      { ...base, toolChoice: 'none' },
    ];
    const keys = new Set(variants.map((variant) => cacheKey(variant, cloud)));
    expect(keys.size).toBe(variants.length);
    expect(keys.has(key)).toBe(false);
  });
});
