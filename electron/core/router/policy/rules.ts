import type { TaskType } from '../../../../shared/decision';
import { ROUTING_REGEX_FLAGS, type RoutingRule, type RuleAction } from '../../../../shared/settings/router';
import { compileUserRegex } from '../../../../shared/settings/regex-safety';
import { clientMatches, type ClientInfo } from '../../../../shared/client';

/**
 * Hard rules, evaluated in this fixed order (documented in the README's "Routing rules"):
 *   1. never-cloud   — every match applies: cloud is forbidden for the request (and its fallbacks);
 *   2. always-local  — the first match decides: local, scoring skipped;
 *   3. always-cloud  — the first match decides: cloud, scoring skipped;
 *   4. use-model     — the first match decides: that model, scoring skipped.
 * Within one action, rules keep the order of the settings list; disabled rules are skipped. Only one
 * of 2–4 decides (the first match in that order); the other matches are still named in the decision.
 * Conditions inside one rule are ANDed; list-valued conditions match when any entry matches.
 */
export const ACTION_ORDER: readonly RuleAction[] = ['never-cloud', 'always-local', 'always-cloud', 'use-model'];

/** Regex rules only ever see this many characters, so even a slow pattern stays bounded. */
export const REGEX_PREFIX_CHARS = 4096;

export interface CompiledRule {
  rule: RoutingRule;
  regex: RegExp | null;
  keywords: string[] | null;
  clients: string[] | null;
}

export function compileRules(rules: readonly RoutingRule[]): CompiledRule[] {
  const enabled = rules.filter((r) => r.enabled);
  return ACTION_ORDER.flatMap((action) => enabled.filter((r) => r.action === action)).map((rule) => ({
    rule,
    regex: rule.match.regex === undefined ? null : compileUserRegex(rule.match.regex, ROUTING_REGEX_FLAGS),
    keywords: rule.match.keywords?.map((k) => k.toLowerCase()) ?? null,
    clients: rule.match.clients?.map((c) => c.toLowerCase()) ?? null,
  }));
}

export interface RuleContext {
  /** Last user message, hints stripped. */
  text: string;
  promptTokens: number;
  taskType: TaskType;
  client: ClientInfo | undefined;
  conversationId: string | undefined;
}

/** All matching rules, in evaluation order. */
export function matchRules(rules: readonly CompiledRule[], ctx: RuleContext): CompiledRule[] {
  if (rules.length === 0) return [];
  let lower: string | null = null;
  const matches: CompiledRule[] = [];
  for (const r of rules) {
    const m = r.rule.match;
    if (m.taskTypes !== undefined && !m.taskTypes.includes(ctx.taskType)) continue;
    if (m.minTokens !== undefined && ctx.promptTokens < m.minTokens) continue;
    if (m.maxTokens !== undefined && ctx.promptTokens > m.maxTokens) continue;
    if (m.conversationIds !== undefined && (ctx.conversationId === undefined || !m.conversationIds.includes(ctx.conversationId))) continue;
    if (r.clients !== null && !r.clients.some((entry) => clientMatches(entry, ctx.client))) continue;
    if (r.keywords !== null) {
      lower ??= ctx.text.toLowerCase();
      const text = lower;
      if (!r.keywords.some((k) => text.includes(k))) continue;
    }
    if (r.regex !== null && !r.regex.test(ctx.text.length > REGEX_PREFIX_CHARS ? ctx.text.slice(0, REGEX_PREFIX_CHARS) : ctx.text)) continue;
    matches.push(r);
  }
  return matches;
}
