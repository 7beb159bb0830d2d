import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../shared/settings';
import { apiKeyEnvVar, apiKeyEnvVars, baseUrlOf } from '../../../electron/core/backends/cloud';

const issue = (input: unknown) => {
  const result = settingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((item) => `${item.path.join('.')}: ${item.message}`);
};

describe('providers settings section', () => {
  it("accepts the issue's headless example as is", () => {
    const settings = settingsSchema.parse({
      mode: 'balanced',
      local: [{ id: 'tiny', path: '../shared/models/stories260K-chatml.gguf' }],
      providers: [{ id: 'acme', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9000/v1', apiKeyEnv: 'ACME_KEY', models: [{ id: 'big-1', contextLength: 128000, price: { input: 2.5, output: 10 } }] }],
    });
    expect(settings.providers[0]?.models[0]?.capabilities.tools).toBe(false);
    expect(settings.providers[0]?.requiresApiKey).toBe(true);
  });

  it('rejects bad base URLs with a clear message that does not echo the value', () => {
    expect(issue({ providers: [{ id: 'a', kind: 'openai-compatible', baseUrl: 'not a url sk-live-123' }] })).toEqual(['providers.0.baseUrl: base URL is not a valid URL; use e.g. https://api.example.com/v1']);
    expect(issue({ providers: [{ id: 'a', kind: 'openai', baseUrl: 'file:///etc' }] })[0]).toContain('must start with http:// or https://');
    expect(issue({ providers: [{ id: 'a', kind: 'openai', baseUrl: 'https://user:sk-123@host/v1' }] })[0]).toContain('must not contain credentials');
  });

  it('needs a base URL for openai-compatible, unique ids and a known kind', () => {
    expect(issue({ providers: [{ id: 'a', kind: 'openai-compatible' }] })).toEqual(["providers.0.baseUrl: provider 'a' (openai-compatible) needs a baseUrl"]);
    expect(issue({ providers: [{ id: 'a', kind: 'openai' }, { id: 'a', kind: 'anthropic' }] })).toEqual(["providers.1.id: provider 'a' is listed twice"]);
    expect(issue({ providers: [{ id: 'a', kind: 'gemini' }] })[0]).toMatch(/^providers\.0\.kind/);
    expect(issue({ providers: [{ id: 'a', kind: 'openai', apiKey: 'sk-1' }] })[0]).toContain('apiKey');
  });

  it('derives base URLs and key variables per kind', () => {
    const [openai, claude, groq, acme] = settingsSchema.parse({
      providers: [
        { id: 'openai', kind: 'openai' },
        { id: 'work-claude', kind: 'anthropic', baseUrl: 'https://proxy.example/v1/' },
        { id: 'my-groq', kind: 'openai-compatible', baseUrl: 'https://api.groq.com/openai/v1/' },
        { id: 'acme', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9000/v1', apiKeyEnv: 'ACME_KEY', apiKeyRef: 'acme-prod' },
      ],
    }).providers;
    if (!openai || !claude || !groq || !acme) throw new Error('four providers expected');
    expect([baseUrlOf(openai), baseUrlOf(claude), baseUrlOf(groq)]).toEqual(['https://api.openai.com/v1', 'https://proxy.example', 'https://api.groq.com/openai/v1']);
    expect([apiKeyEnvVar(openai), apiKeyEnvVar(claude), apiKeyEnvVar(groq), apiKeyEnvVar(acme)]).toEqual(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'MY_GROQ_API_KEY', 'ACME_KEY']);
    expect(apiKeyEnvVars([acme])).toEqual({ 'acme-prod': 'ACME_KEY' });
  });
});
