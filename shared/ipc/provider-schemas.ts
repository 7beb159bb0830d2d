import { z } from 'zod';
import { baseUrlSchema, providerKindSchema } from '../settings/providers';

/** Payload shapes of the Providers & keys and Local API channels (channels.ts). Keys never appear here. */

const providerIdSchema = z.string().min(1).max(128).regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, dot, dash or underscore');

export const providerRowSchema = z.object({
  id: z.string(),
  kind: providerKindSchema,
  /** As configured; null when the vendor's default endpoint is used. */
  baseUrl: z.string().nullable(),
  /** Model ids configured in settings (the edit form's list). */
  models: z.array(z.string()),
  /** Every model the provider routes to, the shipped catalog's included. */
  servedModels: z.array(z.string()),
  requiresApiKey: z.boolean(),
  hasKey: z.boolean(),
  source: z.enum(['keychain', 'env', 'none']),
  envVar: z.string(),
});
export type ProviderRow = z.infer<typeof providerRowSchema>;

export const providerListSchema = z.object({
  providers: z.array(providerRowSchema),
  /** False in headless mode: changes last until `switchyard serve` stops. */
  persisted: z.boolean(),
});

/**
 * A provider as the form edits it. Models are ids (plus an optional context length); on update, models that
 * were already configured keep their prices and capabilities.
 */
export const providerDraftSchema = z.object({
  id: providerIdSchema,
  kind: providerKindSchema,
  baseUrl: baseUrlSchema.optional(),
  apiKeyEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name, e.g. ACME_API_KEY').optional(),
  requiresApiKey: z.boolean().optional(),
  models: z.array(z.object({ id: z.string().min(1).max(200), contextLength: z.number().int().positive().optional() }).strict()).max(200),
}).strict();
export type ProviderDraft = z.infer<typeof providerDraftSchema>;

/** `add` refuses an id in use; `update` refuses an unknown one. */
export const providerSaveSchema = z.object({ mode: z.enum(['add', 'update']), provider: providerDraftSchema }).strict();
export const providerIdInputSchema = z.object({ id: providerIdSchema }).strict();

export const connectionTestResultSchema = z.object({
  ok: z.boolean(),
  latencyMs: z.number().nonnegative(),
  models: z.array(z.string()).optional(),
  /** What happened, in words; never holds the key. */
  message: z.string(),
});

export const serverConfigureSchema = z.object({
  enabled: z.boolean(),
  port: z.number().int().min(0).max(65535).optional(),
}).strict();
