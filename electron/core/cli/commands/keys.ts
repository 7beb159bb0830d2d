import { parseArgs } from 'node:util';
import type { ProviderSettings } from '../../../../shared/settings';
import { apiKeyAccount, createProviderSecrets, loadCloudCatalog } from '../../backends/cloud';
import { KeychainSecrets, type LayeredSecrets } from '../../config/secrets';
import { UsageError, type CliIo } from '../cli-io';
import { loadSettings } from '../load-settings';
import { readSecret } from './keys-secret-input';

export interface KeysArgs {
  action: 'set' | 'delete' | 'list';
  provider?: string;
  /** The key; when absent, `set` reads it from stdin (hidden on a terminal) so it stays out of shell history. */
  value?: string;
}

export interface KeysDeps {
  secrets: LayeredSecrets;
  /** Providers a key can be set for: the configured ones, then the catalog's. */
  providers: readonly ProviderSettings[];
}

/** `switchyard keys set|delete|list`: manages keys in the OS keychain; never prints a key. */
export async function runKeys(args: KeysArgs, io: CliIo, deps: KeysDeps): Promise<number> {
  if (args.action === 'list') return list(io, deps);
  const provider = findProvider(args.provider, deps.providers);
  const account = apiKeyAccount(provider);
  if (args.action === 'delete') {
    const deleted = await deps.secrets.delete(account);
    io.stdout.write(deleted ? `Deleted the key for '${provider.id}' from the OS keychain.\n` : `There was no key for '${provider.id}' in the OS keychain.\n`);
    const source = await deps.secrets.source(account);
    if (source.kind === 'env') io.stdout.write(`The environment variable ${source.variable} still provides one.\n`);
    return 0;
  }
  const value = (args.value ?? (await readSecret(io, `API key for '${provider.id}' (input hidden): `))).trim();
  if (value === '') throw new UsageError(`No key given for '${provider.id}': paste it when asked, or pipe it in on stdin.`);
  await deps.secrets.set(account, value);
  io.stdout.write(`Saved the key for '${provider.id}' in the OS keychain.\n`);
  return 0;
}

async function list(io: CliIo, deps: KeysDeps): Promise<number> {
  let keychainError: string | undefined;
  for (const provider of deps.providers) {
    const source = await deps.secrets.source(apiKeyAccount(provider));
    const where =
      source.kind === 'keychain' ? 'keychain'
      : source.kind === 'env' ? `environment (${source.variable})`
      : provider.requiresApiKey ? `none — set with \`switchyard keys set ${provider.id}\` or ${source.variable}` : 'not needed';
    if (source.kind === 'none' && source.keychainError !== undefined) keychainError = source.keychainError;
    io.stdout.write(`${provider.id}\t${where}\n`);
  }
  if (keychainError !== undefined) io.stderr.write(`Note: ${keychainError} Keys from the environment still work.\n`);
  return 0;
}

function findProvider(id: string | undefined, providers: readonly ProviderSettings[]): ProviderSettings {
  const known = providers.map((provider) => provider.id).join(', ');
  if (id === undefined) throw new UsageError(`Name a provider: switchyard keys set|delete PROVIDER (one of: ${known}).`);
  const provider = providers.find((item) => item.id === id);
  if (!provider) throw new UsageError(`Unknown provider '${id}'. Known providers: ${known}. Add it to the settings' providers first.`);
  return provider;
}

/** Configured providers first; catalog providers not configured follow, so keys can be set up front. */
export function keyProviders(configured: readonly ProviderSettings[]): ProviderSettings[] {
  const ids = new Set(configured.map((provider) => provider.id));
  return [...configured, ...loadCloudCatalog().providers.map((entry) => entry.provider).filter((provider) => !ids.has(provider.id))];
}

/** argv adapter for the CLI's command table: `keys set|delete|list [PROVIDER] [--config FILE]`. */
export async function runKeysCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { config: { type: 'string' } }, allowPositionals: true, strict: true });
  const [action, provider, extra] = positionals;
  if (action !== 'set' && action !== 'delete' && action !== 'list') throw new UsageError('Usage: switchyard keys set|delete|list [PROVIDER]');
  if (extra !== undefined) throw new UsageError('Pass the key on stdin, not as an argument, so it stays out of your shell history.');
  const providers = keyProviders(loadSettings(values).providers);
  const keychain = new KeychainSecrets();
  try {
    const secrets = createProviderSecrets(providers, keychain);
    return await runKeys({ action, ...(provider === undefined ? {} : { provider }) }, io, { secrets, providers });
  } finally {
    await keychain.dispose();
  }
}
