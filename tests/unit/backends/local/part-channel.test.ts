import { describe, expect, it } from 'vitest';
import { PartChannel } from '../../../../electron/core/backends/local/part-channel';

describe('PartChannel', () => {
  it('delivers items pushed before and after the consumer starts pulling, then ends', async () => {
    const channel = new PartChannel<number>(() => {});
    channel.push(1);
    const seen: number[] = [];
    const reading = (async () => {
      for await (const item of channel) seen.push(item);
    })();
    await Promise.resolve();
    channel.push(2);
    channel.push(3);
    channel.end();
    channel.push(4);
    await reading;
    expect(seen).toEqual([1, 2, 3]);
  });

  it('a consumer that stops early cancels the producer once', async () => {
    let cancelled = 0;
    const channel = new PartChannel<number>(() => (cancelled += 1));
    channel.push(1);
    channel.push(2);
    for await (const item of channel) {
      expect(item).toBe(1);
      break;
    }
    expect(cancelled).toBe(1);
  });

  it('does not cancel after a normal end and can be read only once', async () => {
    let cancelled = 0;
    const channel = new PartChannel<number>(() => (cancelled += 1));
    channel.end();
    for await (const _ of channel) expect.unreachable();
    expect(cancelled).toBe(0);
    expect(() => channel[Symbol.asyncIterator]()).toThrow(/only once/);
  });

  it('finishNow drops what the consumer has not taken, counts it as taken, and ends with the given item', async () => {
    let taken = 0;
    const channel = new PartChannel<number>(() => {}, () => (taken += 1));
    const reader = channel[Symbol.asyncIterator]();
    channel.push(1);
    expect(await reader.next()).toEqual({ value: 1, done: false });
    channel.push(2);
    channel.push(3);
    channel.finishNow(-1);
    channel.push(4);
    expect(await reader.next()).toEqual({ value: -1, done: false });
    expect(await reader.next()).toEqual({ value: undefined, done: true });
    expect(taken).toBe(4); // 1, the dropped 2 and 3, and -1
  });
});
