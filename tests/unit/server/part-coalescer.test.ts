import { describe, expect, it } from 'vitest';
import type { ChatPartEvent } from '../../../shared/ipc';
import { FRAME_MS, PartCoalescer } from '../../../electron/core/server/control/part-coalescer';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const texts = (events: ChatPartEvent[]) => events.map((e) => ('part' in e ? (e.part.type === 'text-delta' ? e.part.text : `<${e.part.type}>`) : '<decision>'));

describe('chat events for the UI', () => {
  it('sends the first text at once, merges what follows within a frame, and keeps the order with other parts', async () => {
    const events: ChatPartEvent[] = [];
    const c = new PartCoalescer('r1', (event) => { events.push(event); });
    await c.push({ type: 'text-delta', text: 'Once' });
    expect(texts(events)).toEqual(['Once']);
    await c.push({ type: 'text-delta', text: ' upon' });
    await c.push({ type: 'text-delta', text: ' a' });
    expect(texts(events)).toEqual(['Once']);
    await wait(FRAME_MS * 3);
    expect(texts(events)).toEqual(['Once', ' upon a']);
    await c.push({ type: 'text-delta', text: ' time' });
    await c.push({ type: 'finish', reason: 'stop', usage: { promptTokens: 1, completionTokens: 4 } });
    expect(texts(events).join('|')).toMatch(/ time\|<finish>$/);
    expect(events.every((e) => e.requestId === 'r1')).toBe(true);
  });

  it('waits while the transport is full, so a slow reader slows the answer instead of piling events up', async () => {
    let release: () => void = () => {};
    const events: ChatPartEvent[] = [];
    const c = new PartCoalescer('r2', (event) => {
      events.push(event);
      return events.length === 1 ? new Promise<void>((resolve) => { release = resolve; }) : undefined;
    });
    let second = false;
    const first = c.push({ type: 'text-delta', text: 'a' });
    void first.then(async () => { await c.push({ type: 'error', error: { message: 'x', type: 'server_error', code: null } }); second = true; });
    await wait(5);
    expect(second).toBe(false);
    release();
    await wait(5);
    expect(second).toBe(true);
    expect(texts(events)).toEqual(['a', '<error>']);
  });
});
