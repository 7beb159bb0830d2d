import type { ProviderSettings } from '../../../shared/settings';
import type { CloudChatBackend } from '../backends/cloud';

/**
 * Brings the live cloud backends in line with a new provider list, in place (the map is the engine's
 * `cloud`) and in the list's order: an unchanged provider keeps its backend, a changed one gets a fresh
 * backend, a removed one is dropped. Returns the backends that left, for the caller to dispose.
 */
export function syncCloudBackends(
  live: Map<string, CloudChatBackend>,
  previous: readonly ProviderSettings[],
  next: readonly ProviderSettings[],
  create: (provider: ProviderSettings) => CloudChatBackend,
): CloudChatBackend[] {
  const before = new Map(previous.map((p) => [p.id, JSON.stringify(p)]));
  const kept = new Map<string, CloudChatBackend>();
  for (const provider of next) {
    const backend = live.get(provider.id);
    kept.set(provider.id, backend !== undefined && before.get(provider.id) === JSON.stringify(provider) ? backend : create(provider));
  }
  const gone = [...live.values()].filter((backend) => kept.get(backend.id) !== backend);
  live.clear();
  for (const [id, backend] of kept) live.set(id, backend);
  return gone;
}
