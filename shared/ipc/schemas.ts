import { z } from 'zod';
import { chatMessageSchema } from '../chat';
import { decisionSchema, modeSchema, targetSchema } from '../decision';
import { categoryActionsSchema, entityActionsSchema, privacyActionSchema } from '../settings/privacy';
import { rulesSchema } from '../settings/rules';
import { localModelDetailsSchema } from './model-schemas';

/** Payload shapes of the IPC contract (channels.ts); every transport parses them on both ends. */

export const emptySchema = z.object({}).strict();

const usageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  cachedPromptTokens: z.number().int().nonnegative().optional(),
  predictions: z.object({ validated: z.number().int().nonnegative(), refuted: z.number().int().nonnegative() }).optional(),
});

/** shared/chat.ts StreamPart, as a schema so parts coming back over a transport are parsed too. */
export const streamPartSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text-delta'), text: z.string() }),
  z.object({ type: z.literal('tool-call-delta'), index: z.number().int(), id: z.string().optional(), name: z.string().optional(), argumentsDelta: z.string() }),
  z.object({ type: z.literal('finish'), reason: z.enum(['stop', 'length', 'tool_calls', 'content_filter', 'error']), usage: usageSchema }),
  z.object({ type: z.literal('error'), error: z.object({ message: z.string(), type: z.string(), code: z.string().nullable(), status: z.number().int().min(400).max(599).optional() }) }),
]);

export const requestIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const chatStartSchema = z.object({
  requestId: requestIdSchema,
  conversationId: z.string().min(1).max(64),
  messages: z.array(chatMessageSchema).min(1).max(500),
  model: z.string().min(1).max(200),
  /** "Run again locally / in the cloud": the first model of that kind; never-cloud still applies. */
  forceTarget: z.enum(['local', 'cloud']).optional(),
}).strict();

/** One `chat:part` event: the decision first, then the answer's parts; the last is a finish or an error. */
export const chatPartEventSchema = z.union([
  z.object({ requestId: requestIdSchema, decision: decisionSchema }).strict(),
  z.object({ requestId: requestIdSchema, part: streamPartSchema }).strict(),
]);

export const chatResultSchema = z.object({ requestId: requestIdSchema, outcome: z.enum(['ok', 'error', 'aborted']) });

export const settingsViewSchema = z.object({
  mode: modeSchema,
  privacy: z.object({ entities: entityActionsSchema, categories: categoryActionsSchema, rules: rulesSchema }),
});

export const privacyRulesSchema = z.object({
  entities: entityActionsSchema,
  categories: categoryActionsSchema,
  /** Every rule, privacy and routing alike (settings `rules`): the list replaces the current one. */
  rules: rulesSchema,
}).strict();

export const privacyTestInputSchema = z.object({ text: z.string().max(200_000), mode: modeSchema.optional() }).strict();
export const privacyTestResultSchema = z.object({
  entities: z.array(z.object({
    type: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** A match of the user's own keyword/regex rule (type CUSTOM): that rule's name. */
    rule: z.string().optional(),
    /** What the rules in force do with it on a cloud send. */
    action: privacyActionSchema.optional(),
  })),
  decision: decisionSchema,
});

export const logQuerySchema = z.object({
  limit: z.number().int().min(1).max(5000).optional(),
  target: targetSchema.optional(),
  search: z.string().max(200).optional(),
}).strict();

export const routingStatsSchema = z.object({
  total: z.number(),
  byTarget: z.record(z.string(), z.number()),
  byModel: z.record(z.string(), z.number()),
  routingMicros: z.object({ avg: z.number(), p50: z.number(), p99: z.number() }),
  outcomes: z.record(z.string(), z.number()),
  spendUsd: z.number(),
  baselineUsd: z.number(),
  savingsUsd: z.number(),
  baselineModel: z.string(),
});

export const modelRowSchema = z.object({
  id: z.string(),
  provider: z.string(),
  kind: z.enum(['local', 'cloud']),
  contextLength: z.number(),
  loaded: z.boolean(),
  /** Local models whose inference host crashed: restarting on the next request, or down until loaded again. */
  status: z.object({ state: z.enum(['crashed', 'down']), reason: z.string() }).optional(),
  /** Local models: what the GGUF header says (absent when the file cannot be read). */
  details: localModelDetailsSchema.optional(),
});
export const modelListSchema = z.object({ models: z.array(modelRowSchema), gpu: z.enum(['metal', 'cuda', 'vulkan', 'cpu']) });
export const modelIdSchema = z.object({ id: z.string().min(1).max(200) }).strict();

/** Write-only: the key goes in, nothing about it comes back but "saved". */
export const keySetSchema = z.object({ provider: z.string().min(1).max(128), key: z.string().min(8).max(4096) }).strict();

export const conversationSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  title: z.string().max(200),
  updatedAt: z.number(),
  messages: z.array(z.object({
    role: z.enum(['user', 'assistant']),
    content: z.string().max(200_000),
    decision: decisionSchema.optional(),
    usage: usageSchema.optional(),
    error: z.string().optional(),
  })).max(1000),
}).strict();

export const serverInfoSchema = z.object({
  /** The OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1. */
  apiBaseUrl: z.string(),
  /** The OpenAI port's token, or null when it accepts requests without one. */
  apiToken: z.string().nullable(),
  /** Whether the OpenAI routes answer (server.configure); absent where it cannot be switched. */
  enabled: z.boolean().optional(),
  /** The port the OpenAI routes listen on (shared with the web UI in headless mode). */
  port: z.number().int().optional(),
});

export const okSchema = z.object({ ok: z.literal(true) });
