import type { StreamPart } from '../../../shared/chat';
import { UpstreamError } from '../../../shared/errors';
import type { AttemptGuard } from './attempt-guard';
import type { CircuitBreaker, Permit } from './circuit-breaker';
import { ABORTED, classifyFailure, countsAgainstBreaker, errorFromPart } from './failure';
import { closeQuietly, describeFailure } from './open-attempt';
import type { RunLog } from './run-log';
import type { PlanAttempt, RuntimeResult, StreamError, TextTransform } from './types';

export interface ServeContext {
  attempt: PlanAttempt;
  guard: AttemptGuard;
  iterator: AsyncIterator<StreamPart>;
  first: StreamPart;
  breaker: CircuitBreaker;
  permit: Permit;
  log: RunLog;
  transform: TextTransform | undefined;
  /** Receives the whole answer when it finished cleanly, for the response cache. */
  store: ((parts: StreamPart[]) => void) | undefined;
  resolve: (result: RuntimeResult) => void;
}

/**
 * The answer of the one attempt that produced a first part. From here on nothing moves along the chain:
 * a failure ends the stream with an error part that says the answer broke off, so partial output is never
 * completed by another model.
 */
export async function* serveAttempt(ctx: ServeContext): AsyncGenerator<StreamPart, void, undefined> {
  const { attempt, guard, iterator, breaker, permit, log, transform } = ctx;
  const kept: StreamPart[] | null = ctx.store === undefined ? null : [];
  let verdict = false;
  let ended = false;
  let end: Pick<RuntimeResult, 'usage' | 'finishReason' | 'error'> = { usage: null, finishReason: null, error: null };
  let part = ctx.first;
  try {
    for (;;) {
      if (part.type === 'finish') {
        ended = true;
        breaker.success(permit);
        verdict = true;
        end = { usage: part.usage, finishReason: part.reason, error: null };
        const rest = transform?.flush() ?? '';
        if (rest !== '') {
          const tail: StreamPart = { type: 'text-delta', text: rest };
          kept?.push(tail);
          yield tail;
        }
        if (kept !== null && part.reason !== 'error') ctx.store?.([...kept, part]);
        yield part;
        return;
      }
      if (part.type === 'error') throw errorFromPart(part);
      const out: StreamPart = part.type === 'text-delta' && transform !== undefined ? { type: 'text-delta', text: transform.push(part.text) } : part;
      if (out.type !== 'text-delta' || out.text !== '' || transform === undefined) {
        kept?.push(out);
        log.markFirstPart();
        yield out;
      }
      const step = await guard.nextPart(iterator);
      if (step.done === true) {
        throw new UpstreamError(`${attempt.provider} ended its stream without finishing the answer.`, { code: 'incomplete_stream' });
      }
      part = step.value;
    }
  } catch (raw) {
    ended = true;
    const cause = guard.failure ?? raw;
    const kind = classifyFailure(cause);
    if (countsAgainstBreaker(kind)) {
      breaker.failure(permit, kind === 'connect');
      verdict = true;
    }
    const error = brokeOff(attempt, describeFailure(cause, kind, attempt), kind === 'aborted');
    end = { ...end, finishReason: 'error', error };
    yield { type: 'error', error };
  } finally {
    guard.dispose();
    if (!ended) closeQuietly(iterator);
    if (!verdict) breaker.release(permit);
    ctx.resolve(log.result({ served: attempt, cacheHit: false, ...end }));
  }
}

function brokeOff(attempt: PlanAttempt, error: { message: string; type: string; code: string | null; status: number }, aborted: boolean): StreamError {
  if (aborted) return { ...ABORTED };
  return {
    message: `The answer from ${attempt.provider} (${attempt.model}) broke off after it had started streaming; it was not completed by another model. Cause: ${error.message}`,
    type: error.type,
    code: error.code ?? 'stream_interrupted',
    status: error.status,
  };
}
