import { z } from 'zod';
import { capabilitiesSchema } from '../models';
import { qualitySchema } from './local-models';

/** Wire protocol a cloud provider speaks; `openai` is `openai-compatible` with OpenAI's own base URL. */
export const providerKindSchema = z.enum(['openai', 'openai-compatible', 'anthropic']);
export type ProviderKind = z.infer<typeof providerKindSchema>;

const idPattern = /^[A-Za-z0-9._-]+$/;
const envVarPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** US dollars per million tokens. `cached` is the price of prompt tokens served from the provider's cache. */
export const priceSchema = z
  .object({ input: z.number().min(0), output: z.number().min(0), cached: z.number().min(0).optional() })
  .strict();
export type Price = z.infer<typeof priceSchema>;

export const cloudModelSchema = z
  .object({
    id: z.string().min(1),
    contextLength: z.number().int().positive(),
    /** Default `max_tokens` where the protocol requires one (Anthropic). */
    maxOutputTokens: z.number().int().positive().optional(),
    price: priceSchema.optional(),
    /** Place on the routing ladder, 1 … 5; without it the output price decides. */
    quality: qualitySchema.optional(),
    capabilities: capabilitiesSchema.default(capabilitiesSchema.parse({})),
  })
  .strict();
export type CloudModelSettings = z.infer<typeof cloudModelSchema>;

/** An http(s) URL without credentials: keys go to the keychain, never into a URL in a settings file. */
export const baseUrlSchema = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // The value is not echoed: a mistyped URL may hold a pasted key.
    ctx.addIssue({ code: 'custom', message: 'base URL is not a valid URL; use e.g. https://api.example.com/v1' });
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    ctx.addIssue({ code: 'custom', message: `base URL must start with http:// or https://, got '${url.protocol}'` });
  }
  if (url.username !== '' || url.password !== '') {
    ctx.addIssue({ code: 'custom', message: 'base URL must not contain credentials; store the key with `switchyard keys set`' });
  }
});

export const providerSchema = z
  .object({
    id: z.string().min(1).regex(idPattern, 'use letters, digits, dot, dash or underscore'),
    kind: providerKindSchema,
    /** Required for `openai-compatible`; `openai` and `anthropic` default to the vendor's endpoint. */
    baseUrl: baseUrlSchema.optional(),
    /** Environment variable holding the key (headless mode); defaults per kind, see the cloud backend. */
    apiKeyEnv: z.string().regex(envVarPattern, 'an environment variable name, e.g. ACME_API_KEY').optional(),
    /** Keychain account holding the key; defaults to the provider id. Never the key itself. */
    apiKeyRef: z.string().min(1).max(128).optional(),
    /** False for endpoints that need no key (a local Ollama, another Switchyard without a token). */
    requiresApiKey: z.boolean().default(true),
    models: z.array(cloudModelSchema).default([]),
  })
  .strict()
  .superRefine((provider, ctx) => {
    if (provider.kind === 'openai-compatible' && provider.baseUrl === undefined) {
      ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: `provider '${provider.id}' (openai-compatible) needs a baseUrl` });
    }
    const seen = new Set<string>();
    for (const [index, model] of provider.models.entries()) {
      if (seen.has(model.id)) ctx.addIssue({ code: 'custom', path: ['models', index, 'id'], message: `model '${model.id}' is listed twice` });
      seen.add(model.id);
    }
  });
export type ProviderSettings = z.infer<typeof providerSchema>;
export type ProviderSettingsInput = z.input<typeof providerSchema>;

export const providersSchema = z.array(providerSchema).superRefine((providers, ctx) => {
  const seen = new Set<string>();
  for (const [index, provider] of providers.entries()) {
    if (seen.has(provider.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `provider '${provider.id}' is listed twice` });
    seen.add(provider.id);
  }
});
