import { afterAll, describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../shared/errors';
import { settingsSchema, type ProviderSettingsInput } from '../../shared/settings';
import { createEngine } from '../../electron/core/engine';

const acme: ProviderSettingsInput = { id: 'acme', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1', models: [{ id: 'acme-large', contextLength: 8192 }] };
const prompt = { model: 'auto', messages: [{ role: 'user' as const, content: 'Prove that there are infinitely many primes, then generalise the argument to primes of the form 4k+3.' }] };
const LOADING = 'classifier unavailable';

/** engine.setProviders with the real gateway, cloud backends and the shipped ONNX classifier. */
describe('providers changed while the engine runs', () => {
  const engine = createEngine({ settings: settingsSchema.parse({}) });
  afterAll(() => engine.dispose());
  const reasons = async (): Promise<string[]> => (await engine.gateway.decide(prompt, { channel: 'control-api' })).decision.reasons;

  it('has no classifier while there is no provider, and starts it in the background for the first one', async () => {
    expect((await reasons()).join(' ')).not.toContain(LOADING);
    engine.setProviders([acme]);
    expect(engine.gateway.models().list().map((m) => m.id)).toContain('acme-large');
    // Loading transformers.js and the model takes far longer than one decision.
    expect((await reasons()).join(' ')).toContain(LOADING);
    await expect.poll(async () => (await reasons()).join(' '), { timeout: 60_000, interval: 200 }).not.toContain(LOADING);
  }, 90_000);

  it('keeps an unchanged provider\'s backend, rebuilds a changed one and drops a removed one', () => {
    const before = engine.cloud.get('acme');
    engine.setProviders([acme]);
    expect(engine.cloud.get('acme')).toBe(before);
    engine.setProviders([{ ...acme, models: [{ id: 'acme-huge', contextLength: 200_000 }] }]);
    expect(engine.cloud.get('acme')).not.toBe(before);
    expect(engine.gateway.models().list().map((m) => m.id)).toEqual(expect.arrayContaining(['acme-huge']));
    expect(engine.gateway.models().list().map((m) => m.id)).not.toContain('acme-large');
    engine.setProviders([]);
    expect(engine.cloud.size).toBe(0);
    expect(engine.settings().providers).toEqual([]);
  });

  it('refuses an invalid list and leaves the providers as they were', () => {
    engine.setProviders([acme]);
    expect(() => engine.setProviders([acme, acme])).toThrow(InvalidRequestError);
    expect(() => engine.setProviders([acme, acme])).toThrow(/listed twice/);
    expect(() => engine.setProviders([{ ...acme, id: 'other', baseUrl: 'ftp://example.com' }])).toThrow(/must start with http/);
    expect([...engine.cloud.keys()]).toEqual(['acme']);
  });
});
