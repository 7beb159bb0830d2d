import { privacyTypeLabels } from '../../../shared/privacy-labels';
import type { SpanType } from './types';

/**
 * How a finding reads in a reason sentence ("contains a credit card number → kept local"): the phrases live in
 * shared/privacy-labels.ts, beside the privacy panel's labels, so the engine and the UI name things alike.
 */
export const findingLabels: Record<SpanType, string> = {
  ...Object.fromEntries(Object.entries(privacyTypeLabels).map(([type, words]) => [type, words.reason])) as Record<Exclude<SpanType, 'CUSTOM'>, string>,
  CUSTOM: 'text matched by a rule',
};
