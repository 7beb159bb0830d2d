import { describe, expect, it } from 'vitest';
import { settingsSchema } from '../../../shared/settings';
import { routerSettingsSchema } from '../../../shared/settings/router';
import { parseRouterSettings } from '../../../electron/core/router/index';
import { invalidRequestOf } from '../../helpers/invalid-request';

const errorOf = (input: unknown) => invalidRequestOf(() => parseRouterSettings(input));

describe('router settings', () => {
  it('has defaults and sits in the app settings as `router`', () => {
    const s = settingsSchema.parse({});
    expect(s.router).toEqual(routerSettingsSchema.parse({}));
    expect(s.rules).toEqual([]);
    expect(s.router.hints).toBe(true);
    expect(s.router.tier0).toBe(true);
  });

  it.each([
    [{ taskModels: { cooking: 'big-1' } }, 'router.taskModels'],
    [{ thresholds: { balanced: 1.5 } }, 'router.thresholds.balanced'],
    [{ classifierWeight: -1 }, 'router.classifierWeight'],
  ])('rejects an invalid rule with an error naming the field (%#)', (input, field) => {
    const error = errorOf(input);
    expect(error.message.startsWith(`${field}`)).toBe(true);
    expect(error.param).toBe(field);
    expect(error.status).toBe(400);
  });

});
