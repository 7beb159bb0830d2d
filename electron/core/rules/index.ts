export { compileRule, compileRuleSet, ROUTING_ACTION_ORDER, type CompiledRule, type RuleSet } from './rule-set';
export { contentSpans, contextHolds, hasContent, matchRoutingRules, memo, type RequestFacts, type RuleFacts, type RuleSpan } from './match-rule';
export { factsFrom, requestFacts } from './request-facts';
