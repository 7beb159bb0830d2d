import type { ChatRequest } from '../../../shared/chat';
import { PrivacyBlockedError } from '../../../shared/errors';
import type { PrivacySettings } from '../../../shared/settings/privacy';
import { inspectRequest, neverCloudError, type InspectOptions, type PrivacyContext } from './verdict';

/**
 * The runtime's last check before any byte goes to a cloud backend: re-scans the exact outgoing (already
 * redacted) request and throws PrivacyBlockedError if anything never-cloud — or anything that should have been
 * redacted — is still in it, or if a detector fails (fail closed).
 */
export function assertCloudSafe(request: ChatRequest, rules: PrivacySettings, ctx: PrivacyContext, options: InspectOptions = {}): void {
  const verdict = inspectRequest(request, ctx, rules, options);
  if (verdict.neverCloud) throw neverCloudError(verdict.reasons, verdict.rules);
  if (verdict.redactions.length > 0) {
    const types = verdict.redactions.map((finding) => finding.type).join(', ');
    throw new PrivacyBlockedError(`This request stays on this machine: it still holds unredacted ${types} values; send the request from verdict.forCloud().`, 'redaction-missing');
  }
}
