import type { ChatRequest, StreamPart } from '../../../../shared/chat';
import { ModelNotFoundError, UpstreamError } from '../../../../shared/errors';
import type { ModelInfo } from '../../../../shared/models';
import type { ProviderSettings } from '../../../../shared/settings';
import type { SecretsPort } from '../../config/secrets';
import type { ChatBackend, EmbeddingInput } from '../chat-backend';
import type { ChatProtocol } from './protocol';
import type { HttpErrorContext } from './http/http-error';
import { abortedPart } from './cloud-errors';
import { resolveApiKey } from './api-key';
import { errorFromResponse, notAStreamError } from './http/http-error';
import { sendRequest } from './http/send-request';
import { onePart, sseParts } from './http/sse-parts';
import { findCloudModel, toModelInfo } from './model-info';
import { apiKeyEnvVar } from './provider-defaults';

export interface CloudBackendDeps {
  secrets: SecretsPort;
  /** Injectable for tests and proxies; defaults to globalThis.fetch. */
  fetch?: typeof fetch;
}

type Embed = (model: string, inputs: readonly EmbeddingInput[], signal: AbortSignal, context: HttpErrorContext) => Promise<{ vectors: number[][]; promptTokens: number }>;

/**
 * One configured cloud provider behind the ChatBackend interface. Errors before the first byte
 * (unknown model, missing or rejected key, HTTP status, unreachable host) are thrown as typed errors so
 * the runtime can retry or fall back; anything after that ends the stream with an `error` part.
 */
export class CloudChatBackend implements ChatBackend {
  readonly kind = 'cloud';
  readonly id: string;
  readonly embed?: NonNullable<ChatBackend['embed']>;
  readonly #fetch: typeof fetch;

  constructor(
    readonly provider: ProviderSettings,
    private readonly protocol: ChatProtocol,
    private readonly deps: CloudBackendDeps,
    embed?: Embed,
  ) {
    this.id = provider.id;
    this.#fetch = deps.fetch ?? globalThis.fetch.bind(globalThis);
    if (embed) {
      this.embed = async (model, inputs, signal) => {
        this.#model(model);
        return embed(model, inputs, signal, await this.#context(model));
      };
    }
  }

  models(): ModelInfo[] {
    return this.provider.models.map((model) => toModelInfo(this.provider, model));
  }

  async stream(request: ChatRequest, signal: AbortSignal): Promise<AsyncIterable<StreamPart>> {
    const model = this.#model(request.model);
    const context = await this.#context(model.id);
    const wire = this.protocol.chatRequest(request, model, context.apiKey);
    const response = await sendRequest(this.#fetch, wire, signal, this.id);
    if (response === 'aborted') return onePart(abortedPart());
    if (!response.ok) throw await errorFromResponse(response, context);
    if (!/text\/event-stream/i.test(response.headers.get('content-type') ?? 'text/event-stream')) throw await notAStreamError(response, context);
    if (!response.body) throw new UpstreamError(`Provider '${this.id}' answered without a body.`, { shouldRetry: true });
    return sseParts(response.body, signal, this.protocol.translator(request, context.apiKey), this.id);
  }

  async dispose(): Promise<void> {
    // Stateless: connections belong to fetch's pool and streams release theirs when they end.
  }

  #model(modelId: string) {
    const model = findCloudModel(this.provider, modelId);
    if (!model) throw new ModelNotFoundError(modelId);
    return model;
  }

  async #context(model: string): Promise<HttpErrorContext> {
    const apiKey = await resolveApiKey(this.provider, this.deps.secrets);
    return { providerId: this.id, model, envVar: apiKeyEnvVar(this.provider), apiKey };
  }
}
