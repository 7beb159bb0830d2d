import { describe, expect, it } from 'vitest';
import { migrateRules, settingsSchema } from '../../../shared/settings';
import { parseSettings } from '../../../electron/core/config/parse-settings';
import { invalidRequestOf } from '../../helpers/invalid-request';

const rule = (extra: Record<string, unknown>) => ({ name: 'r', action: 'always-local', match: { keywords: ['x'] }, ...extra });
const errorOf = (input: unknown) => invalidRequestOf(() => parseSettings(input, 'test.json'));

describe('the rule schema', () => {
  it('accepts every action and condition', () => {
    const settings = parseSettings({
      providers: [{ id: 'p', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:9/v1', models: [{ id: 'big-1', contextLength: 8192 }] }],
      rules: [
        { name: 'a', action: 'always-local', match: { taskTypes: ['translation'] } },
        { name: 'b', action: 'never-cloud', match: { keywords: ['secret'], clients: ['desktop'], modes: ['cost'] } },
        { name: 'c', action: 'always-cloud', match: { minTokens: 1000, maxTokens: 5000 } },
        { name: 'd', action: 'use-model', model: 'big-1', match: { regex: '^refactor\\b', conversationIds: ['c1'] } },
        { name: 'e', action: 'redact', match: { regex: 'PRJ-\\d{4}', caseSensitive: true, regexFlags: 'm' } },
        { name: 'f', action: 'allow', match: { keywords: ['Ada'] } },
      ],
    }, 'test.json');
    expect(settings.rules.map((r) => r.enabled)).toEqual([true, true, true, true, true, true]);
  });

  it.each([
    [[rule({ action: 'sometimes-cloud' })], 'rules.0.action'],
    [[rule({ match: {} })], 'rules.0.match'],
    [[rule({ match: { minTokens: 10, maxTokens: 5 } })], 'rules.0.match.minTokens'],
    [[rule({ action: 'use-model' })], 'rules.0.model'],
    [[rule({ model: 'big-1' })], 'rules.0.model'],
    [[rule({}), rule({ name: 's', match: { regex: '(a+)+$' } })], 'rules.1.match.regex'],
    [[rule({ match: { regex: '([a-z' } })], 'rules.0.match.regex'],
    [[rule({ match: { taskTypes: ['poetry'] } })], 'rules.0.match.taskTypes.0'],
    [[rule({ match: { keywords: ['x'], colour: 'red' } })], 'rules.0.match'],
    [[rule({ action: 'redact', match: { clients: ['desktop'] } })], 'rules.0.match'],
    [[rule({ match: { regex: 'x', regexFlags: 'g' } })], 'rules.0.match.regexFlags'],
    [[rule({}), rule({})], 'rules.1.name'],
  ])('rejects an invalid rule, naming the field (%#)', (rules, field) => {
    const error = errorOf({ rules });
    expect(error.message).toContain(`${field}:`);
    expect(error.status).toBe(400);
  });

  it('a use-model rule must name a configured model', () => {
    expect(errorOf({ rules: [rule({ action: 'use-model', model: 'ghost' })] }).message).toMatch(/rules\.0\.model: rule 'r' names model 'ghost'/);
  });
});

describe('settings written before the one rule language', () => {
  const old = {
    mode: 'balanced',
    privacy: {
      entities: { PERSON: 'never-cloud' },
      rules: [
        { kind: 'keyword', name: 'falcon', keywords: ['Project Falcon'] },
        { kind: 'keyword', name: 'names', keywords: ['Ann'], caseSensitive: true, action: 'redact', enabled: false },
        { kind: 'regex', name: 'ticket', pattern: 'TCK-\\d{4,8}', action: 'redact' },
        { kind: 'regex', name: 'exact', pattern: '^ID\\d+$', flags: 'm' },
        { kind: 'client', name: 'acme', client: 'acme-cli' },
        { kind: 'mode', name: 'cost-local', mode: 'cost' },
      ],
    },
    router: {
      hints: false,
      rules: [
        { name: 'falcon', action: 'always-cloud', match: { keywords: ['refactor', 'c++'], minTokens: 5 } },
        { name: 'translate', action: 'always-local', match: { taskTypes: ['translation'] } },
      ],
    },
  };

  it('load with both lists moved into `rules`, privacy rules first, meaning what they meant', () => {
    const settings = parseSettings(old, 'old.json');
    expect(settings.privacy.entities.PERSON).toBe('never-cloud');
    expect(settings.router.hints).toBe(false);
    expect(settings.rules).toEqual([
      { name: 'falcon', enabled: true, action: 'never-cloud', match: { keywords: ['Project Falcon'] } },
      { name: 'names', enabled: false, action: 'redact', match: { keywords: ['Ann'], caseSensitive: true } },
      { name: 'ticket', enabled: true, action: 'redact', match: { regex: 'TCK-\\d{4,8}' } },
      { name: 'exact', enabled: true, action: 'never-cloud', match: { regex: '^ID\\d+$', caseSensitive: true, regexFlags: 'm' } },
      { name: 'acme', enabled: true, action: 'never-cloud', match: { clients: ['acme-cli'] } },
      { name: 'cost-local', enabled: true, action: 'never-cloud', match: { modes: ['cost'] } },
      // A routing keyword matched inside words; the trailing * keeps it matching the words it begins.
      { name: 'falcon (2)', enabled: true, action: 'always-cloud', match: { keywords: ['refactor*', 'c++'], minTokens: 5 } },
      { name: 'translate', enabled: true, action: 'always-local', match: { taskTypes: ['translation'] } },
    ]);
  });

  it('migrating twice changes nothing, and new-style settings pass through untouched', () => {
    const once = migrateRules(old);
    expect(migrateRules(once)).toBe(once);
    const current = { rules: [{ name: 'a', action: 'always-local', match: { keywords: ['x'] } }] };
    expect(migrateRules(current)).toBe(current);
    expect(settingsSchema.safeParse(once).success).toBe(true);
  });

  it('keeps the rules already in `rules` first and appends the old ones', () => {
    const settings = parseSettings({ rules: [rule({ name: 'falcon' })], privacy: { rules: [{ kind: 'mode', name: 'falcon', mode: 'cost' }] } }, 'mixed.json');
    expect(settings.rules.map((r) => r.name)).toEqual(['falcon', 'falcon (2)']);
  });

  it('an invalid old rule is an error naming where it now lives', () => {
    const error = errorOf({ privacy: { rules: [{ kind: 'regex', name: 'bad', pattern: '(a+)+$' }] } });
    expect(error.message).toMatch(/rules\.0\.match\.regex: regex refused/);
  });
});
