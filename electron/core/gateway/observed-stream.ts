import type { StreamPart, Usage } from '../../../shared/chat';

export interface StreamObservation {
  firstTokenMs: number | null;
  usage: Usage | null;
  outcome: 'ok' | 'error' | 'aborted';
  error: string | null;
}

/**
 * Passes parts through unchanged while noting first-token time, usage and outcome, and guarantees the
 * stream ends with exactly one `finish` or `error` part whatever the source does.
 */
export async function* observeStream(
  source: AsyncIterable<StreamPart>,
  startedAt: number,
  onEnd: (observation: StreamObservation) => void,
): AsyncGenerator<StreamPart> {
  const observation: StreamObservation = { firstTokenMs: null, usage: null, outcome: 'error', error: null };
  let ended = false;
  try {
    for await (const part of source) {
      if (ended) break;
      if (observation.firstTokenMs === null && (part.type === 'text-delta' || part.type === 'tool-call-delta')) {
        observation.firstTokenMs = performance.now() - startedAt;
      }
      if (part.type === 'finish') {
        observation.outcome = 'ok';
        observation.usage = part.usage;
        ended = true;
      } else if (part.type === 'error') {
        observation.outcome = part.error.code === 'aborted' ? 'aborted' : 'error';
        observation.error = part.error.message;
        ended = true;
      }
      yield part;
    }
    if (!ended) {
      observation.error = 'The model stopped without finishing its answer.';
      yield { type: 'error', error: { message: observation.error, type: 'server_error', code: 'incomplete_stream' } };
    }
  } catch (error) {
    observation.error = error instanceof Error ? error.message : String(error);
    yield { type: 'error', error: { message: observation.error, type: 'server_error', code: 'stream_failed' } };
  } finally {
    // The consumer stopped reading (client gone): the request was abandoned, not failed.
    if (!ended && observation.error === null) observation.outcome = 'aborted';
    onEnd(observation);
  }
}
