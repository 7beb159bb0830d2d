import type { ChatRequest, StreamPart } from '../../../../shared/chat';
import type { CloudModelSettings } from '../../../../shared/settings';
import type { SseEvent } from './http/sse-decoder';

/** An HTTP request ready for `fetch`; the key sits only in `headers`. */
export interface WireRequest {
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/** Turns one protocol's event stream into StreamParts, one upstream event at a time. */
export interface StreamTranslator {
  /** Parts for this event; a `finish` or `error` part ends the stream. */
  event(event: SseEvent): StreamPart[];
  /** The upstream closed the stream: the final `finish`, or an error if it ended too early. */
  end(): StreamPart;
}

/** What distinguishes one wire protocol from another; the HTTP, key and error handling are shared. */
export interface ChatProtocol {
  chatRequest(request: ChatRequest, model: CloudModelSettings, apiKey: string | undefined): WireRequest;
  /** `apiKey` only so upstream text can be scrubbed of it. */
  translator(request: ChatRequest, apiKey: string | undefined): StreamTranslator;
}
