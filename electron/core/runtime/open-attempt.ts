import type { ChatRequest, StreamPart } from '../../../shared/chat';
import { SwitchyardError, UpstreamError, toSwitchyardError } from '../../../shared/errors';
import { AttemptGuard } from './attempt-guard';
import { classifyFailure, errorFromPart, type FailureKind } from './failure';
import type { TimeoutOptions } from './options';
import type { PlanAttempt } from './types';

export type Opened =
  | { ok: true; guard: AttemptGuard; iterator: AsyncIterator<StreamPart>; first: StreamPart }
  | { ok: false; error: SwitchyardError; kind: FailureKind };

/** Ends a backend stream we no longer read, without waiting on a backend that may be stuck. */
export function closeQuietly(iterator: AsyncIterator<StreamPart>): void {
  iterator.return?.().catch(() => undefined);
}

/** Names the provider in failures that arrive as bare socket or library errors. */
export function describeFailure(raw: unknown, kind: FailureKind, attempt: PlanAttempt): SwitchyardError {
  if (raw instanceof SwitchyardError) return raw;
  const message = raw instanceof Error ? raw.message : String(raw);
  if (kind === 'connect') return new UpstreamError(`Could not reach ${attempt.provider}: ${message}`, { code: 'upstream_unreachable' });
  if (kind === 'transient') return new UpstreamError(`${attempt.provider} failed: ${message}`);
  return toSwitchyardError(raw);
}

/**
 * Starts one try and waits for its first part under the first-part deadline. Nothing has reached the
 * caller yet, so any failure here — thrown, an `error` first part, an empty stream — is free to retry.
 */
export async function openAttempt(
  attempt: PlanAttempt,
  request: ChatRequest,
  signal: AbortSignal,
  timeouts: TimeoutOptions,
): Promise<Opened> {
  const guard = new AttemptGuard(signal, timeouts.firstPartMs);
  let iterator: AsyncIterator<StreamPart> | undefined;
  try {
    const iterable = await guard.race(attempt.backend.stream(request, guard.signal));
    iterator = iterable[Symbol.asyncIterator]();
    const step = await guard.race(iterator.next());
    if (step.done === true) {
      throw new UpstreamError(`${attempt.provider} (${attempt.model}) ended its stream without a part.`, { code: 'incomplete_stream' });
    }
    if (step.value.type === 'error') throw errorFromPart(step.value);
    guard.startIdle(timeouts.idleMs);
    return { ok: true, guard, iterator, first: step.value };
  } catch (error) {
    guard.dispose();
    if (iterator !== undefined) closeQuietly(iterator);
    const raw = guard.failure ?? error;
    const kind = classifyFailure(raw);
    return { ok: false, error: describeFailure(raw, kind, attempt), kind };
  }
}
