import type { ChatRequest, StreamPart } from '../../../shared/chat';
import type { ModelInfo } from '../../../shared/models';

/** An input to embed: text, or token ids of the model's own vocabulary (local models; OpenAI passes them on). */
export type EmbeddingInput = string | readonly number[];

/**
 * One interface for every model, local or cloud (STYLE.md "Backends").
 * `stream` yields parts as they are produced and ends with exactly one `finish` or `error` part;
 * it throws (a SwitchyardError) only before the first part, e.g. unknown model or queue full.
 * Aborting `signal` stops generation and ends the stream with an `error` part of code `aborted`.
 */
export interface ChatBackend {
  readonly id: string;
  readonly kind: 'local' | 'cloud';
  models(): ModelInfo[];
  stream(request: ChatRequest, signal: AbortSignal): Promise<AsyncIterable<StreamPart>>;
  /** Embeddings where the model supports them. */
  embed?(model: string, inputs: readonly EmbeddingInput[], signal: AbortSignal): Promise<{ vectors: number[][]; promptTokens: number }>;
  /** Counts prompt tokens with the model's own tokenizer, where the backend has one. */
  countTokens?(model: string, text: string): number;
  dispose(): Promise<void>;
}

/** Local models also have a lifecycle. */
export interface LocalModelLifecycle {
  load(modelId: string): Promise<void>;
  unload(modelId: string): Promise<void>;
  /** Which compute backend llama.cpp chose: metal, cuda, vulkan or cpu. */
  gpu(): Promise<'metal' | 'cuda' | 'vulkan' | 'cpu'>;
}
