import { z } from 'zod';
import { taskTypeSchema } from '../decision';
import { regexSafetyProblem } from './regex-safety';

/**
 * Routing rules a user writes without code (DESIGN.md §3 step 2). Evaluation order is fixed and
 * documented in electron/core/router/policy/rules.ts; this file only says what a valid rule is.
 */
/** Flags every routing regex runs with. */
export const ROUTING_REGEX_FLAGS = 'i';

export const ruleActionSchema = z.enum(['always-local', 'never-cloud', 'always-cloud', 'use-model']);
export type RuleAction = z.infer<typeof ruleActionSchema>;

/** Routing regexes always run case-insensitively; the safety policy is the one privacy rules use (regex-safety.ts). */
const safeRegexSchema = z
  .string()
  .min(1)
  .superRefine((pattern, ctx) => {
    const problem = regexSafetyProblem(pattern, ROUTING_REGEX_FLAGS);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: `regex refused: ${problem}` });
  });

/** Every present condition must hold (AND); list-valued conditions match when any entry matches (OR). */
export const ruleMatchSchema = z
  .object({
    taskTypes: z.array(taskTypeSchema).min(1).optional(),
    /** Bounds on the approximate prompt length in tokens (all messages), inclusive. */
    minTokens: z.number().int().nonnegative().optional(),
    maxTokens: z.number().int().nonnegative().optional(),
    /** Case-insensitive substrings of the last user message. */
    keywords: z.array(z.string().min(1).max(100)).min(1).max(200).optional(),
    /** Case-insensitive; tested against the first 4,096 characters of the last user message only. */
    regex: safeRegexSchema.optional(),
    /** 'desktop', an API key label, or a User-Agent substring (case-insensitive). */
    clients: z.array(z.string().min(1).max(200)).min(1).optional(),
    conversationIds: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict()
  .refine((m) => Object.values(m).some((v) => v !== undefined), { message: 'a rule needs at least one match condition' })
  .refine((m) => m.minTokens === undefined || m.maxTokens === undefined || m.minTokens <= m.maxTokens, {
    message: 'minTokens must not exceed maxTokens', path: ['minTokens'],
  });
export type RuleMatch = z.infer<typeof ruleMatchSchema>;

export const routingRuleSchema = z
  .object({
    /** Named in decisions' `rules` and reasons. */
    name: z.string().min(1).max(80),
    enabled: z.boolean().default(true),
    action: ruleActionSchema,
    /** Required for use-model: a model id (or id prefix, i.e. a family) among the configured models. */
    model: z.string().min(1).optional(),
    match: ruleMatchSchema,
  })
  .strict()
  .refine((r) => r.action !== 'use-model' || r.model !== undefined, { message: 'use-model rules need a model', path: ['model'] });
export type RoutingRule = z.infer<typeof routingRuleSchema>;

/** Per-mode thresholds on the combined score; absent means "use the calibrated value". */
export const thresholdOverridesSchema = z
  .object({ balanced: z.number().min(0).max(1), cost: z.number().min(0).max(1) })
  .partial()
  .strict();

export const routerSettingsSchema = z
  .object({
    rules: z.array(routingRuleSchema).max(500).default([]),
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
