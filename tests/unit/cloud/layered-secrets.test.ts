import { describe, expect, it } from 'vitest';
import { createLayeredSecrets, defaultEnvVar, KeychainUnavailableError } from '../../../electron/core/config/secrets';

describe('secrets without a keychain (headless)', () => {
  const secrets = createLayeredSecrets({ keychain: null, env: { OPENAI_API_KEY: ' sk-env-1 ', ACME_KEY: 'sk-acme', EMPTY_API_KEY: '' }, envVars: { acme: 'ACME_KEY' } });

  it('reads keys from the conventional or configured environment variable', async () => {
    expect(await secrets.get('openai')).toBe('sk-env-1');
    expect(await secrets.get('acme')).toBe('sk-acme');
    expect(await secrets.get('empty')).toBeUndefined();
    expect(await secrets.source('acme')).toEqual({ kind: 'env', variable: 'ACME_KEY' });
    expect(await secrets.source('groq')).toEqual({ kind: 'none', variable: 'GROQ_API_KEY' });
    expect(await secrets.has('openai')).toBe(true);
  });

  it('refuses to save a key, naming the environment variable instead, and never echoes the key', async () => {
    const error = await secrets.set('acme', 'sk-new-secret').then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(KeychainUnavailableError);
    expect((error as Error).message).toBe("No OS keychain is available here. The key for 'acme' was not saved. Set the environment variable ACME_KEY instead (headless mode reads it).");
    expect(await secrets.delete('acme')).toBe(false);
  });

  it('derives variable names from account ids', () => {
    expect(defaultEnvVar('together')).toBe('TOGETHER_API_KEY');
    expect(defaultEnvVar('my.local-vllm')).toBe('MY_LOCAL_VLLM_API_KEY');
  });
});
