import type { ChatRequest, FinishReason, StreamPart, Usage } from '../../../shared/chat';
import type { ChatBackend } from '../backends/chat-backend';
import type { TimeoutOptions } from './options';

/** One link of a fallback chain: a model on a backend. */
export interface PlanAttempt {
  backend: ChatBackend;
  model: string;
  kind: 'local' | 'cloud';
  /** Breaker and health key: the cloud provider's id, or `local`. */
  provider: string;
  /** Per-attempt overrides (a local model that must load first may need a longer first-part timeout). */
  timeouts?: Partial<TimeoutOptions>;
  maxRetries?: number;
}

/** Restores redacted placeholders in text streamed back from the cloud; stateful, since a placeholder can span deltas. */
export interface TextTransform {
  push(text: string): string;
  /** Whatever was held back, at the end of the answer. */
  flush(): string;
}

export interface ExecutionPlan {
  /** Primary first, then fallbacks, in order. */
  attempts: PlanAttempt[];
  /**
   * The privacy re-check and redaction. Called immediately before every cloud send — first tries, retries
   * and fallbacks alike — with the request addressed to that attempt's model; exactly what it returns is
   * sent. Throwing (e.g. PrivacyBlockedError) blocks that attempt with nothing sent; the chain moves on.
   */
  beforeCloudSend: (request: ChatRequest) => ChatRequest | Promise<ChatRequest>;
  /** A fresh transform for each cloud attempt that starts streaming, applied to its text deltas. */
  afterCloudText?: () => TextTransform;
  /**
   * The integrator's consent to cache this request's answer and serve it from the cache; pass false
   * whenever the privacy stage found anything or redacted the request. Caching also needs the cache enabled
   * and a deterministic request (temperature 0 or a seed).
   */
  cacheable?: boolean;
}

export interface ServedTarget {
  kind: 'local' | 'cloud';
  provider: string;
  model: string;
}

/** One try of one link. `blocked`: beforeCloudSend refused; `skipped`: the provider's breaker was open. */
export interface AttemptRecord extends ServedTarget {
  outcome: 'served' | 'failed' | 'blocked' | 'skipped';
  error: { status: number; type: string; code: string | null; message: string } | null;
  ms: number;
}

export type StreamError = Extract<StreamPart, { type: 'error' }>['error'];

/** What happened, known once the stream has ended. */
export interface RuntimeResult {
  served: ServedTarget | null;
  cacheHit: boolean;
  attempts: AttemptRecord[];
  /** Tries of a link after its first. */
  retries: number;
  fallback: { used: false } | { used: true; from: ServedTarget; to: ServedTarget };
  timings: { firstPartMs: number | null; totalMs: number };
  /** The served answer's usage; on a cache hit, the usage of the answer when it was first made (nothing was billed now). */
  usage: Usage | null;
  finishReason: FinishReason | null;
  error: StreamError | null;
}

export interface RuntimeStream extends AsyncIterable<StreamPart> {
  readonly served: ServedTarget;
  readonly cacheHit: boolean;
  /** Resolves when the stream has ended, failed or been left by its consumer; never rejects. */
  readonly result: Promise<RuntimeResult>;
}
