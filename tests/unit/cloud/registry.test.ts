import { describe, expect, it } from 'vitest';
import { ModelNotFoundError } from '../../../shared/errors';
import { providersSchema } from '../../../shared/settings';
import { createCloudBackends, createProviderSecrets } from '../../../electron/core/backends/cloud';

const providers = providersSchema.parse([
  { id: 'openai', kind: 'openai' },
  { id: 'claude', kind: 'anthropic', models: [{ id: 'claude-haiku-4-5', contextLength: 200000, capabilities: { tools: true } }] },
  { id: 'acme', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1', models: [{ id: 'big-1', contextLength: 128000 }] },
]);
const secrets = createProviderSecrets(providers, null, {});

describe('createCloudBackends', () => {
  const backends = createCloudBackends(providers, { secrets });

  it('builds one cloud backend per configured provider, keyed by id', () => {
    expect([...backends.keys()]).toEqual(['openai', 'claude', 'acme']);
    for (const backend of backends.values()) expect(backend.kind).toBe('cloud');
  });

  it('lists models from settings, completed from the shipped catalog for known providers', () => {
    const openai = backends.get('openai')?.models() ?? [];
    expect(openai.find((model) => model.id === 'gpt-4o-mini')).toEqual({
      id: 'gpt-4o-mini', provider: 'openai', kind: 'cloud', contextLength: 128000, outputPrice: 0.6,
      capabilities: { tools: true, vision: true, jsonSchema: true, embeddings: false },
    });
    expect(backends.get('claude')?.models()).toEqual([
      { id: 'claude-haiku-4-5', provider: 'claude', kind: 'cloud', contextLength: 200000, capabilities: { tools: true, vision: false, jsonSchema: false, embeddings: false } },
    ]);
  });

  it('with catalog null, uses settings only', () => {
    const bare = createCloudBackends(providers, { secrets, catalog: null });
    expect(bare.get('openai')?.models()).toEqual([]);
  });

  it('rejects an unknown model before looking for a key', async () => {
    await expect(backends.get('acme')?.stream({ model: 'small-1', messages: [] }, new AbortController().signal)).rejects.toBeInstanceOf(ModelNotFoundError);
  });

  it('reads each provider\'s own variable through createProviderSecrets', async () => {
    const withEnv = createProviderSecrets(providers, null, { ANTHROPIC_API_KEY: 'sk-ant', OPENAI_API_KEY: 'sk-oa', ACME_API_KEY: 'sk-acme' });
    expect([await withEnv.get('claude'), await withEnv.get('openai'), await withEnv.get('acme')]).toEqual(['sk-ant', 'sk-oa', 'sk-acme']);
  });

  it('says how to provide a missing key, naming the default variable', async () => {
    await expect(backends.get('claude')?.stream({ model: 'claude-haiku-4-5', messages: [] }, new AbortController().signal)).rejects.toThrow(
      "No API key for provider 'claude': set one with `switchyard keys set claude` or the environment variable ANTHROPIC_API_KEY.",
    );
  });
});
