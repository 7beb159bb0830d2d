import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StreamPart } from '../../../shared/chat';
import { AttemptGuard } from '../../../electron/core/runtime/attempt-guard';

/** An iterator whose parts the test hands out by hand, so only the guard's timers decide. */
function manualIterator(): { iterator: AsyncIterator<StreamPart>; push: (part: StreamPart) => void } {
  const waiting: ((result: IteratorResult<StreamPart>) => void)[] = [];
  return {
    iterator: { next: () => new Promise((resolve) => waiting.push(resolve)) },
    push: (part) => waiting.shift()?.({ done: false, value: part }),
  };
}
const text: StreamPart = { type: 'text-delta', text: 'x' };
const settle = <T>(promise: Promise<T>): Promise<{ ok: T } | { error: unknown }> => promise.then((ok) => ({ ok }), (error: unknown) => ({ error }));

describe('AttemptGuard (fake timers: no real waiting)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives up on a first part that does not come within the deadline and aborts the backend', async () => {
    const guard = new AttemptGuard(new AbortController().signal, 1_000);
    const pending = settle(guard.race(new Promise<never>(() => undefined)));
    await vi.advanceTimersByTimeAsync(999);
    expect(guard.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ error: expect.objectContaining({ code: 'first_part_timeout', status: 504 }) });
    expect(guard.signal.aborted).toBe(true);
    expect(guard.failure?.code).toBe('first_part_timeout');
  });

  it('lets the first part through in time, then runs the idle deadline only while waiting on the backend', async () => {
    const guard = new AttemptGuard(new AbortController().signal, 1_000);
    const { iterator, push } = manualIterator();
    const first = guard.race(iterator.next());
    push(text);
    expect(await first).toEqual({ done: false, value: text });
    guard.startIdle(500);
    await vi.advanceTimersByTimeAsync(5_000); // a slow reader: no deadline runs while the consumer holds the part
    expect(guard.failure).toBeNull();
    const second = guard.nextPart(iterator);
    await vi.advanceTimersByTimeAsync(400);
    push(text);
    expect(await second).toEqual({ done: false, value: text });
    const third = settle(guard.nextPart(iterator));
    await vi.advanceTimersByTimeAsync(500);
    expect(await third).toEqual({ error: expect.objectContaining({ code: 'idle_timeout' }) });
  });

  it('a caller abort interrupts at once and every later wait fails the same way', async () => {
    const caller = new AbortController();
    const guard = new AttemptGuard(caller.signal, 60_000);
    const pending = settle(guard.race(new Promise<never>(() => undefined)));
    caller.abort();
    expect(await pending).toEqual({ error: expect.objectContaining({ code: 'aborted' }) });
    expect(guard.signal.aborted).toBe(true);
    expect(await settle(guard.race(Promise.resolve(1)))).toEqual({ error: expect.objectContaining({ code: 'aborted' }) });
  });

  it('an already-aborted caller signal is interrupted from the start', async () => {
    const caller = new AbortController();
    caller.abort();
    const guard = new AttemptGuard(caller.signal, 60_000);
    expect(guard.failure?.code).toBe('aborted');
  });

  it('dispose aborts the backend and leaves no timer or listener behind', async () => {
    const caller = new AbortController();
    const guard = new AttemptGuard(caller.signal, 1_000);
    guard.dispose();
    expect(guard.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    caller.abort();
    expect(guard.failure).toBeNull();
  });
});
