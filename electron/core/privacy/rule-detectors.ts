import type { Rule } from '../../../shared/settings/rules';
import { compileRuleSet, contentSpans, contextHolds, hasContent, memo, type CompiledRule, type RuleFacts } from '../rules';
import type { Detector, Span } from './types';

/** The user's privacy-action rules (rules/, the one rule language) as they apply to one request. */
export interface PrivacyRuleMatches {
  /** redact and never-cloud rules with keywords or a regex: CUSTOM spans named after the rule. */
  detectors: Detector[];
  /** allow rules: the stretches of text the detectors' redact-level findings are dropped from. */
  allow: Detector[];
  /** Action of each content rule by name. */
  actions: Map<string, 'allow' | 'redact' | 'never-cloud'>;
  /** never-cloud rules without content conditions whose conditions hold (a client, a mode, a conversation…). */
  requestHits: { rule: string; reason: string }[];
}

/** Which privacy rules apply to a request with these facts, as detectors and request-level hits. */
export function privacyRuleMatches(rules: readonly Rule[], facts: RuleFacts): PrivacyRuleMatches {
  const once = { ...facts, request: memo(facts.request) };
  const applicable = compileRuleSet(rules).privacy.filter((compiled) => contextHolds(compiled, once));
  const content = applicable.filter(hasContent);
  return {
    detectors: content.filter((c) => c.rule.action !== 'allow').map(ruleDetector),
    allow: content.filter((c) => c.rule.action === 'allow').map(ruleDetector),
    actions: new Map(content.map((c) => [c.rule.name, c.rule.action as 'allow' | 'redact' | 'never-cloud'])),
    requestHits: applicable.filter((c) => !hasContent(c) && c.rule.action === 'never-cloud').map((c) => ({
      rule: c.rule.name,
      reason: `${describeConditions(c.rule)} → kept local (rule '${c.rule.name}')`,
    })),
  };
}

function ruleDetector(compiled: CompiledRule): Detector {
  const rule = compiled.rule.name;
  return {
    name: `rule:${rule}`,
    detect: (text) => contentSpans(compiled, text).map((s): Span => ({ type: 'CUSTOM', start: s.start, end: s.end, confidence: 1, rule })),
  };
}

/** "everything from client 'acme'" — the conditions of a rule that matches requests rather than text. */
function describeConditions(rule: Rule): string {
  const m = rule.match;
  const parts: string[] = [];
  if (m.clients !== undefined) parts.push(`from client ${m.clients.map((c) => `'${c}'`).join(' or ')}`);
  if (m.modes !== undefined) parts.push(`in ${m.modes.join(' or ')} mode`);
  if (m.conversationIds !== undefined) parts.push('in this conversation');
  if (m.taskTypes !== undefined) parts.push(`about ${m.taskTypes.join(' or ')}`);
  if (m.minTokens !== undefined || m.maxTokens !== undefined) parts.push(`of ${m.minTokens ?? 0}–${m.maxTokens ?? '∞'} tokens`);
  return `everything ${parts.join(', ')} stays local`;
}
