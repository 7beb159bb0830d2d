import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { modeSchema } from '../../../../shared/decision';
import { InvalidRequestError } from '../../../../shared/errors';
import type { Settings } from '../../../../shared/settings';
import { createConfSettings, dataDir } from '../../config';
import { createLayeredSecrets, KeychainSecrets } from '../../config/secrets';
import { apiKeyEnvVars } from '../../backends/cloud';
import { createEngine } from '../../engine';
import { ConversationsStore, createControlHandler, createEngineHandlers, defaultRendererDist, startOpenAiServer } from '../../server';
import type { CliIo } from '../cli-io';
import { UsageError } from '../cli-io';
import { loadSettings, settingsOptions } from '../load-settings';

export const serveOptions = {
  ...settingsOptions,
  port: { type: 'string' },
  host: { type: 'string' },
  threads: { type: 'string' },
  token: { type: 'string' },
  mode: { type: 'string' },
} as const;

/** `switchyard serve`: runs until SIGINT/SIGTERM, then ends in-flight streams and disposes the models. */
export async function runServe(argv: string[], io: CliIo, stopSignal: AbortSignal = processStopSignal()): Promise<number> {
  const { values } = parseArgs({ args: argv, options: serveOptions, allowPositionals: false, strict: true });
  const settings: Settings = loadSettings(values);
  const startMode = settings.mode;
  if (values.mode !== undefined) settings.mode = parseMode(values.mode);
  const saved = values.config === undefined ? savedSettings(values.model ?? [], startMode, settings.mode) : undefined;
  const host = values.host ?? settings.server.host;
  const port = values.port !== undefined ? parseIntFlag('--port', values.port, 0, 65535) : settings.server.port;
  const threads = values.threads !== undefined ? parseIntFlag('--threads', values.threads, 0, 1024) : undefined;
  const token = values.token ?? process.env['SWITCHYARD_TOKEN'];

  const log = (message: string): void => void io.stderr.write(`${message}\n`);
  // A function: providers added from the UI while serving get their key variables too.
  const secrets = createLayeredSecrets({ keychain: new KeychainSecrets(), envVars: () => apiKeyEnvVars(engine.settings().providers) });
  // Conversations and their pseudonym maps: one store, shared by the gateway (maps) and the UI (chats).
  const conversations = new ConversationsStore(join(dataDir(), 'conversations.json'));
  const engine = createEngine({ settings, ...(threads !== undefined ? { threads } : {}), logger: log, dataDir: dataDir(), secrets, pseudonymStore: conversations });
  // The web UI's token: the one given, else a fresh random one per run (printed once, in the start-up URL).
  const uiToken = token ?? randomBytes(24).toString('base64url');
  let apiBaseUrl = '';
  let apiPort = port;
  // The Local API switch: the OpenAI routes share this server with the web UI, so "off" answers 503 there.
  let apiEnabled = settings.server.enabled;
  const handlers = createEngineHandlers({
    engine,
    conversations,
    secrets,
    server: () => ({ apiBaseUrl, apiToken: token ?? null, enabled: apiEnabled, port: apiPort }),
    ...(saved === undefined ? {} : { persist: saved.persist }),
    configureServer: async ({ enabled, port: wanted }) => {
      if (wanted !== undefined && wanted !== apiPort) {
        throw new InvalidRequestError(`Here the local API shares port ${apiPort} with this web UI; to move it, restart with \`switchyard serve --port ${wanted}\`.`, 'port', 'port_fixed');
      }
      apiEnabled = enabled;
    },
    channel: 'control-api',
  });
  const staticDir = defaultRendererDist();
  let server;
  try {
    server = await startOpenAiServer(engine.gateway, {
      host,
      port,
      token,
      corsOrigins: settings.server.corsOrigins,
      maxBodyBytes: settings.server.maxBodyBytes,
      routingLog: engine.log,
      feedback: engine.feedback,
      control: createControlHandler({ handlers, token: uiToken, staticDir }),
      apiEnabled: () => apiEnabled,
    });
  } catch (error) {
    await engine.dispose();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`Port ${port} on ${host} is in use; pick another with --port N (0 picks a free one).`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`Cannot listen on host ${host}: ${code}.`);
    throw error;
  }
  io.stdout.write(`Switchyard listening on ${server.url}/v1 (mode ${settings.mode})\n`);
  apiBaseUrl = `${server.url}/v1`;
  apiPort = server.port;
  if (!apiEnabled) log('The local API is off (settings.server.enabled); the web UI can turn it on.');
  io.stdout.write(`Switchyard UI: ${server.url}/?token=${uiToken}\n`);
  if (!existsSync(join(staticDir, 'index.html'))) log(`The web UI is not built (${staticDir} is missing); run: npm run build:renderer`);
  // Models named for this run (--model, --config) load now; saved ones (added or downloaded earlier) on first use.
  for (const model of settings.local.filter((m) => saved === undefined || saved.runOnly(m.path))) {
    engine.local.load(model.id).then(
      async () => log(`loaded ${model.id} (${await engine.local.gpu()})`),
      (error: unknown) => log(`could not load ${model.id}: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  if (settings.local.length === 0) log('No local model configured: pass --model PATH/TO/model.gguf or --config FILE.');

  await new Promise<void>((resolve) => {
    if (stopSignal.aborted) resolve();
    else stopSignal.addEventListener('abort', () => resolve(), { once: true });
  });
  log('Shutting down…');
  handlers.abortAll();
  await server.close();
  await engine.dispose();
  log('Stopped.');
  return 0;
}

/**
 * Changes made in the web UI (mode, privacy rules, providers, models added or downloaded) are saved in the
 * data directory, as the desktop app saves its own; not when `--config` names the settings file, which stays
 * the one source of truth. Models given with `--model` and a mode given with `--mode` are for this run only.
 */
function savedSettings(modelFlags: readonly string[], savedMode: Settings['mode'], runMode: Settings['mode']) {
  // Opened on the first change: start-up has read the saved settings already (loadSettings).
  let store: ReturnType<typeof createConfSettings> | undefined;
  const flagged = new Set(modelFlags.map((path) => resolve(path)));
  const runOnly = (path: string): boolean => flagged.has(resolve(path));
  return {
    runOnly,
    persist(next: Settings): void {
      store ??= createConfSettings(dataDir());
      store.write({ ...next, mode: next.mode === runMode ? savedMode : next.mode, local: next.local.filter((m) => !runOnly(m.path)) });
    },
  };
}

function parseMode(value: string): Settings['mode'] {
  const parsed = modeSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`--mode must be one of ${modeSchema.options.join(', ')}; got '${value}'.`);
  return parsed.data;
}

export function parseIntFlag(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}; got '${value}'.`);
  return n;
}

/**
 * Aborts on the first SIGINT or SIGTERM. Later signals are ignored rather than treated as "force quit":
 * signal-exit (pulled in by dependencies) re-raises the signal it saw, and shutdown is bounded anyway.
 */
function processStopSignal(): AbortSignal {
  const controller = new AbortController();
  const onSignal = (): void => {
    if (controller.signal.aborted) return;
    controller.abort();
    // Watchdog: a shutdown that cannot finish still ends the process.
    setTimeout(() => process.exit(1), SHUTDOWN_LIMIT_MS).unref();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return controller.signal;
}

const SHUTDOWN_LIMIT_MS = 15_000;
