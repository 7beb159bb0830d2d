import { beforeAll, describe, expect, it, vi } from 'vitest';
import { invokeChannelNames } from '../../../shared/ipc';
import type { ContractHandlers } from '../../../electron/core/server/control';
import { settingsSchema } from '../../../shared/settings';

// Electron cannot run here: a stand-in ipcMain records the handlers bindContract registers.
type Handler = (event: unknown, payload: unknown) => Promise<unknown>;
const registered = new Map<string, Handler>();
vi.mock('electron', () => ({ ipcMain: { handle: (channel: string, fn: Handler) => registered.set(channel, fn), removeHandler: (channel: string) => registered.delete(channel) } }));

const settings = settingsSchema.parse({});
const view = { mode: settings.mode, privacy: { entities: settings.privacy.entities, categories: settings.privacy.categories, rules: settings.rules } };
const handlers = {
  'settings.get': async () => view,
  'settings.setMode': async ({ mode }: { mode: typeof settings.mode }) => ({ ...view, mode }),
  'models.load': async () => {
    throw new Error('disk on fire at /home/user/secret/path');
  },
} as unknown as ContractHandlers;

function eventFrom(url: string, topLevel = true) {
  const mainFrame = { url };
  const sender = { mainFrame, isDestroyed: () => false, send: () => {}, once: () => {}, off: () => {} };
  return { sender, senderFrame: topLevel ? mainFrame : { url } };
}

describe('IPC binding', () => {
  beforeAll(async () => {
    const { bindContract } = await import('../../../electron/main/ipc/handle');
    bindContract(handlers, undefined);
  });

  it('registers every contract channel and nothing else', () => {
    expect([...registered.keys()].sort()).toEqual([...invokeChannelNames].sort());
  });

  it('answers our own top-level page with output parsed by the contract', async () => {
    const out = await registered.get('settings.setMode')?.(eventFrom('file:///app/index.html'), { mode: 'privacy' });
    expect(out).toMatchObject({ mode: 'privacy' });
  });

  it('refuses subframes and foreign pages before running anything', async () => {
    await expect(registered.get('settings.get')?.(eventFrom('file:///app/index.html', false), {})).rejects.toThrow(/sender_refused/);
    await expect(registered.get('settings.get')?.(eventFrom('https://evil.example/'), {})).rejects.toThrow(/sender_refused/);
  });

  it('rejects payloads the schema refuses, and serialises errors as JSON without a stack', async () => {
    const bad = await registered.get('settings.setMode')?.(eventFrom('file:///app/index.html'), { mode: 'reckless' }).catch((e: Error) => e);
    expect(JSON.parse((bad as Error).message)).toMatchObject({ type: 'invalid_request_error', code: 'invalid_input' });
    const failed = await registered.get('models.load')?.(eventFrom('file:///app/index.html'), { id: 'x' }).catch((e: Error) => e);
    const body = JSON.parse((failed as Error).message) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['code', 'message', 'type']);
    expect(String(body['message'])).not.toMatch(/\n\s+at /);
  });
});
