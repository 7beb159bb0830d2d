import type { z } from 'zod';
import { migrateRules, settingsSchema, type Settings } from '../../../shared/settings';
import { InvalidRequestError } from '../../../shared/errors';
import { modelReferenceProblems } from './model-references';

/**
 * Validates settings from any source, migrating older shapes first (migrate-rules.ts); the error names every bad
 * field and where it came from.
 */
export function parseSettings(input: unknown, source: string): Settings {
  const result = settingsSchema.safeParse(migrateRules(input));
  if (result.success) {
    const problems = modelReferenceProblems(result.data);
    if (problems.length === 0) return result.data;
    throw new InvalidRequestError(`Invalid settings in ${source}: ${problems.slice(0, 5).join('; ')}`, 'settings', 'invalid_settings');
  }
  throw new InvalidRequestError(`Invalid settings in ${source}: ${describeIssues(result.error.issues)}`, 'settings', 'invalid_settings');
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}
