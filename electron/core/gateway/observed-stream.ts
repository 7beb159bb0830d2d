import type { StreamPart, Usage } from '../../../shared/chat';

export interface StreamObservation {
  firstTokenMs: number | null;
  usage: Usage | null;
  outcome: 'ok' | 'error' | 'aborted';
  error: string | null;
}

/**
 * Passes parts through unchanged while noting first-token time, usage and outcome, and guarantees the
 * stream ends with exactly one `finish` or `error` part whatever the source does. A hand-written iterator
 * rather than an async generator: it sits on the per-token path, where each generator layer costs
 * several microtask turns.
 */
export function observeStream(
  source: AsyncIterable<StreamPart>,
  startedAt: number,
  onEnd: (observation: StreamObservation) => void,
): AsyncIterable<StreamPart> {
  const observation: StreamObservation = { firstTokenMs: null, usage: null, outcome: 'error', error: null };
  let state: 'open' | 'ended' | 'done' = 'open';
  let reported = false;
  const report = (): void => {
    if (reported) return;
    reported = true;
    // The consumer stopped reading (client gone): the request was abandoned, not failed.
    if (state === 'open' && observation.error === null) observation.outcome = 'aborted';
    onEnd(observation);
  };
  const fail = (message: string, code: string): IteratorResult<StreamPart> => {
    observation.error = message;
    state = 'ended';
    return { value: { type: 'error', error: { message, type: 'server_error', code } }, done: false };
  };

  return {
    [Symbol.asyncIterator](): AsyncIterator<StreamPart> {
      const iterator = source[Symbol.asyncIterator]();
      return {
        async next(): Promise<IteratorResult<StreamPart>> {
          if (state !== 'open') {
            if (state === 'ended') {
              state = 'done';
              // Let the source run to its end too (the runtime settles its result there).
              try {
                if ((await iterator.next()).done !== true) await iterator.return?.();
              } catch {
                // The answer is complete; a source failing after its last part changes nothing.
              }
              report();
            }
            return { value: undefined, done: true };
          }
          let step: IteratorResult<StreamPart>;
          try {
            step = await iterator.next();
          } catch (error) {
            return fail(error instanceof Error ? error.message : String(error), 'stream_failed');
          }
          if (step.done === true) return fail('The model stopped without finishing its answer.', 'incomplete_stream');
          const part = step.value;
          if (observation.firstTokenMs === null && (part.type === 'text-delta' || part.type === 'tool-call-delta')) {
            observation.firstTokenMs = performance.now() - startedAt;
          }
          if (part.type === 'finish') {
            observation.outcome = 'ok';
            observation.usage = part.usage;
            state = 'ended';
          } else if (part.type === 'error') {
            observation.outcome = part.error.code === 'aborted' ? 'aborted' : 'error';
            observation.error = part.error.message;
            state = 'ended';
          }
          return { value: part, done: false };
        },
        async return(): Promise<IteratorResult<StreamPart>> {
          report();
          state = 'done';
          await iterator.return?.();
          return { value: undefined, done: true };
        },
      };
    },
  };
}
