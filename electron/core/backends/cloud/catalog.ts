import { z } from 'zod';
import type { ProviderSettings } from '../../../../shared/settings';
import { providerSchema } from '../../../../shared/settings';
import catalogJson from '../../../../resources/catalog/cloud-providers.json' with { type: 'json' };

export const cloudCatalogSchema = z
  .object({
    /** Date the list prices were taken from the providers' pages. */
    pricesAsOf: z.iso.date(),
    note: z.string(),
    providers: z.array(z.object({ name: z.string().min(1), provider: providerSchema }).strict()),
  })
  .strict();
export type CloudCatalog = z.infer<typeof cloudCatalogSchema>;

let shipped: CloudCatalog | undefined;

/** The catalog shipped in resources/catalog, validated once; a broken file fails loudly here. */
export function loadCloudCatalog(): CloudCatalog {
  shipped ??= cloudCatalogSchema.parse(catalogJson);
  return shipped;
}

/**
 * A configured provider completed from the catalog entry with the same id and kind: missing base URL,
 * key variable and models come from the catalog; a model in settings replaces the catalog's model of
 * that id (this is how users edit prices).
 */
export function withCatalog(provider: ProviderSettings, catalog: CloudCatalog): ProviderSettings {
  const entry = catalog.providers.find((item) => item.provider.id === provider.id && item.provider.kind === provider.kind)?.provider;
  if (!entry) return provider;
  const own = new Set(provider.models.map((model) => model.id));
  return {
    ...provider,
    ...(provider.baseUrl === undefined && entry.baseUrl !== undefined ? { baseUrl: entry.baseUrl } : {}),
    ...(provider.apiKeyEnv === undefined && entry.apiKeyEnv !== undefined ? { apiKeyEnv: entry.apiKeyEnv } : {}),
    models: [...entry.models.filter((model) => !own.has(model.id)), ...provider.models],
  };
}

