import type { Settings } from '../../../shared/settings';
import { loadCloudCatalog, withCatalog } from '../backends/cloud';

/**
 * Settings that name models — the ladder, use-model rules, per-task models — must name configured ones (an
 * id, or an id prefix for a family). Checked when settings load, so a typo is an error naming the field,
 * not a rule that silently never fires. Cloud providers count with the models the shipped catalog gives them.
 */
export function modelReferenceProblems(settings: Settings): string[] {
  const catalog = loadCloudCatalog();
  const ids = [...settings.local.map((m) => m.id), ...settings.providers.flatMap((p) => withCatalog(p, catalog).models.map((m) => m.id))];
  const exact = new Set(ids);
  const known = (name: string): boolean => exact.has(name) || ids.some((id) => id.startsWith(name));
  const hint = ids.length === 0 ? 'no models are configured' : `configured: ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}`;
  const problems: string[] = [];
  for (const [i, id] of (settings.router.ladder ?? []).entries()) {
    if (!exact.has(id)) problems.push(`router.ladder.${i}: model '${id}' is not configured (${hint})`);
  }
  for (const [i, rule] of settings.rules.entries()) {
    if (rule.action === 'use-model' && rule.model !== undefined && !known(rule.model)) {
      problems.push(`rules.${i}.model: rule '${rule.name}' names model '${rule.model}', which is not configured (${hint})`);
    }
  }
  for (const [task, name] of Object.entries(settings.router.taskModels)) {
    if (name !== undefined && !known(name)) problems.push(`router.taskModels.${task}: model '${name}' is not configured (${hint})`);
  }
  return problems;
}
