import type { ProviderSettings } from '../../../../shared/settings';
import type { SecretsPort } from '../../config/secrets';
import { keyUnreadableError, missingKeyError } from './cloud-errors';
import { apiKeyAccount, apiKeyEnvVar } from './provider-defaults';

/** The provider's key from the secrets port (keychain, then environment), or a typed error saying how to set one. */
export async function resolveApiKey(provider: ProviderSettings, secrets: SecretsPort): Promise<string | undefined> {
  const envVar = apiKeyEnvVar(provider);
  let key: string | undefined;
  try {
    key = await secrets.get(apiKeyAccount(provider));
  } catch (error) {
    if (!provider.requiresApiKey) return undefined;
    throw keyUnreadableError(provider.id, envVar, error instanceof Error ? error.message : 'unknown error');
  }
  if (key === undefined && provider.requiresApiKey) throw missingKeyError(provider.id, envVar);
  return key;
}
