import type { Price, Settings } from '../../../shared/settings';
import { loadCloudCatalog, withCatalog } from '../backends/cloud';

export interface PriceBook {
  /** Price of a cloud model; local models and tier-0 cost nothing. */
  priceOf(provider: string, model: string): Price | undefined;
  /** The model savings are measured against (settings `log.baselineModel`), found in settings or the catalog. */
  baseline: Price | undefined;
  /** A model's price by id alone (the first provider that lists it), for the ladder's top rung. */
  priceOfModel(model: string): Price | undefined;
}

/** Prices from the user's providers (settings win), completed from the shipped catalog. */
export function priceBook(settings: Settings): PriceBook {
  const catalog = loadCloudCatalog();
  const byKey = new Map<string, Price>();
  const byModel = new Map<string, Price>();
  const add = (provider: string, model: string, price: Price | undefined): void => {
    if (price === undefined) return;
    byKey.set(`${provider}\u0000${model}`, price);
    if (!byModel.has(model)) byModel.set(model, price);
  };
  for (const provider of settings.providers) for (const m of withCatalog(provider, catalog).models) add(provider.id, m.id, m.price);
  for (const entry of catalog.providers) for (const m of entry.provider.models) if (!byModel.has(m.id) && m.price !== undefined) byModel.set(m.id, m.price);
  return {
    priceOf: (provider, model) => byKey.get(`${provider}\u0000${model}`),
    baseline: byModel.get(settings.log.baselineModel),
    priceOfModel: (model) => byModel.get(model),
  };
}
