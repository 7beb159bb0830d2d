import { z } from 'zod';
import { taskTypeSchema } from '../decision';

/** Per-mode thresholds on the combined score; absent means "use the calibrated value". */
export const thresholdOverridesSchema = z
  .object({ balanced: z.number().min(0).max(1), cost: z.number().min(0).max(1) })
  .partial()
  .strict();

export const routerSettingsSchema = z
  .object({
    /** Honour a leading `#local` / `#cloud` in the last user message (stripped before inference). */
    hints: z.boolean().default(true),
    /** Answer arithmetic, percentages and unit conversions without a model. */
    tier0: z.boolean().default(true),
    /** Model (id or family prefix) per task type, e.g. { code: 'big-1', translation: 'local' }. */
    taskModels: z.partialRecord(taskTypeSchema, z.string().min(1)).default({}),
    /**
     * No longer used: the score comes from the outcome model, not a blend of the classifier and the heuristic.
     * Still accepted so that settings files written before keep loading.
     */
    classifierWeight: z.number().min(0).max(1).optional(),
    /** Another HF-layout ONNX classifier directory to use instead of the shipped one. */
    classifierDir: z.string().min(1).optional(),
    thresholds: thresholdOverridesSchema.default({}),
    /**
     * The ladder, cheapest first, as model ids. Without it every configured model sits on the ladder by its
     * `quality` (else parameter count for local models, output price for cloud ones).
     */
    ladder: z.array(z.string().min(1)).min(1).max(100).optional()
      .superRefine((ids, ctx) => {
        const seen = new Set<string>();
        for (const [index, id] of (ids ?? []).entries()) {
          if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index], message: `model '${id}' is on the ladder twice` });
          seen.add(id);
        }
      }),
  })
  .strict();
export type RouterSettings = z.infer<typeof routerSettingsSchema>;
export type RouterSettingsInput = z.input<typeof routerSettingsSchema>;
