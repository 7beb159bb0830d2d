import { SwitchyardError } from '../../../shared/errors';
import { processIo, UsageError, type CliIo } from './cli-io';
import { usage } from './usage';

type Command = (argv: string[], io: CliIo) => Promise<number>;

// Loaded on demand: `route` and `scan` must not pay for llama.cpp, `serve` not for the scanners' CLI.
const commands: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./commands/serve')).runServe,
  models: async () => (await import('./commands/models')).runModels,
  route: async () => (await import('./commands/route')).routeCommand,
  scan: async () => (await import('./commands/scan')).runScanCommand,
  keys: async () => (await import('./commands/keys')).runKeysCommand,
};

/** Entry of the `switchyard` command; returns the exit code. Errors print as one line, never a stack. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(`${usage}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (load === undefined) {
    io.stderr.write(`Unknown command '${name}'.\n\n${usage}\n`);
    return 2;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    io.stderr.write(`switchyard ${name}: ${describe(error)}\n`);
    return error instanceof UsageError || error instanceof SwitchyardError || isArgError(error) ? 2 : 1;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** node:util parseArgs reports unknown or malformed flags with these codes. */
function isArgError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
