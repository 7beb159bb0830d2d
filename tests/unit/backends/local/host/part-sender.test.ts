import { describe, expect, it, vi } from 'vitest';
import { PartSender } from '../../../../../electron/core/backends/local/host/part-sender';
import { reviveError, toWireError } from '../../../../../electron/core/backends/local/host/wire-error';
import { ModelLoadError } from '../../../../../electron/core/backends/local/model-file';
import type { StreamPart } from '../../../../../shared/chat';

const text = (t: string): StreamPart => ({ type: 'text-delta', text: t });
const finish: StreamPart = { type: 'finish', reason: 'stop', usage: { promptTokens: 1, completionTokens: 3 } };

describe('PartSender', () => {
  it('sends the first part at once, batches the rest per frame, and flushes the final part immediately', () => {
    vi.useFakeTimers();
    const batches: StreamPart[][] = [];
    const sender = new PartSender((parts) => batches.push(parts), 8, 16);
    sender.push(text('a'));
    expect(batches).toEqual([[text('a')]]);
    sender.push(text('b'));
    sender.push(text('c'));
    expect(batches).toHaveLength(1);
    vi.advanceTimersByTime(16);
    expect(batches[1]).toEqual([text('b'), text('c')]);
    sender.push(text('d'));
    sender.push(finish);
    expect(batches[2]).toEqual([text('d'), finish]);
    expect(sender.done).toBe(true);
    vi.useRealTimers();
  });

  it('holds parts once the window of unacknowledged batches is full, and sends them on ack or release', () => {
    vi.useFakeTimers();
    const batches: StreamPart[][] = [];
    const sender = new PartSender((parts) => batches.push(parts), 2, 16);
    sender.push(text('1'));
    sender.push(text('2'));
    vi.advanceTimersByTime(16);
    sender.push(text('3'));
    sender.push(finish);
    expect(batches).toHaveLength(2);
    sender.ack(1);
    expect(batches[2]).toEqual([text('3'), finish]);
    const other: StreamPart[][] = [];
    const cancelled = new PartSender((parts) => other.push(parts), 1, 16);
    cancelled.push(text('x'));
    cancelled.push(finish);
    expect(other).toHaveLength(1);
    cancelled.release();
    expect(other[1]).toEqual([finish]);
    vi.useRealTimers();
  });
});

describe('wire errors', () => {
  it('revive with the same class, status, code and message, and no stack from the host', () => {
    const revived = reviveError(toWireError(new ModelLoadError('m', '/x.gguf', new Error('bad magic'))));
    expect(revived).toBeInstanceOf(ModelLoadError);
    expect([revived.status, revived.code]).toEqual([500, 'model_load_failed']);
    expect(revived.message).toContain("Local model 'm' could not be loaded from /x.gguf: bad magic");
    expect(reviveError(toWireError(new Error('boom'))).code).toBe('internal_error');
  });
});
