import { beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannelNames } from '../../../shared/ipc';

// Electron cannot run here: stand-ins record what the preload hands to contextBridge and ipcRenderer.
const exposed = new Map<string, Record<string, unknown>>();
const invoked: [string, unknown][] = [];
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, input: unknown) => {
      invoked.push([channel, input]);
      return { ok: true };
    },
    on: (channel: string, fn: (event: unknown, payload: unknown) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('preload bridge', () => {
  beforeAll(async () => {
    await import('../../../electron/preload/preload');
  });

  it('exposes exactly one method per contract channel plus onChatPart, and nothing of ipcRenderer', () => {
    expect([...exposed.keys()]).toEqual(['switchyard']);
    const bridge = exposed.get('switchyard') ?? {};
    expect(Object.keys(bridge).sort()).toEqual([...invokeChannelNames, 'onChatPart'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.keys(bridge)).not.toContain('invoke');
  });

  it('sends each method on its own fixed channel', async () => {
    const bridge = exposed.get('switchyard') as Record<string, (input: unknown) => Promise<unknown>>;
    await bridge['settings.setMode']?.({ mode: 'privacy' });
    expect(invoked.at(-1)).toEqual(['settings.setMode', { mode: 'privacy' }]);
  });

  it('passes chat:part payloads on without the Electron event, and unsubscribes', () => {
    const bridge = exposed.get('switchyard') as { onChatPart: (fn: (...args: unknown[]) => void) => () => void };
    const got: unknown[][] = [];
    const off = bridge.onChatPart((...args) => got.push(args));
    listeners.get('chat:part')?.({ sender: 'secret event object' }, { requestId: 'r1', part: { type: 'text-delta', text: 'hi' } });
    expect(got).toEqual([[{ requestId: 'r1', part: { type: 'text-delta', text: 'hi' } }]]);
    off();
    expect(listeners.has('chat:part')).toBe(false);
  });
});
