import { compileUserRegex } from '../../../shared/settings/regex-safety';
import { isPrivacyAction, type Rule, type RuleAction } from '../../../shared/settings/rules';

/**
 * The order rules apply in. Privacy actions run in the privacy stage, in list order, every match counting:
 *   never-cloud — the request stays local; redact — the matched text is replaced before a cloud send;
 *   allow — the detectors' redact-level findings inside the matched text are dropped.
 * Routing actions run in the router's rules stage, after privacy, in this order:
 *   always-local, then always-cloud, then use-model — the first match decides (scoring skipped); the other
 *   matches are still named. Within one action, list order. Disabled rules are skipped.
 * Never-cloud is decided only by the privacy stage, so no routing rule can send a never-cloud request out.
 */
export const ROUTING_ACTION_ORDER: readonly RuleAction[] = ['always-local', 'always-cloud', 'use-model'];

export interface CompiledRule {
  rule: Rule;
  /** Whole-word keyword matchers, lower-cased unless the rule is case-sensitive. */
  keywords: KeywordMatcher[] | null;
  /** Global ('g') so every match becomes a span. */
  regex: RegExp | null;
  /** Task or token conditions: the request's facts are needed (computed lazily, once). */
  needsFacts: boolean;
}

export interface KeywordMatcher {
  needle: string;
  /** Trailing `*`: the word may go on ("refactor*" matches "refactoring"). */
  prefix: boolean;
}

export interface RuleSet {
  /** allow / redact / never-cloud, in list order. */
  privacy: CompiledRule[];
  /** always-local / always-cloud / use-model, in ROUTING_ACTION_ORDER, then list order. */
  routing: CompiledRule[];
}

const cache = new WeakMap<readonly Rule[], RuleSet>();

/** Compiles the enabled rules once per rules array (settings objects are replaced, not mutated). */
export function compileRuleSet(rules: readonly Rule[]): RuleSet {
  const cached = cache.get(rules);
  if (cached !== undefined) return cached;
  const enabled = rules.filter((rule) => rule.enabled).map(compileRule);
  const set: RuleSet = {
    privacy: enabled.filter((c) => isPrivacyAction(c.rule.action)),
    routing: ROUTING_ACTION_ORDER.flatMap((action) => enabled.filter((c) => c.rule.action === action)),
  };
  cache.set(rules, set);
  return set;
}

/**
 * Settings were validated, but rules may also come from code: an unsafe pattern throws here too, compiled as the
 * check says it runs (leading (?i) read as a flag, unbounded quantifiers capped — regex-safety.ts).
 */
export function compileRule(rule: Rule): CompiledRule {
  const m = rule.match;
  const caseSensitive = m.caseSensitive === true;
  let regex: RegExp | null = null;
  if (m.regex !== undefined) {
    try {
      regex = compileUserRegex(m.regex, `${caseSensitive ? '' : 'i'}${m.regexFlags ?? ''}`, 'g');
    } catch (error) {
      throw new Error(`rule '${rule.name}': ${(error as Error).message}`);
    }
  }
  const keywords = m.keywords?.map((raw): KeywordMatcher => {
    const prefix = raw.length > 1 && raw.endsWith('*');
    const word = prefix ? raw.slice(0, -1) : raw;
    return { needle: caseSensitive ? word : word.toLowerCase(), prefix };
  }) ?? null;
  return { rule, keywords, regex, needsFacts: m.taskTypes !== undefined || m.minTokens !== undefined || m.maxTokens !== undefined };
}
