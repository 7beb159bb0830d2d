import type { PrivacyAction, PrivacySettings } from '../../../shared/settings/privacy';
import type { PrivacyRuleMatches } from './rule-detectors';
import type { Span } from './types';

/** What the user's rules do with one finding, and the rule's name as reasons and Decision.rules quote it. */
export function spanAction(span: Span, rules: PrivacySettings, user: Pick<PrivacyRuleMatches, 'actions'>): { action: PrivacyAction; rule: string } {
  if (span.type === 'CUSTOM') {
    const name = span.rule ?? '';
    return { action: user.actions.get(name) ?? 'never-cloud', rule: name };
  }
  const action = span.type in rules.entities
    ? rules.entities[span.type as keyof PrivacySettings['entities']]
    : rules.categories[span.type as keyof PrivacySettings['categories']];
  return { action, rule: `${span.type}: ${action}` };
}
