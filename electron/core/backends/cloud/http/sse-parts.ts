import type { StreamPart } from '../../../../../shared/chat';
import type { StreamTranslator } from '../protocol';
import { abortedPart, interruptedPart } from '../cloud-errors';
import { SseDecoder } from './sse-decoder';

/**
 * Reads an upstream event stream and yields parts as each chunk arrives — nothing is held back.
 * Guarantees exactly one final `finish` or `error` part; a reset connection or an abort becomes an
 * `error` part. Stopping early (consumer `return`) cancels the upstream body and frees the connection.
 */
export async function* sseParts(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  translator: StreamTranslator,
  providerId: string,
): AsyncGenerator<StreamPart> {
  const reader = body.getReader();
  const decoder = new SseDecoder();
  try {
    for (;;) {
      if (signal.aborted) {
        yield abortedPart();
        return;
      }
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        yield signal.aborted ? abortedPart() : interruptedPart(providerId);
        return;
      }
      if (chunk.done) {
        yield translator.end();
        return;
      }
      for (const event of decoder.push(chunk.value)) {
        for (const part of translator.event(event)) {
          yield part;
          if (part.type === 'finish' || part.type === 'error') return;
        }
      }
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
}

/** A stream of just one part, for an abort that happened before the upstream answered. */
export async function* onePart(part: StreamPart): AsyncGenerator<StreamPart> {
  yield part;
}
