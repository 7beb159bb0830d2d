import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io';
import { loadSettings, settingsOptions } from '../load-settings';
import { parseIntFlag } from './serve';

interface ServedModel {
  id: string;
  switchyard?: { loaded?: boolean | null };
}

/**
 * `switchyard models`: the configured models, each marked loaded when a server on this machine has it in
 * memory (asked over the port; a server that is not running is said so, not an error).
 */
export async function runModels(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { ...settingsOptions, port: { type: 'string' }, token: { type: 'string' } }, strict: true });
  const settings = loadSettings(values);
  const port = values.port !== undefined ? parseIntFlag('--port', values.port, 1, 65535) : settings.server.port;
  const served = await askServer(port, values.token ?? process.env['SWITCHYARD_TOKEN']);
  const loaded = new Set((served ?? []).filter((m) => m.switchyard?.loaded === true).map((m) => m.id));
  if (settings.local.length === 0) io.stdout.write('No local models configured. Add one with `switchyard serve --model PATH` or in settings.\n');
  for (const model of settings.local) {
    io.stdout.write(`${model.id}\tlocal\t${loaded.has(model.id) ? 'loaded' : 'not loaded'}\t${model.path}\n`);
  }
  for (const model of served ?? []) {
    if (model.id !== 'auto' && !settings.local.some((m) => m.id === model.id)) {
      io.stdout.write(`${model.id}\tserved\t${loaded.has(model.id) ? 'loaded' : 'not loaded'}\n`);
    }
  }
  io.stdout.write(served === undefined ? `(no server answering on 127.0.0.1:${port})\n` : `(server on 127.0.0.1:${port})\n`);
  return 0;
}

async function askServer(port: number, token: string | undefined): Promise<ServedModel[] | undefined> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/v1/models`, {
      headers: token !== undefined ? { authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(1_500),
    });
    if (!response.ok) return undefined;
    const body = (await response.json()) as { data?: ServedModel[] };
    return Array.isArray(body.data) ? body.data : undefined;
  } catch {
    return undefined;
  }
}
