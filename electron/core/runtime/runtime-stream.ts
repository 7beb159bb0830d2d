import type { StreamPart } from '../../../shared/chat';
import { ABORTED } from './failure';
import type { CachedAnswer } from './response-cache';
import type { RunLog } from './run-log';
import type { RuntimeResult, RuntimeStream } from './types';

/** Wraps a part source as a RuntimeStream whose `result` the source resolves when it ends. */
export function makeStream(
  source: (resolve: (result: RuntimeResult) => void) => AsyncIterable<StreamPart>,
  served: RuntimeStream['served'],
  cacheHit: boolean,
): RuntimeStream {
  let resolve!: (result: RuntimeResult) => void;
  const result = new Promise<RuntimeResult>((done) => (resolve = done));
  const parts = source(resolve);
  return { served, cacheHit, result, [Symbol.asyncIterator]: () => parts[Symbol.asyncIterator]() };
}

/** A cached answer played back as a stream; nothing is sent anywhere. */
export async function* replay(answer: CachedAnswer, log: RunLog, signal: AbortSignal, resolve: (r: RuntimeResult) => void): AsyncGenerator<StreamPart> {
  const finish = answer.parts.at(-1);
  const usage = finish?.type === 'finish' ? finish.usage : null;
  const finishReason = finish?.type === 'finish' ? finish.reason : null;
  let error: RuntimeResult['error'] = null;
  try {
    for (const part of answer.parts) {
      if (signal.aborted) {
        error = { ...ABORTED };
        yield { type: 'error', error };
        return;
      }
      log.markFirstPart();
      yield part;
    }
  } finally {
    resolve(log.result({ served: answer.target, cacheHit: true, usage, finishReason: error === null ? finishReason : 'error', error }));
  }
}
