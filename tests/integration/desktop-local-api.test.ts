import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/settings';
import { settingsSchema } from '../../shared/settings';
import { createEngine } from '../../electron/core/engine';
import { createLocalApi, startLocalApiAtLaunch } from '../../electron/main/local-api';
import { rawRequest } from '../helpers/raw-http';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const reachable = async (url: string): Promise<boolean> => rawRequest(`${url}/models`, { timeoutMs: 5000, headers: { connection: 'close' } }).then((r) => r.status === 200, () => false);

/** The desktop's Local API switch (electron/main/local-api.ts; plain Node, no Electron needed): a real listener. */
describe('desktop local API switch', async () => {
  const first = await freePort();
  const engine = createEngine({ settings: settingsSchema.parse({ server: { port: first } }), classifier: false });
  const saved: Settings[] = [];
  const api = createLocalApi(engine, (s) => saved.push(s));
  afterAll(async () => {
    await api.close();
    await engine.dispose();
  });

  it('listens at launch when settings say so', async () => {
    await startLocalApiAtLaunch(api, engine.settings(), () => {});
    expect(api.info()).toEqual({ apiBaseUrl: `http://127.0.0.1:${first}/v1`, apiToken: null, enabled: true, port: first });
    expect(await reachable(api.info().apiBaseUrl)).toBe(true);
  });

  it('closes the port when turned off and remembers that', async () => {
    await api.configure({ enabled: false });
    expect(api.info()).toMatchObject({ enabled: false, port: first, apiBaseUrl: `http://127.0.0.1:${first}/v1` });
    expect(await reachable(`http://127.0.0.1:${first}/v1`)).toBe(false);
    expect(saved.at(-1)?.server).toMatchObject({ enabled: false, port: first });
  });

  it('opens on a new port and refuses one that is taken, in words', async () => {
    const second = await freePort();
    await api.configure({ enabled: true, port: second });
    expect(api.info()).toMatchObject({ enabled: true, port: second });
    expect(await reachable(`http://127.0.0.1:${second}/v1`)).toBe(true);
    expect(engine.settings().server).toMatchObject({ enabled: true, port: second });

    const squatter = createServer();
    const taken = await freePort();
    await new Promise<void>((resolve) => squatter.listen(taken, '127.0.0.1', resolve));
    try {
      await expect(api.configure({ enabled: true, port: taken })).rejects.toThrow(`Port ${taken} is in use`);
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
    expect(engine.settings().server.port).toBe(second);
    expect(api.info()).toMatchObject({ enabled: true, port: second });
    expect(await reachable(`http://127.0.0.1:${second}/v1`)).toBe(true);
  });
});
