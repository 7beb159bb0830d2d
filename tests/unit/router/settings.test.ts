import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../../../shared/errors';
import { settingsSchema } from '../../../shared/settings';
import { routerSettingsSchema } from '../../../shared/settings/router';
import { parseRouterSettings } from '../../../electron/core/router/index';

const rule = (extra: Record<string, unknown>) => ({ name: 'r', action: 'always-local', match: { keywords: ['x'] }, ...extra });
const errorOf = (input: unknown): InvalidRequestError => {
  try {
    parseRouterSettings(input);
  } catch (error) {
    if (error instanceof InvalidRequestError) return error;
    throw error;
  }
  throw new Error('expected the settings to be rejected');
};

describe('router settings', () => {
  it('has defaults and sits in the app settings as `router`', () => {
    const s = settingsSchema.parse({});
    expect(s.router).toEqual(routerSettingsSchema.parse({}));
    expect(s.router.rules).toEqual([]);
    expect(s.router.hints).toBe(true);
    expect(s.router.tier0).toBe(true);
  });

  it('accepts every rule action and condition', () => {
    const parsed = parseRouterSettings({
      rules: [
        { name: 'a', action: 'always-local', match: { taskTypes: ['translation'] } },
        { name: 'b', action: 'never-cloud', match: { keywords: ['secret'], clients: ['desktop'] } },
        { name: 'c', action: 'always-cloud', match: { minTokens: 1000, maxTokens: 5000 } },
        { name: 'd', action: 'use-model', model: 'big-1', match: { regex: '^refactor\\b', conversationIds: ['c1'] } },
      ],
      taskModels: { code: 'big-1', translation: 'local' },
    });
    expect(parsed.rules.map((r) => r.enabled)).toEqual([true, true, true, true]);
  });

  it.each([
    [{ rules: [rule({ action: 'sometimes-cloud' })] }, 'router.rules[0].action'],
    [{ rules: [rule({ match: {} })] }, 'router.rules[0].match'],
    [{ rules: [rule({ match: { minTokens: 10, maxTokens: 5 } })] }, 'router.rules[0].match.minTokens'],
    [{ rules: [rule({ action: 'use-model' })] }, 'router.rules[0].model'],
    [{ rules: [rule({}), rule({ match: { regex: '(a+)+$' } })] }, 'router.rules[1].match.regex'],
    [{ rules: [rule({ match: { regex: '([a-z' } })] }, 'router.rules[0].match.regex'],
    [{ rules: [rule({ match: { taskTypes: ['poetry'] } })] }, 'router.rules[0].match.taskTypes[0]'],
    [{ rules: [rule({ match: { keywords: ['x'], colour: 'red' } })] }, 'router.rules[0].match'],
    [{ taskModels: { cooking: 'big-1' } }, 'router.taskModels'],
    [{ thresholds: { balanced: 1.5 } }, 'router.thresholds.balanced'],
    [{ classifierWeight: -1 }, 'router.classifierWeight'],
  ])('rejects an invalid rule with an error naming the field (%#)', (input, field) => {
    const error = errorOf(input);
    expect(error.message.startsWith(`${field}`)).toBe(true);
    expect(error.param).toBe(field);
    expect(error.status).toBe(400);
  });

  it('explains a refused regex', () => {
    expect(errorOf({ rules: [rule({ match: { regex: '(a+)+' } })] }).message).toMatch(/nested quantifiers/);
  });
});
