import { describe, expect, it } from 'vitest';
import { RequestQueue } from '../../../../electron/core/backends/local/request-queue';
import { QueueFullError } from '../../../../shared/errors';

const never = (): AbortSignal => new AbortController().signal;
const settled = async (promise: Promise<unknown>): Promise<'resolved' | 'rejected' | 'pending'> =>
  Promise.race([promise.then(() => 'resolved' as const, () => 'rejected' as const), new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 10))]);

describe('RequestQueue', () => {
  it('runs up to `slots` at once and queues up to `depth`, refusing the rest before they start', async () => {
    const queue = new RequestQueue('model m', 1, 2);
    const first = queue.reserve(never());
    const second = queue.reserve(never());
    const third = queue.reserve(never());
    expect(() => queue.reserve(never())).toThrow(QueueFullError);
    expect(await settled(first.granted)).toBe('resolved');
    expect(await settled(second.granted)).toBe('pending');
    expect([queue.running, queue.queued]).toEqual([1, 2]);
    first.release();
    expect(await settled(second.granted)).toBe('resolved');
    expect(await settled(third.granted)).toBe('pending');
    second.release();
    third.release();
    expect([queue.running, queue.queued]).toEqual([0, 0]);
  });

  it('tryReserve takes a place only when it runs at once, never jumping the queue and never queueing', async () => {
    const queue = new RequestQueue('model m', 2, 2);
    const first = queue.tryReserve(never());
    expect(first).toBeDefined();
    expect([queue.running, queue.queued]).toEqual([1, 0]);
    const second = queue.reserve(never());
    expect(await settled(second.granted)).toBe('resolved');
    // Both slots taken: nothing is queued by tryReserve, and the one waiting keeps its turn.
    expect(queue.tryReserve(never())).toBeUndefined();
    const waiting = queue.reserve(never());
    expect([queue.running, queue.queued]).toEqual([2, 1]);
    first?.release();
    expect(await settled(waiting.granted)).toBe('resolved');
    expect(queue.tryReserve(never())).toBeUndefined();
    const aborted = new AbortController();
    aborted.abort();
    second.release();
    expect(queue.tryReserve(aborted.signal)).toBeUndefined();
    waiting.release();
    expect([queue.running, queue.queued]).toEqual([0, 0]);
  });

  it('QueueFullError carries status 429 and a retry-after of at least one second', () => {
    const queue = new RequestQueue('model m', 1, 0, 100);
    queue.reserve(never());
    try {
      queue.reserve(never());
      expect.unreachable('the second request must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(QueueFullError);
      expect((error as QueueFullError).status).toBe(429);
      expect((error as QueueFullError).retryAfterSeconds).toBe(1);
      expect((error as QueueFullError).message).toContain('model m');
    }
  });

  it('estimates retry-after from the work ahead and the average generation time', () => {
    const queue = new RequestQueue('m', 2, 4, 3_000);
    for (let i = 0; i < 6; i += 1) queue.reserve(never());
    // Six requests ahead over two slots at ~3 s each.
    expect(queue.retryAfterSeconds()).toBe(9);
  });

  it('a waiting request whose signal aborts leaves the queue at once and frees its place', async () => {
    const queue = new RequestQueue('m', 1, 1);
    const running = queue.reserve(never());
    const controller = new AbortController();
    const waiting = queue.reserve(controller.signal);
    expect(() => queue.reserve(never())).toThrow(QueueFullError);
    controller.abort();
    expect(await settled(waiting.granted)).toBe('rejected');
    expect(queue.queued).toBe(0);
    const next = queue.reserve(never());
    running.release();
    expect(await settled(next.granted)).toBe('resolved');
  });

  it('an already aborted request never takes a slot', async () => {
    const queue = new RequestQueue('m', 1, 0);
    const controller = new AbortController();
    controller.abort();
    const lease = queue.reserve(controller.signal);
    expect(await settled(lease.granted)).toBe('rejected');
    expect(queue.running).toBe(0);
    expect(await settled(queue.reserve(never()).granted)).toBe('resolved');
  });

  it('releasing twice frees one slot only', async () => {
    const queue = new RequestQueue('m', 1, 1);
    const first = queue.reserve(never());
    const second = queue.reserve(never());
    first.release();
    first.release();
    expect(queue.running).toBe(1);
    expect(await settled(second.granted)).toBe('resolved');
  });
});
