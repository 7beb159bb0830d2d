export type { SecretsPort, KeySource } from './secrets-port';
export { KeychainSecrets, type KeychainOptions } from './keychain-secrets';
export { nodeKeychainLauncher, type KeychainLauncher, type KeychainChannel, type KeychainHelperEnv } from './keychain-launcher';
export { keychainHelperSource } from './keychain-helper-source';
export { createLayeredSecrets, type LayeredSecrets, type LayeredSecretsOptions } from './layered-secrets';
export { KeychainUnavailableError, KeychainTimeoutError } from './secrets-errors';
export { defaultEnvVar } from './env-var-name';
