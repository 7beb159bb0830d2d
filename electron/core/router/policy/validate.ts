import { InvalidRequestError } from '../../../../shared/errors';
import type { RouterSettings } from '../../../../shared/settings/router';
import { routerSettingsSchema } from '../../../../shared/settings/router';

/**
 * Parses router settings from outside (settings file, IPC, HTTP). An invalid rule is rejected with a
 * message naming the field, e.g. "router.ladder[2]: model 'x' is on the ladder twice".
 */
export function parseRouterSettings(input: unknown): RouterSettings {
  const result = routerSettingsSchema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => ({ path: formatPath(['router', ...issue.path]), message: issue.message }));
  const message = issues.map((i) => `${i.path}: ${i.message}`).join('; ') || 'router: invalid router settings';
  throw new InvalidRequestError(message, issues[0]?.path ?? 'router', 'invalid_router_settings');
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
