import { InvalidRequestError } from '../../../../shared/errors';
import type { ChannelOutput } from '../../../../shared/ipc';
import type { ProviderDraft } from '../../../../shared/ipc/provider-schemas';
import type { ProviderSettings, ProviderSettingsInput, Settings } from '../../../../shared/settings';
import { apiKeyAccount, testProviderConnection } from '../../backends/cloud';
import type { LayeredSecrets, SecretsPort } from '../../config/secrets';
import type { Engine } from '../../engine';
import type { ContractHandlers } from './handlers';

export interface ProviderHandlerDeps {
  engine: Engine;
  secrets?: LayeredSecrets;
  persist?: (settings: Settings) => void;
  /** Upper bound of "Test connection". */
  testTimeoutMs?: number;
  fetch?: typeof fetch;
}

type ProviderChannels = 'providers.list' | 'providers.save' | 'providers.delete' | 'providers.test';

/** Where no secrets port is wired, only providers that need no key can be tested. */
const noKeys: SecretsPort = { get: async () => undefined, set: async () => {}, delete: async () => false, has: async () => false };

/** A model the form did not size gets a common context length; the catalog's own entries win anyway. */
const DEFAULT_CONTEXT = 32_768;

/** The Providers & keys screen: list, add/update, delete and test providers while the engine runs. */
export function createProviderHandlers(deps: ProviderHandlerDeps): Pick<ContractHandlers, ProviderChannels> {
  const { engine } = deps;
  const providers = (): Settings['providers'] => engine.settings().providers;
  const find = (id: string): ProviderSettings => {
    const found = providers().find((p) => p.id === id);
    if (found === undefined) throw new InvalidRequestError(`There is no provider '${id}'.`, 'id', 'unknown_provider');
    return found;
  };
  const apply = (next: ProviderSettingsInput[]): void => {
    const settings = engine.setProviders(next);
    deps.persist?.(settings);
  };

  async function row(p: ProviderSettings): Promise<ChannelOutput<'providers.list'>['providers'][number]> {
    const account = apiKeyAccount(p);
    const source = deps.secrets === undefined ? { kind: 'none' as const } : await deps.secrets.source(account).catch(() => ({ kind: 'none' as const }));
    return {
      id: p.id,
      kind: p.kind,
      baseUrl: p.baseUrl ?? null,
      models: p.models.map((m) => m.id),
      servedModels: engine.cloud.get(p.id)?.models().map((m) => m.id) ?? [],
      requiresApiKey: p.requiresApiKey,
      hasKey: source.kind !== 'none',
      source: source.kind,
      envVar: deps.secrets?.envVarFor(account) ?? '',
    };
  }

  return {
    'providers.list': async () => ({ providers: await Promise.all(providers().map(row)), persisted: deps.persist !== undefined }),
    'providers.save': async ({ mode, provider }) => {
      const existing = providers().find((p) => p.id === provider.id);
      if (mode === 'add' && existing !== undefined) {
        throw new InvalidRequestError(`A provider with the id '${provider.id}' already exists; pick another id or edit that one.`, 'provider.id', 'duplicate_provider');
      }
      if (mode === 'update' && existing === undefined) find(provider.id);
      const merged = fromDraft(provider, existing);
      apply(mode === 'add' ? [...providers(), merged] : providers().map((p) => (p.id === provider.id ? merged : p)));
      return { ok: true };
    },
    'providers.delete': async ({ id }) => {
      const gone = find(id);
      apply(providers().filter((p) => p.id !== id));
      // The key goes too, unless another provider shares its keychain account; a broken keychain does not block.
      if (deps.secrets !== undefined && !providers().some((p) => apiKeyAccount(p) === apiKeyAccount(gone))) {
        await deps.secrets.delete(apiKeyAccount(gone)).catch(() => false);
      }
      return { ok: true };
    },
    'providers.test': async ({ id }) => {
      const provider = engine.cloud.get(id)?.provider ?? find(id);
      return testProviderConnection(provider, {
        secrets: deps.secrets ?? noKeys,
        ...(deps.testTimeoutMs !== undefined ? { timeoutMs: deps.testTimeoutMs } : {}),
        ...(deps.fetch !== undefined ? { fetch: deps.fetch } : {}),
      });
    },
  };
}

/** The form's provider as settings; models already configured keep their prices and capabilities. */
function fromDraft(draft: ProviderDraft, existing: ProviderSettings | undefined): ProviderSettingsInput {
  const known = new Map(existing?.models.map((m) => [m.id, m]));
  // The form does not show the key's variable or keychain account: an edit keeps them.
  const apiKeyEnv = draft.apiKeyEnv ?? existing?.apiKeyEnv;
  const apiKeyRef = existing?.apiKeyRef;
  return {
    id: draft.id,
    kind: draft.kind,
    ...(draft.baseUrl !== undefined ? { baseUrl: draft.baseUrl } : {}),
    ...(apiKeyEnv !== undefined ? { apiKeyEnv } : {}),
    ...(apiKeyRef !== undefined ? { apiKeyRef } : {}),
    requiresApiKey: draft.requiresApiKey ?? existing?.requiresApiKey ?? true,
    models: draft.models.map((m) => {
      const before = known.get(m.id);
      if (before !== undefined) return m.contextLength === undefined ? before : { ...before, contextLength: m.contextLength };
      return { id: m.id, contextLength: m.contextLength ?? DEFAULT_CONTEXT };
    }),
  };
}
