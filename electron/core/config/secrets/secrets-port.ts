/**
 * Where API keys live (DESIGN.md §2 "ports"). An account names a key (a provider id or its `apiKeyRef`);
 * values never leave the engine: not to settings, logs, error messages or the renderer.
 */
export interface SecretsPort {
  get(account: string): Promise<string | undefined>;
  set(account: string, value: string): Promise<void>;
  /** True when a key was deleted, false when there was none. */
  delete(account: string): Promise<boolean>;
  has(account: string): Promise<boolean>;
}

/** Where a key was found, for `switchyard keys list` and the settings UI; never the key itself. */
export type KeySource =
  | { kind: 'keychain' }
  | { kind: 'env'; variable: string }
  /** `keychainError` says why the keychain could not be asked (no Secret Service, locked). */
  | { kind: 'none'; variable: string; keychainError?: string };
