import { InvalidRequestError } from '../../shared/errors';
import type { ChannelArgs, ChannelOutput } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import type { Engine } from '../core/engine';
import { startOpenAiServer, urlHost, type RunningServer } from '../core/server';

export interface LocalApi {
  info(): ChannelOutput<'server.info'>;
  /** Starts, stops or moves the OpenAI port's listener and remembers the choice in settings. */
  configure(input: ChannelArgs<'server.configure'>): Promise<void>;
  close(): Promise<void>;
}

/** The desktop's OpenAI port: its own listener, on while settings.server.enabled. */
export function createLocalApi(engine: Engine, persist: (settings: Settings) => void): LocalApi {
  let server: RunningServer | undefined;

  async function listen(port: number): Promise<RunningServer> {
    const { host, corsOrigins, maxBodyBytes } = engine.settings().server;
    try {
      return await startOpenAiServer(engine.gateway, { host, port, corsOrigins, maxBodyBytes, routingLog: engine.log, feedback: engine.feedback });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new InvalidRequestError(`Port ${port} is in use by another program; pick another port.`, 'port', 'port_in_use');
      throw error;
    }
  }

  return {
    info: () => {
      const { host, port } = engine.settings().server;
      // Off, the snippets still show where the API will be once it is turned on.
      const url = server?.url ?? `http://${urlHost(host)}:${port}`;
      return { apiBaseUrl: `${url}/v1`, apiToken: null, enabled: server !== undefined, port: server?.port ?? port };
    },
    async configure({ enabled, port }) {
      const current = engine.settings().server;
      const wanted = port ?? current.port;
      const previous = server?.port;
      if (server !== undefined && (!enabled || (port !== undefined && port !== server.port))) {
        await server.close();
        server = undefined;
      }
      if (enabled && server === undefined) {
        try {
          server = await listen(wanted);
        } catch (error) {
          // A move that fails leaves the API where it was.
          if (previous !== undefined) server = await listen(previous).catch(() => undefined);
          throw error;
        }
      }
      persist(engine.updateSettings({ server: { ...current, enabled, port: wanted } }));
    },
    async close() {
      await server?.close();
      server = undefined;
    },
  };
}

/** Starts the listener at launch when settings say so; a failure is logged, not fatal. */
export async function startLocalApiAtLaunch(api: LocalApi, settings: Settings, log: (message: string) => void): Promise<void> {
  if (!settings.server.enabled) return;
  await api.configure({ enabled: true }).catch((error: unknown) => log(`Local API not started: ${error instanceof Error ? error.message : String(error)}`));
}
