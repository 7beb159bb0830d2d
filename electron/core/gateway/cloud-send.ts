import type { ChatRequest } from '../../../shared/chat';
import type { CloudAudit } from '../../../shared/routing-log';
import { assertCloudSafeAsync, inspectRequestAsync, StreamRestorer, type PrivacyContext, type PrivacyPolicy, type Pseudonymizer, type ScanPool } from '../privacy';
import type { ExecutionPlan, TextTransform } from '../runtime';

/**
 * The runtime's hook before every cloud send (first tries, retries and fallbacks alike): re-inspects the
 * exact request for that attempt, redacts what the rules say to redact, re-scans the redacted request and
 * refuses if anything never-cloud or unredacted remains (fail closed). Records what left, never values. With
 * the conversation's Pseudonymizer in `ctx`, every attempt of every turn uses the same placeholders.
 */
export function cloudSendHooks(
  policy: PrivacyPolicy,
  ctx: PrivacyContext,
  destinationOf: (model: string) => string,
  audit: CloudAudit[],
  /** After a send passed every check: the conversation's map may have grown and is saved then. */
  onSent: () => void = () => {},
  /** Scans a large request on a worker thread; the checks are the same. */
  pool?: ScanPool,
): Pick<ExecutionPlan, 'beforeCloudSend' | 'afterCloudText'> {
  let restorer: Pseudonymizer | undefined;
  return {
    async beforeCloudSend(request: ChatRequest): Promise<ChatRequest> {
      const verdict = await inspectRequestAsync(request, ctx, policy, pool);
      const cloud = verdict.forCloud();
      await assertCloudSafeAsync(cloud.request, policy, ctx, pool);
      restorer = cloud.restorer;
      onSent();
      audit.push({
        destination: destinationOf(request.model),
        bytes: Buffer.byteLength(JSON.stringify(cloud.request), 'utf8'),
        redactedTypes: cloud.redactions.map((r) => r.type),
      });
      return cloud.request;
    },
    afterCloudText(): TextTransform {
      if (restorer === undefined) return { push: (text) => text, flush: () => '' };
      const stream = new StreamRestorer(restorer);
      return { push: (text) => stream.push(text), flush: () => stream.flush() };
    },
  };
}
