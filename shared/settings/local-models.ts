import { z } from 'zod';

/** Expected quality on the routing ladder: 1 (a tiny model) … 5 (a frontier model). */
export const qualitySchema = z.number().int().min(1, 'quality is 1 (smallest) … 5 (frontier)').max(5, 'quality is 1 (smallest) … 5 (frontier)');

/**
 * Speculative decoding for one local model. It never changes what the model writes (the target model
 * validates every predicted token), only how many tokens each evaluation step can confirm:
 * - `"off"` (the default): one token per step;
 * - `"input-lookup"`: guesses the next tokens by finding the last few generated ones in the prompt (no
 *   second model; pays off when the answer repeats its input: edits, extraction, code);
 * - `{ draft }`: a smaller model with the same tokenizer drafts tokens for this one. `draft` is the id of
 *   another configured local model or the path of a GGUF file. `maxTokens` bounds a draft (default 16),
 *   `minConfidence` stops drafting below that probability (default 0.6; tiny drafts need it lower).
 */
export const speculativeSchema = z.union([
  z.literal('off'),
  z.literal('input-lookup'),
  z.object({
    draft: z.string().min(1),
    maxTokens: z.number().int().min(1).max(64).optional(),
    minConfidence: z.number().min(0).max(1).optional(),
  }).strict(),
]);
export type SpeculativeSetting = z.infer<typeof speculativeSchema>;

export const localModelSchema = z.object({
  id: z.string().min(1).regex(/^[A-Za-z0-9._:-]+$/, 'use letters, digits, dot, dash, underscore or colon'),
  path: z.string().min(1),
  /** Context window to allocate; defaults to the smaller of the model's training context and 4096. */
  contextSize: z.number().int().min(64).optional(),
  /** CPU threads for generation; 0 lets llama.cpp decide. */
  threads: z.number().int().min(0).optional(),
  /** Requests that may wait behind the one generating before new ones get 429. */
  queueDepth: z.number().int().min(0).max(1024).optional(),
  /** Minutes an idle loaded model stays in memory before it is unloaded (its host process ends); 0 keeps it. Default 15. */
  keepAliveMinutes: z.number().min(0).max(10_080).optional(),
  /** Place on the routing ladder, 1 (smallest) … 5 (frontier); without it the parameter count decides. */
  quality: qualitySchema.optional(),
  /** Speculative decoding (see speculativeSchema); absent means "off". */
  speculative: speculativeSchema.optional(),
});
export type LocalModelSettings = z.infer<typeof localModelSchema>;
