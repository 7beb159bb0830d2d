import type { ProviderSettings } from '../../../../shared/settings';
import type { CloudCatalog } from './catalog';
import type { CloudBackendDeps } from './cloud-chat-backend';
import { anthropicProtocol } from './anthropic/anthropic-protocol';
import { loadCloudCatalog, withCatalog } from './catalog';
import { CloudChatBackend } from './cloud-chat-backend';
import { openAiEmbed } from './openai/openai-embed';
import { openAiProtocol } from './openai/openai-protocol';
import { baseUrlOf } from './provider-defaults';

export interface CreateCloudBackendDeps extends CloudBackendDeps {
  /** Completes providers from this catalog; defaults to the shipped one, `null` uses settings only. */
  catalog?: CloudCatalog | null;
}

/** A ChatBackend for one configured provider (already validated by the settings schema). */
export function createCloudBackend(settings: ProviderSettings, deps: CreateCloudBackendDeps): CloudChatBackend {
  const catalog = deps.catalog === undefined ? loadCloudCatalog() : deps.catalog;
  const provider = catalog ? withCatalog(settings, catalog) : settings;
  const baseUrl = baseUrlOf(provider);
  if (provider.kind === 'anthropic') return new CloudChatBackend(provider, anthropicProtocol(provider, baseUrl), deps);
  const fetchFn = deps.fetch ?? globalThis.fetch.bind(globalThis);
  return new CloudChatBackend(provider, openAiProtocol(provider, baseUrl), deps, (_model, inputs, signal, context) =>
    openAiEmbed(fetchFn, baseUrl, inputs, signal, context),
  );
}

/** Backends for every configured provider, keyed by provider id. */
export function createCloudBackends(providers: readonly ProviderSettings[], deps: CreateCloudBackendDeps): Map<string, CloudChatBackend> {
  return new Map(providers.map((provider) => [provider.id, createCloudBackend(provider, deps)]));
}
