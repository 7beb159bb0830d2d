import type { ChatRequest } from '../../../shared/chat';
import { PrivacyBlockedError } from '../../../shared/errors';
import type { PrivacyFinding } from '../../../shared/decision';
import { offloaded, type ScanPool } from './scan-pool';
import { inspectRequest, neverCloudError, verdictOf, type InspectOptions, type PrivacyContext, type PrivacyPolicy, type PrivacyVerdict } from './verdict';

function unredacted(redactions: readonly PrivacyFinding[]): PrivacyBlockedError {
  const types = redactions.map((finding) => finding.type).join(', ');
  return new PrivacyBlockedError(`This request stays on this machine: it still holds unredacted ${types} values; send the request from verdict.forCloud().`, 'redaction-missing');
}

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
  refuseUnsafe(inspectRequest(request, ctx, policy, { ...options, deferredDetectors: [] }), true);
  refuseUnsafe(inspectRequest(request, ctx, policy, options), false);
}

/** assertCloudSafe with the scans on the pool's worker for a large request (scan-pool.ts). */
export async function assertCloudSafeAsync(request: ChatRequest, policy: PrivacyPolicy, ctx: PrivacyContext, pool: ScanPool | undefined): Promise<void> {
  if (pool === undefined || !offloaded(request, policy)) {
    assertCloudSafe(request, policy, ctx);
    return;
  }
  refuseUnsafe(verdictOf(request, ctx, policy, await pool.scan(request, ctx, policy, true)), true);
  refuseUnsafe(verdictOf(request, ctx, policy, await pool.scan(request, ctx, policy)), false);
}

/** Never-cloud findings refuse on both scans; leftover redactable values only on the context-free one (`cheap`). */
function refuseUnsafe(verdict: PrivacyVerdict, cheap: boolean): void {
  if (verdict.neverCloud) throw neverCloudError(verdict.reasons, verdict.rules);
  if (cheap && verdict.redactions.length > 0) throw unredacted(verdict.redactions);
}
