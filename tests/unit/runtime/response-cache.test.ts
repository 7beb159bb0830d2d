import { describe, expect, it } from 'vitest';
import type { StreamPart } from '../../../shared/chat';
import { ResponseCache, type CacheOptions } from '../../../electron/core/runtime/response-cache';

const target = { kind: 'cloud' as const, provider: 'acme', model: 'big-1' };
const answer = (text: string): { target: typeof target; parts: StreamPart[] } => ({
  target,
  parts: [{ type: 'text-delta', text }, { type: 'finish', reason: 'stop', usage: { promptTokens: 3, completionTokens: 1 } }],
});
const sizeOf = (text: string): number => Buffer.byteLength(JSON.stringify(answer(text).parts));

function setup(overrides: Partial<CacheOptions> = {}): { cache: ResponseCache; advance: (ms: number) => void } {
  let now = 0;
  const cache = new ResponseCache({ enabled: true, ttlMs: 1_000, maxEntries: 3, maxBytes: 1_000_000, ...overrides }, { now: () => now });
  return { cache, advance: (ms) => (now += ms) };
}

describe('ResponseCache', () => {
  it('misses, then hits with the stored answer', () => {
    const { cache } = setup();
    expect(cache.get('k')).toBeUndefined();
    cache.set('k', answer('hello'));
    expect(cache.get('k')).toEqual(answer('hello'));
  });

  it('expires entries after the TTL', () => {
    const { cache, advance } = setup();
    cache.set('k', answer('hello'));
    advance(999);
    expect(cache.get('k')).toBeDefined();
    advance(1);
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
  });

  it('evicts the least recently used entry beyond maxEntries', () => {
    const { cache } = setup();
    cache.set('a', answer('a'));
    cache.set('b', answer('b'));
    cache.set('c', answer('c'));
    cache.get('a');
    cache.set('d', answer('d'));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.get('d')).toBeDefined();
    expect(cache.size).toBe(3);
  });

  it('evicts by bytes and tracks the total exactly', () => {
    const one = sizeOf('xxxxxxxxxx');
    const { cache } = setup({ maxEntries: 100, maxBytes: one * 2 });
    cache.set('a', answer('xxxxxxxxxx'));
    cache.set('b', answer('yyyyyyyyyy'));
    expect(cache.bytes).toBe(one * 2);
    cache.set('c', answer('zzzzzzzzzz'));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(one * 2);
  });

  it('never stores an answer larger than the whole budget', () => {
    const { cache } = setup({ maxBytes: sizeOf('x') });
    cache.set('big', answer('far too long for the budget'));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });

  it('replaces an entry under the same key without double-counting bytes', () => {
    const { cache } = setup();
    cache.set('k', answer('one'));
    cache.set('k', answer('two'));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(sizeOf('two'));
    expect(cache.get('k')).toEqual(answer('two'));
  });
});
