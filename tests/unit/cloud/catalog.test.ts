import { describe, expect, it } from 'vitest';
import { providerSchema } from '../../../shared/settings';
import { cloudCatalogSchema, loadCloudCatalog, withCatalog } from '../../../electron/core/backends/cloud';

describe('shipped cloud catalog', () => {
  it('validates and lists OpenAI, Anthropic and OpenAI-compatible providers with dated prices', () => {
    const catalog = loadCloudCatalog();
    expect(catalog.pricesAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(catalog.note).toMatch(/settings always win/);
    const kinds = new Set(catalog.providers.map((entry) => entry.provider.kind));
    expect(kinds).toEqual(new Set(['openai', 'anthropic', 'openai-compatible']));
    for (const entry of catalog.providers) {
      for (const model of entry.provider.models) {
        expect(model.price, `${entry.provider.id}/${model.id} has a price`).toBeDefined();
        if (model.price?.cached !== undefined) expect(model.price.cached).toBeLessThan(model.price.input);
      }
    }
  });

  it('rejects a catalog with a broken price', () => {
    const broken = { pricesAsOf: '2025-10-15', note: '', providers: [{ name: 'X', provider: { id: 'x', kind: 'openai', models: [{ id: 'm', contextLength: 1, price: { input: -1, output: 1 } }] } }] };
    expect(cloudCatalogSchema.safeParse(broken).success).toBe(false);
  });

  it('completes a configured provider from the catalog; a model in settings overrides its price', () => {
    const mine = providerSchema.parse({ id: 'openai', kind: 'openai', models: [{ id: 'gpt-4o', contextLength: 128000, price: { input: 1, output: 2 } }] });
    const merged = withCatalog(mine, loadCloudCatalog());
    expect(merged.baseUrl).toBe('https://api.openai.com/v1');
    expect(merged.apiKeyEnv).toBe('OPENAI_API_KEY');
    expect(merged.models.filter((model) => model.id === 'gpt-4o')).toEqual([mine.models[0]]);
    expect(merged.models.some((model) => model.id === 'gpt-4o-mini')).toBe(true);
  });

  it('leaves providers the catalog does not know (or of another kind) as they are', () => {
    const acme = providerSchema.parse({ id: 'acme', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1' });
    expect(withCatalog(acme, loadCloudCatalog())).toBe(acme);
    const fake = providerSchema.parse({ id: 'openai', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1' });
    expect(withCatalog(fake, loadCloudCatalog())).toBe(fake);
  });
});
