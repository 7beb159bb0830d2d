import { z } from 'zod';

/** Expected quality on the routing ladder: 1 (a tiny model) … 5 (a frontier model). */
export const qualitySchema = z.number().int().min(1, 'quality is 1 (smallest) … 5 (frontier)').max(5, 'quality is 1 (smallest) … 5 (frontier)');

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
});
export type LocalModelSettings = z.infer<typeof localModelSchema>;
