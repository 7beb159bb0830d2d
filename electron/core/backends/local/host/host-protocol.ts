import { z } from 'zod';
import { chatMessageSchema, responseFormatSchema, toolChoiceSchema, toolSchema } from '../../../../../shared/chat';
import { hardwareSchema, localModelDetailsSchema } from '../../../../../shared/ipc/model-schemas';
import { streamPartSchema } from '../../../../../shared/ipc/schemas';
import { localModelSchema } from '../../../../../shared/settings/local-models';

/**
 * The messages between the engine and an inference host process (see inference-host.ts). Both sides parse
 * everything they receive with these schemas: a host is native code that may be half-broken, and the engine
 * is the only party either should trust.
 */

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const chatRequestSchema = z.object({
  model: z.string(),
  messages: z.array(chatMessageSchema),
  maxTokens: z.number().int().positive().optional(),
  temperature: z.number().optional(),
  topP: z.number().optional(),
  seed: z.number().int().optional(),
  stop: z.array(z.string()).optional(),
  responseFormat: responseFormatSchema.optional(),
  tools: z.array(toolSchema).optional(),
  toolChoice: toolChoiceSchema.optional(),
});

/** A SwitchyardError (or any error) as it crosses the boundary; revived by name on the engine's side. */
export const wireErrorSchema = z.object({
  name: z.string(),
  message: z.string(),
  status: z.number().int(),
  type: z.string(),
  code: z.string().nullable(),
  param: z.string().nullable(),
  retryAfterSeconds: z.number().optional(),
  shouldRetry: z.boolean().optional(),
});
export type WireError = z.infer<typeof wireErrorSchema>;

const freeMemorySchema = z.object({ ramBytes: z.number().nonnegative(), vramBytes: z.number().nonnegative().nullable() });

/** Request/response operations: arguments parsed by the host, results parsed by the engine. */
export const hostCalls = {
  /** Loads the one model this host serves. */
  load: {
    args: z.object({
      settings: localModelSchema,
      threads: z.number().int().min(0).optional(),
      sequences: z.number().int().min(1),
      /** The draft model's file, resolved by the engine from `settings.speculative.draft`. */
      draft: z.object({ id: z.string(), path: z.string() }).optional(),
    }),
    result: z.object({ contextSize: z.number().int().positive(), chatWrapper: z.string(), gpu: z.enum(['metal', 'cuda', 'vulkan', 'cpu']) }),
  },
  /**
   * llama.cpp's memory estimate for the `load` that follows (the model, its context and any draft model) and
   * the machine's free memory, so the engine can make room or refuse before loading; `need` is null when the
   * estimator does not know the architecture.
   */
  estimate: {
    args: z.object({ settings: localModelSchema, sequences: z.number().int().min(1), draft: z.object({ id: z.string(), path: z.string() }).optional() }),
    result: z.object({
      need: z.object({ ramBytes: z.number().nonnegative(), vramBytes: z.number().nonnegative() }).nullable(),
      free: freeMemorySchema,
    }),
  },
  /** The machine's free memory now (re-read after the engine unloaded other models). */
  freeMemory: { args: z.object({}), result: freeMemorySchema },
  /**
   * Works out a generation (grammar, prompt, max tokens) and keeps it for `start`; bad requests fail here.
   * `start`: the engine's queue has granted a sequence already, so the host starts the generation right after
   * its reply, as if `start` had arrived — one round trip less before the first token.
   */
  plan: {
    args: z.object({ stream: idSchema, request: chatRequestSchema, start: z.boolean().optional() }),
    result: z.object({ planned: z.literal(true) }),
  },
  embed: {
    /** Text, or token ids of the model's vocabulary (checked against it in the host). */
    args: z.object({ inputs: z.array(z.union([z.string(), z.array(z.number().int().nonnegative()).min(1)])) }),
    result: z.object({ vectors: z.array(z.array(z.number())), promptTokens: z.number().int().nonnegative() }),
  },
  countTokens: { args: z.object({ texts: z.array(z.string()) }), result: z.object({ counts: z.array(z.number().int().nonnegative()) }) },
  /** File inspection for the model list (any host can answer; the engine keeps one without a model for it). */
  header: {
    args: z.object({ modelId: z.string(), path: z.string() }),
    result: z.object({ trainContextSize: z.number().int().positive().optional(), hasChatTemplate: z.boolean(), parameters: z.number().nonnegative().optional() }),
  },
  details: {
    args: z.object({ modelId: z.string(), path: z.string(), contextSize: z.number().int().positive(), sequences: z.number().int().min(1), whole: z.boolean() }),
    result: localModelDetailsSchema,
  },
  hardware: { args: z.object({}), result: hardwareSchema },
} as const;
export type HostCall = keyof typeof hostCalls;
export type CallArgs<K extends HostCall> = z.infer<(typeof hostCalls)[K]['args']>;
export type CallResult<K extends HostCall> = z.infer<(typeof hostCalls)[K]['result']>;

const callNames = Object.keys(hostCalls) as [HostCall, ...HostCall[]];

/** Engine → host. */
export const toHostSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('call'), id: z.number().int(), op: z.enum(callNames), args: z.unknown() }),
  /** Starts a planned generation: the engine's queue has granted it a sequence. */
  z.object({ kind: z.literal('start'), stream: idSchema }),
  /** Stops a generation (or forgets a plan that never started). */
  z.object({ kind: z.literal('abort'), stream: idSchema }),
  /** The engine's reader took `batches` more batches of this stream: the host may send that many more. */
  z.object({ kind: z.literal('ack'), stream: idSchema, batches: z.number().int().positive() }),
  /** Free everything and exit. */
  z.object({ kind: z.literal('shutdown') }),
]);
export type ToHost = z.infer<typeof toHostSchema>;

/** Host → engine. */
export const fromHostSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ready') }),
  /** `error` set: the call failed; else `value` is the result, parsed by the caller with the call's schema. */
  z.object({ kind: z.literal('reply'), id: z.number().int(), value: z.unknown(), error: wireErrorSchema.optional() }),
  /** Parts of one generation, in order; the batch holding the `finish` or `error` part is its last. */
  z.object({ kind: z.literal('parts'), stream: idSchema, parts: z.array(streamPartSchema).min(1) }),
  z.object({ kind: z.literal('log'), message: z.string() }),
]);
export type FromHost = z.infer<typeof fromHostSchema>;

/** Batches a host may have in flight per stream before the engine's reader catches up. */
export const STREAM_WINDOW = 8;
/** How long a host gathers parts after the first before sending them as one batch (one display frame). */
export const BATCH_MS = 16;
