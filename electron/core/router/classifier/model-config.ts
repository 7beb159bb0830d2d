import { z } from 'zod';

/** The parts of an HF config.json the classifier reads; anything else in the file is ignored. */
export const modelConfigSchema = z.object({
  model_type: z.string(),
  id2label: z.record(z.string().regex(/^\d+$/), z.string()),
  problem_type: z.string().optional(),
  max_position_embeddings: z.number().int().positive().optional(),
  /** Written by tools/train-router: which slice of the logits is the task head and which the strong/weak head. */
  switchyard_router: z.object({
    version: z.literal(1),
    task_logits: z.tuple([z.number().int().nonnegative(), z.number().int().positive()]),
    strong_logits: z.tuple([z.number().int().nonnegative(), z.number().int().positive()]),
    max_length: z.number().int().positive(),
  }).optional(),
});
export type ModelConfig = z.infer<typeof modelConfigSchema>;
