import type { ProviderSettings } from '../../../../shared/settings';
import type { LayeredSecrets, SecretsPort } from '../../config/secrets';
import { createLayeredSecrets } from '../../config/secrets';
import { apiKeyEnvVars } from './provider-defaults';

/**
 * The secrets port the cloud backends expect: the keychain first, then each provider's environment
 * variable (`apiKeyEnv`, OPENAI_API_KEY / ANTHROPIC_API_KEY by kind, else <ID>_API_KEY).
 */
export function createProviderSecrets(
  providers: readonly ProviderSettings[],
  keychain: SecretsPort | null,
  env: Readonly<Record<string, string | undefined>> = process.env,
): LayeredSecrets {
  return createLayeredSecrets({ keychain, env, envVars: apiKeyEnvVars(providers) });
}
