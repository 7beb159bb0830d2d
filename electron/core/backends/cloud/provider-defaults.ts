import type { ProviderSettings } from '../../../../shared/settings';
import { defaultEnvVar } from '../../config/secrets';

const defaultBaseUrls: Partial<Record<ProviderSettings['kind'], string>> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com',
};

/** Base URL without a trailing slash; Anthropic's is the host root (a pasted `/v1` is tolerated). */
export function baseUrlOf(provider: ProviderSettings): string {
  const url = (provider.baseUrl ?? defaultBaseUrls[provider.kind] ?? '').replace(/\/+$/, '');
  return provider.kind === 'anthropic' ? url.replace(/\/v1$/, '') : url;
}

/** Keychain account of the provider's key. */
export function apiKeyAccount(provider: ProviderSettings): string {
  return provider.apiKeyRef ?? provider.id;
}

/** Environment variable read in headless mode: `apiKeyEnv`, else the vendor's usual name, else <ID>_API_KEY. */
export function apiKeyEnvVar(provider: ProviderSettings): string {
  if (provider.apiKeyEnv) return provider.apiKeyEnv;
  if (provider.kind === 'openai') return 'OPENAI_API_KEY';
  if (provider.kind === 'anthropic') return 'ANTHROPIC_API_KEY';
  return defaultEnvVar(apiKeyAccount(provider));
}

/** Account → variable for every provider, to hand to `createLayeredSecrets({ envVars })`. */
export function apiKeyEnvVars(providers: readonly ProviderSettings[]): Record<string, string> {
  return Object.fromEntries(providers.map((provider) => [apiKeyAccount(provider), apiKeyEnvVar(provider)]));
}
