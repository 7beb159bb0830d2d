import type { ChatRequest } from '../../../shared/chat';
import { PrivacyBlockedError } from '../../../shared/errors';
import { inspectRequest, neverCloudError, type InspectOptions, type PrivacyContext, type PrivacyPolicy } from './verdict';

/**
 * The runtime's last check before any byte goes to a cloud backend: re-scans the exact outgoing (already
 * redacted) request and throws PrivacyBlockedError if anything never-cloud — or anything that should have been
 * redacted — is still in it, or if a detector fails (fail closed).
 *
 * "Should have been redacted" is judged by the context-free detectors only. The learned tagger reads context, and
 * a placeholder where a value was can make it see a new "name" beside it ("Ping [EMAIL_1]") that the scan of the
 * original text did not: that is no value the redaction missed, and refusing it would fail ordinary requests.
 * Never-cloud findings of every detector, the tagger's included, still block.
 */
export function assertCloudSafe(request: ChatRequest, policy: PrivacyPolicy, ctx: PrivacyContext, options: InspectOptions = {}): void {
  const cheap = inspectRequest(request, ctx, policy, { ...options, deferredDetectors: [] });
  if (cheap.neverCloud) throw neverCloudError(cheap.reasons, cheap.rules);
  if (cheap.redactions.length > 0) {
    const types = cheap.redactions.map((finding) => finding.type).join(', ');
    throw new PrivacyBlockedError(`This request stays on this machine: it still holds unredacted ${types} values; send the request from verdict.forCloud().`, 'redaction-missing');
  }
  const full = inspectRequest(request, ctx, policy, options);
  if (full.neverCloud) throw neverCloudError(full.reasons, full.rules);
}
