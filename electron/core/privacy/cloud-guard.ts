import type { ChatRequest } from '../../../shared/chat';
import { PrivacyBlockedError } from '../../../shared/errors';
import type { PrivacyFinding } from '../../../shared/decision';
import { requestTexts } from './request-texts';
import { OFFLOAD_BYTES, type ScanPool } from './scan-pool';
import { assertScanSize } from './scanner';
import { inspectRequest, neverCloudError, verdictOf, type InspectOptions, type PrivacyContext, type PrivacyPolicy } from './verdict';

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
  const cheap = inspectRequest(request, ctx, policy, { ...options, deferredDetectors: [] });
  if (cheap.neverCloud) throw neverCloudError(cheap.reasons, cheap.rules);
  if (cheap.redactions.length > 0) throw unredacted(cheap.redactions);
  const full = inspectRequest(request, ctx, policy, options);
  if (full.neverCloud) throw neverCloudError(full.reasons, full.rules);
}

/** assertCloudSafe with the scans on the pool's worker for a large request (scan-pool.ts). */
export async function assertCloudSafeAsync(request: ChatRequest, policy: PrivacyPolicy, ctx: PrivacyContext, pool: ScanPool | undefined): Promise<void> {
  const bytes = requestTexts(request).reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  if (pool === undefined || bytes < OFFLOAD_BYTES) {
    assertCloudSafe(request, policy, ctx);
    return;
  }
  assertScanSize(bytes, policy.privacy.maxScanBytes);
  const cheap = verdictOf(request, ctx, policy, await pool.scan(request, ctx, policy, true));
  if (cheap.neverCloud) throw neverCloudError(cheap.reasons, cheap.rules);
  if (cheap.redactions.length > 0) throw unredacted(cheap.redactions);
  const full = verdictOf(request, ctx, policy, await pool.scan(request, ctx, policy));
  if (full.neverCloud) throw neverCloudError(full.reasons, full.rules);
}
