import { describe, expect, it } from 'vitest';
import { ruleSchema, rulesSchema, type RuleInput } from '../../../shared/settings/rules';
import { compileRule, compileRuleSet, contentSpans, contextHolds, matchRoutingRules, requestFacts, type RuleFacts } from '../../../electron/core/rules';

const compiled = (input: Partial<RuleInput> & { match: RuleInput['match'] }) => compileRule(ruleSchema.parse({ name: 'r', action: 'never-cloud', ...input }));
const words = (match: RuleInput['match'], text: string) => contentSpans(compiled({ match }), text).map((s) => text.slice(s.start, s.end));
const facts = (extra: Partial<RuleFacts> = {}): RuleFacts => ({
  mode: 'balanced', client: undefined, conversationId: undefined, request: () => ({ taskType: 'chitchat', promptTokens: 10 }), ...extra,
});

describe('content conditions', () => {
  it('keywords match whole words and phrases, case-insensitively', () => {
    expect(words({ keywords: ['ann', 'Project Falcon'] }, 'Ann said: project falcon, annual report')).toEqual(['Ann', 'project falcon']);
    expect(words({ keywords: ['ann'], caseSensitive: true }, 'Ann and ann')).toEqual(['ann']);
  });

  it('a trailing * matches the rest of the word', () => {
    expect(words({ keywords: ['refactor*'] }, 'Refactoring and refactor, not prerefactor')).toEqual(['Refactoring', 'refactor']);
  });

  it('keywords and a regex in one rule must both match (AND), and both give spans', () => {
    expect(words({ keywords: ['ticket'], regex: 'TCK-\\d+' }, 'ticket TCK-12')).toEqual(['ticket', 'TCK-12']);
    expect(words({ keywords: ['ticket'], regex: 'TCK-\\d+' }, 'ticket only')).toEqual([]);
    expect(words({ keywords: ['ticket'], regex: 'TCK-\\d+' }, 'TCK-12 only')).toEqual([]);
  });

  it('keeps offsets right when lower-casing changes a character\'s length', () => {
    const text = 'İstanbul office: falcon';
    expect(words({ keywords: ['falcon'] }, text)).toEqual(['falcon']);
  });
});

describe('context conditions', () => {
  it('modes, clients and conversations must all hold', () => {
    const rule = compiled({ match: { modes: ['cost'], clients: ['ci-bot'], conversationIds: ['c1'] } });
    const bot = { kind: 'api' as const, apiKeyLabel: 'ci-bot' };
    expect(contextHolds(rule, facts({ mode: 'cost', client: bot, conversationId: 'c1' }))).toBe(true);
    expect(contextHolds(rule, facts({ mode: 'balanced', client: bot, conversationId: 'c1' }))).toBe(false);
    expect(contextHolds(rule, facts({ mode: 'cost', client: { kind: 'desktop' }, conversationId: 'c1' }))).toBe(false);
    expect(contextHolds(rule, facts({ mode: 'cost', client: bot, conversationId: undefined }))).toBe(false);
  });

  it('asks for the request facts only for task and token conditions', () => {
    let asked = 0;
    const counting = facts({ request: () => { asked += 1; return { taskType: 'code', promptTokens: 500 }; } });
    expect(contextHolds(compiled({ match: { modes: ['balanced'] } }), counting)).toBe(true);
    expect(asked).toBe(0);
    expect(contextHolds(compiled({ match: { taskTypes: ['code'], minTokens: 100, maxTokens: 500 } }), counting)).toBe(true);
    expect(contextHolds(compiled({ match: { minTokens: 501 } }), counting)).toBe(false);
    expect(asked).toBe(2);
  });
});

describe('routing rules', () => {
  it('apply in the documented order, whatever the list order, and skip privacy actions and disabled rules', () => {
    const set = compileRuleSet(rulesSchema.parse([
      { name: 'model', action: 'use-model', model: 'big', match: { keywords: ['zebra'] } },
      { name: 'cloud', action: 'always-cloud', match: { keywords: ['zebra'] } },
      { name: 'guard', action: 'never-cloud', match: { keywords: ['zebra'] } },
      { name: 'off', action: 'always-local', enabled: false, match: { keywords: ['zebra'] } },
      { name: 'local', action: 'always-local', match: { keywords: ['zebra'] } },
    ]));
    expect(matchRoutingRules(set, 'a zebra', facts()).map((c) => c.rule.name)).toEqual(['local', 'cloud', 'model']);
    expect(set.privacy.map((c) => c.rule.name)).toEqual(['guard']);
  });

  it('computes the facts at most once for many rules', () => {
    let asked = 0;
    const set = compileRuleSet(rulesSchema.parse([
      { name: 'a', action: 'always-local', match: { taskTypes: ['code'] } },
      { name: 'b', action: 'always-cloud', match: { minTokens: 1 } },
    ]));
    matchRoutingRules(set, 'x', facts({ request: () => { asked += 1; return { taskType: 'code', promptTokens: 5 }; } }));
    expect(asked).toBe(1);
  });
});

describe('requestFacts', () => {
  it('is what the router sees: hint stripped, tier-0 questions are arithmetic', () => {
    expect(requestFacts([{ role: 'user', content: 'what is 6 * 7' }]).taskType).toBe('arithmetic');
    expect(requestFacts([{ role: 'user', content: '#cloud Write a Python function that parses a CSV file.' }]).taskType).toBe('code');
    expect(requestFacts([{ role: 'user', content: 'word '.repeat(400) }]).promptTokens).toBeGreaterThan(300);
  });
});
