import { z } from 'zod';
import { modeSchema, taskTypeSchema } from '../decision';
import { regexSafetyProblem } from './regex-safety';

/**
 * The one rule language, for privacy and routing alike (settings `rules`). A rule is conditions (`match`, all
 * must hold) and one action. What each action does and the order rules are applied in is documented, and
 * implemented, in electron/core/rules/; this file only says what a valid rule is.
 *
 * Privacy actions act on the text a cloud model would receive — every message and the system prompt:
 *   allow        the matched text is not sensitive (e.g. a product called "Ada"): the detectors' redact-level
 *                findings inside it are dropped; never-cloud findings (a card number, a secret) still hold;
 *   redact       the matched text is replaced by a placeholder before any cloud send;
 *   never-cloud  the request (and its fallbacks) stays on this machine.
 * Routing actions act on this turn — content conditions look at the last user message:
 *   always-local, always-cloud (never-cloud still wins), use-model (a model id or family prefix).
 */
export const ruleActions = ['allow', 'redact', 'never-cloud', 'always-local', 'always-cloud', 'use-model'] as const;
export const ruleActionSchema = z.enum(ruleActions);
export type RuleAction = z.infer<typeof ruleActionSchema>;

export const privacyRuleActions: readonly RuleAction[] = ['allow', 'redact', 'never-cloud'];
export const isPrivacyAction = (action: RuleAction): action is 'allow' | 'redact' | 'never-cloud' => privacyRuleActions.includes(action);

/** Every present condition must hold (AND); list-valued conditions match when any entry matches (OR). */
export const ruleMatchSchema = z
  .object({
    /**
     * Whole words or phrases ("ann" does not match "annual"); a trailing `*` matches any ending ("refactor*"
     * matches "refactoring"). Case-insensitive unless `caseSensitive`.
     */
    keywords: z.array(z.string().trim().min(1).max(200)).min(1).max(500).optional(),
    /** Checked by the one regex-safety policy (regex-safety.ts); case-insensitive unless `caseSensitive`. */
    regex: z.string().min(1).optional(),
    /** Extra regex flags: m (multiline), s (dot matches newlines), u (unicode). */
    regexFlags: z.string().regex(/^[msu]*$/, 'only the flags m, s and u (case is set by caseSensitive)').optional(),
    caseSensitive: z.boolean().optional(),
    /** The request's task type as the heuristic sees it, so a rule decides the same with or without the classifier. */
    taskTypes: z.array(taskTypeSchema).min(1).optional(),
    /** Bounds on the approximate prompt length in tokens (all messages), inclusive. */
    minTokens: z.number().int().nonnegative().optional(),
    maxTokens: z.number().int().nonnegative().optional(),
    /** 'desktop' (or 'ui'), 'window', 'web', 'cli', 'api', an API key label, or a User-Agent substring (shared/client.ts). */
    clients: z.array(z.string().min(1).max(200)).min(1).optional(),
    conversationIds: z.array(z.string().min(1)).min(1).optional(),
    modes: z.array(modeSchema).min(1).optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.regex !== undefined) {
      const problem = regexSafetyProblem(m.regex, `${m.caseSensitive === true ? '' : 'i'}${m.regexFlags ?? ''}`);
      if (problem !== null) ctx.addIssue({ code: 'custom', path: ['regex'], message: `regex refused: ${problem}` });
    }
    if (m.minTokens !== undefined && m.maxTokens !== undefined && m.minTokens > m.maxTokens) {
      ctx.addIssue({ code: 'custom', path: ['minTokens'], message: 'minTokens must not exceed maxTokens' });
    }
    const conditions = [m.keywords, m.regex, m.taskTypes, m.minTokens, m.maxTokens, m.clients, m.conversationIds, m.modes];
    if (conditions.every((c) => c === undefined)) ctx.addIssue({ code: 'custom', message: 'a rule needs at least one match condition' });
  });
export type RuleMatch = z.infer<typeof ruleMatchSchema>;

export const hasContentCondition = (m: RuleMatch): boolean => m.keywords !== undefined || m.regex !== undefined;

export const ruleSchema = z
  .object({
    /** Named in decisions' `rules` and reasons; unique among the rules. */
    name: z.string().min(1).max(80),
    enabled: z.boolean().default(true),
    action: ruleActionSchema,
    /** Required for use-model: a model id (or id prefix, i.e. a family) among the configured models. */
    model: z.string().min(1).optional(),
    match: ruleMatchSchema,
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.action === 'use-model' && rule.model === undefined) ctx.addIssue({ code: 'custom', path: ['model'], message: 'use-model rules need a model' });
    if (rule.action !== 'use-model' && rule.model !== undefined) ctx.addIssue({ code: 'custom', path: ['model'], message: 'only use-model rules name a model' });
    if ((rule.action === 'redact' || rule.action === 'allow') && !hasContentCondition(rule.match)) {
      ctx.addIssue({ code: 'custom', path: ['match'], message: `${rule.action} rules need keywords or a regex: they act on the text they match` });
    }
  });
export type Rule = z.infer<typeof ruleSchema>;
export type RuleInput = z.input<typeof ruleSchema>;

export const rulesSchema = z.array(ruleSchema).max(500).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    if (seen.has(rule.name)) ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `another rule is already named '${rule.name}'` });
    seen.add(rule.name);
  }
});
