import type { KeySource, SecretsPort } from './secrets-port';
import { KeychainTimeoutError, KeychainUnavailableError } from './secrets-errors';
import { defaultEnvVar } from './env-var-name';

export interface LayeredSecretsOptions {
  /** The OS keychain; null where there is none (then keys can only come from the environment). */
  keychain: SecretsPort | null;
  /** Environment to read keys from in headless mode; defaults to process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Account → variable overrides (a provider's `apiKeyEnv`); others use `defaultEnvVar`. A function is read
   * on every lookup, for providers added while the engine runs.
   */
  envVars?: Readonly<Record<string, string>> | (() => Readonly<Record<string, string>>);
  /** How long a key read from the keychain is remembered, so each request does not cross D-Bus. */
  cacheMs?: number;
}

export interface LayeredSecrets extends SecretsPort {
  /** Where the key for an account would come from right now. */
  source(account: string): Promise<KeySource>;
  envVarFor(account: string): string;
}

/**
 * Keychain first, then the environment (headless mode). Writes go to the keychain only: when it is not
 * usable, saving fails with a message naming the environment variable — never a plain-text fallback.
 */
export function createLayeredSecrets(options: LayeredSecretsOptions): LayeredSecrets {
  const { keychain } = options;
  const env = options.env ?? process.env;
  const cacheMs = options.cacheMs ?? 60_000;
  const cache = new Map<string, { value: string; until: number }>();
  const overrides = (): Readonly<Record<string, string>> | undefined => (typeof options.envVars === 'function' ? options.envVars() : options.envVars);
  const envVarFor = (account: string): string => overrides()?.[account] ?? defaultEnvVar(account);
  const fromEnv = (account: string): string | undefined => {
    const value = env[envVarFor(account)];
    return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
  };

  async function fromKeychain(account: string): Promise<string | undefined> {
    const cached = cache.get(account);
    if (cached && cached.until > Date.now()) return cached.value;
    const value = await keychain?.get(account);
    if (value !== undefined) cache.set(account, { value, until: Date.now() + cacheMs });
    return value;
  }

  return {
    envVarFor,
    async get(account) {
      try {
        return (await fromKeychain(account)) ?? fromEnv(account);
      } catch (error) {
        // A broken keychain must not hide a key the environment provides.
        const value = fromEnv(account);
        if (value !== undefined) return value;
        throw error;
      }
    },
    async set(account, value) {
      cache.delete(account);
      const hint = `The key for '${account}' was not saved. Set the environment variable ${envVarFor(account)} instead (headless mode reads it).`;
      if (!keychain) throw new KeychainUnavailableError(`No OS keychain is available here. ${hint}`);
      try {
        await keychain.set(account, value);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const timedOut = error instanceof KeychainTimeoutError;
        throw new KeychainUnavailableError(`${reason} ${hint}`, timedOut ? 'keychain_timeout' : 'keychain_unavailable');
      }
    },
    async delete(account) {
      cache.delete(account);
      if (!keychain) return false;
      return keychain.delete(account);
    },
    async has(account) {
      return (await this.source(account)).kind !== 'none';
    },
    async source(account) {
      const variable = envVarFor(account);
      let keychainError: string | undefined;
      try {
        if (await keychain?.has(account)) return { kind: 'keychain' };
      } catch (error) {
        // An unusable keychain is not fatal here: the environment may still provide the key.
        keychainError = error instanceof Error ? error.message : String(error);
      }
      if (fromEnv(account) !== undefined) return { kind: 'env', variable };
      return keychainError === undefined ? { kind: 'none', variable } : { kind: 'none', variable, keychainError };
    },
  };
}
