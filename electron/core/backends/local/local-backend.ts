import { setTimeout as delay } from 'node:timers/promises';
import type { Llama } from 'node-llama-cpp';
import type { ChatRequest, StreamPart } from '../../../../shared/chat';
import { ContextLengthError, InvalidRequestError, ModelNotFoundError, SwitchyardError, UnavailableError } from '../../../../shared/errors';
import type { ModelInfo } from '../../../../shared/models';
import type { LocalModelSettings } from '../../../../shared/settings/local-models';
import type { ChatBackend, LocalModelLifecycle } from '../chat-backend';
import { planGeneration } from './generation-plan';
import { nodeLlamaCpp } from './llama-module';
import { LoadedModel } from './loaded-model';
import { assertGgufFile } from './gguf-file';
import { gpuOf, readHardware, type HardwareSummary } from './hardware';
import { readModelDetails, readWholeModelDetails, type LocalModelDetails } from './model-details';
import { contextSizeFor, ModelLoadError, readGgufHeader, type GgufHeader } from './model-file';
import { PartChannel } from './part-channel';
import { abortPart, errorPart, runGeneration } from './run-generation';

export interface LocalBackendOptions {
  models: LocalModelSettings[];
  /** CPU threads for every model without its own `threads` setting; 0 lets llama.cpp decide. */
  threads?: number;
  /** Parallel generations per model (context sequences); each costs its share of the KV cache. Default 1. */
  sequences?: number;
  logger?: (message: string) => void;
}

const LEAKED_GUARD_WAIT_MS = 2_000;

const CAPABILITIES = { tools: true, jsonSchema: true, embeddings: true, vision: false } as const;

/** GGUF models run in-process by llama.cpp through node-llama-cpp, loaded on first use or explicitly. */
export class LocalBackend implements ChatBackend, LocalModelLifecycle {
  readonly id = 'local';
  readonly kind = 'local' as const;
  private readonly settings = new Map<string, LocalModelSettings>();
  private readonly headers = new Map<string, GgufHeader>();
  private headerReads: Promise<void[]> | undefined;
  private readonly details = new Map<string, Promise<LocalModelDetails>>();
  private readonly loading = new Map<string, Promise<LoadedModel>>();
  private readonly loaded = new Map<string, LoadedModel>();
  private llama: Promise<Llama> | undefined;
  private disposed = false;
  /** Set once llama.cpp refused a model file; see dispose(). */
  private loadFailed = false;
  private readonly log: (message: string) => void;

  constructor(private readonly options: LocalBackendOptions) {
    this.log = options.logger ?? (() => {});
    for (const model of options.models) this.settings.set(model.id, model);
  }

  /** Header reads are cheap and let models() report the real context size before any load; done once, on demand. */
  private readHeaders(): Promise<void[]> {
    this.headerReads ??= Promise.all(
      [...this.settings.values()].map((model) =>
        readGgufHeader(model.id, model.path).then(
          (header) => void this.headers.set(model.id, header),
          (error: unknown) => this.log(error instanceof Error ? error.message : String(error)),
        ),
      ),
    );
    return this.headerReads;
  }

  models(): ModelInfo[] {
    return [...this.settings.values()].map((model) => {
      const loaded = this.loaded.get(model.id);
      const contextLength = loaded?.contextSize ?? contextSizeFor(model.contextSize, this.headers.get(model.id)?.trainContextSize);
      return { id: model.id, provider: 'local', kind: 'local', contextLength, capabilities: { ...CAPABILITIES }, loaded: loaded !== undefined };
    });
  }

  /** Like models(), after the GGUF headers have been read, so context lengths of unloaded models are exact. */
  async listModels(): Promise<ModelInfo[]> {
    await this.readHeaders();
    return this.models();
  }

  /**
   * Makes a GGUF file routable at once (the gateway reads models() per request). The file is checked first:
   * missing, unreadable, not a GGUF or a header llama.cpp cannot parse each fail with their own message.
   */
  async addModel(model: LocalModelSettings): Promise<void> {
    if (this.disposed) throw new UnavailableError('The local backend is shutting down.');
    if (this.settings.has(model.id)) throw new InvalidRequestError(`A local model named '${model.id}' exists already; choose another id.`, 'id', 'duplicate_model_id');
    await assertGgufFile(model.path);
    const header = await readGgufHeader(model.id, model.path);
    const contextSize = contextSizeFor(model.contextSize, header.trainContextSize);
    // The details the Models screen asks for next come from the same read that checks the file is whole.
    const details = await readWholeModelDetails(model.id, model.path, await this.getLlama(), contextSize, this.options.sequences ?? 1);
    if (this.settings.has(model.id)) throw new InvalidRequestError(`A local model named '${model.id}' exists already; choose another id.`, 'id', 'duplicate_model_id');
    this.headers.set(model.id, header);
    this.details.set(model.id, Promise.resolve(details));
    this.settings.set(model.id, model);
  }

  /** Unloads the model (running requests end with an error) and forgets it; the file stays where it is. */
  async removeModel(modelId: string): Promise<void> {
    if (!this.settings.has(modelId)) throw new ModelNotFoundError(modelId);
    await this.unload(modelId);
    this.settings.delete(modelId);
    this.headers.delete(modelId);
    this.details.delete(modelId);
  }

  /** Size, quantisation, architecture and llama.cpp's memory estimate, read from the file's header (cached). */
  async modelDetails(modelId: string): Promise<LocalModelDetails> {
    const model = this.settings.get(modelId);
    if (model === undefined) throw new ModelNotFoundError(modelId);
    await this.readHeaders();
    let pending = this.details.get(modelId);
    if (pending === undefined) {
      const contextSize = this.loaded.get(modelId)?.contextSize ?? contextSizeFor(model.contextSize, this.headers.get(modelId)?.trainContextSize);
      pending = this.getLlama().then((llama) => readModelDetails(model.path, llama, contextSize, this.options.sequences ?? 1));
      pending.catch(() => this.details.delete(modelId));
      this.details.set(modelId, pending);
    }
    return pending;
  }

  async hardware(): Promise<HardwareSummary> {
    return readHardware(await this.getLlama());
  }

  async gpu(): Promise<'metal' | 'cuda' | 'vulkan' | 'cpu'> {
    return gpuOf(await this.getLlama());
  }

  /** Which node-llama-cpp chat wrapper renders this model's prompts (loads the model). */
  async chatWrapperName(modelId: string): Promise<string> {
    return (await this.ensureLoaded(modelId)).chatWrapper.wrapperName;
  }

  async load(modelId: string): Promise<void> {
    await this.ensureLoaded(modelId);
  }

  async unload(modelId: string): Promise<void> {
    const pending = this.loading.get(modelId);
    this.loading.delete(modelId);
    const loaded = this.loaded.get(modelId) ?? (await pending?.catch(() => undefined));
    this.loaded.delete(modelId);
    await loaded?.dispose(new UnavailableError(`Local model '${modelId}' was unloaded while this request was running.`));
  }

  async stream(request: ChatRequest, signal: AbortSignal): Promise<AsyncIterable<StreamPart>> {
    const loaded = await this.ensureLoaded(request.model);
    const plan = await planGeneration(await this.getLlama(), loaded, request);
    const controller = new AbortController();
    const lease = loaded.queue.reserve(controller.signal);
    const onAbort = (): void => controller.abort(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    const channel = new PartChannel<StreamPart>(() => controller.abort());
    const work = (async () => {
      try {
        await lease.granted;
      } catch {
        channel.push(abortPart(controller.signal));
        return;
      }
      try {
        await runGeneration(loaded, plan, controller.signal, (part) => channel.push(part));
      } catch (error) {
        channel.push(errorPart(error));
      }
    })().finally(() => {
      lease.release();
      signal.removeEventListener('abort', onAbort);
      channel.end();
    });
    loaded.track(controller, work);
    return channel;
  }

  /** Synchronous, as ChatBackend requires, so the model must be loaded already; `tokenCount` loads it. */
  countTokens(model: string, text: string): number {
    const loaded = this.loaded.get(model);
    if (loaded === undefined) {
      if (!this.settings.has(model)) throw new ModelNotFoundError(model);
      throw new UnavailableError(`Local model '${model}' is not loaded yet; call load('${model}') or tokenCount() first.`);
    }
    return loaded.countTokens(text);
  }

  async tokenCount(model: string, text: string): Promise<number> {
    return (await this.ensureLoaded(model)).countTokens(text);
  }

  async embed(model: string, inputs: string[], signal: AbortSignal): Promise<{ vectors: number[][]; promptTokens: number }> {
    const loaded = await this.ensureLoaded(model);
    const tokenCounts = inputs.map((input) => loaded.countTokens(input));
    const longest = Math.max(0, ...tokenCounts);
    if (longest > loaded.contextSize) {
      throw new ContextLengthError(`An input is ${longest} tokens but model ${model} embeds at most ${loaded.contextSize} tokens; shorten it.`);
    }
    const lease = loaded.embedQueue.reserve(signal);
    try {
      await lease.granted;
      const embedder = await loaded.embedder();
      const vectors: number[][] = [];
      for (const input of inputs) {
        signal.throwIfAborted();
        vectors.push([...(await embedder.getEmbeddingFor(input)).vector]);
      }
      return { vectors, promptTokens: tokenCounts.reduce((sum, count) => sum + count, 0) };
    } catch (error) {
      if (signal.aborted) throw new SwitchyardError('The embedding request was cancelled.', { status: 499, type: 'cancelled', code: 'aborted' });
      throw error;
    } finally {
      lease.release();
    }
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    const ids = new Set([...this.loaded.keys(), ...this.loading.keys()]);
    await Promise.all([...ids].map((id) => this.unload(id)));
    const llama = this.llama;
    this.llama = undefined;
    if (llama === undefined) return;
    const released = llama.then((instance) => instance.dispose(), () => undefined);
    // node-llama-cpp 3.22.1 keeps a dispose guard of a model whose load failed, so Llama.dispose() may never
    // settle after one; the backend is gone either way, so bound the wait rather than hang shutdown.
    if (this.loadFailed) await Promise.race([released, delay(LEAKED_GUARD_WAIT_MS)]);
    else await released;
  }

  private getLlama(): Promise<Llama> {
    this.llama ??= nodeLlamaCpp().then(({ getLlama, LlamaLogLevel }) =>
      getLlama({
        gpu: 'auto',
        logLevel: LlamaLogLevel.warn,
        logger: (level, message) => this.log(`llama.cpp ${level}: ${message}`),
      }),
    );
    return this.llama;
  }

  /** Loads once: concurrent first requests for a model share one load. */
  private ensureLoaded(modelId: string): Promise<LoadedModel> {
    if (this.disposed) return Promise.reject(new UnavailableError('The local backend is shutting down.'));
    const settings = this.settings.get(modelId);
    if (settings === undefined) return Promise.reject(new ModelNotFoundError(modelId));
    const loaded = this.loaded.get(modelId);
    if (loaded !== undefined) return Promise.resolve(loaded);
    let pending = this.loading.get(modelId);
    if (pending === undefined) {
      const threads = settings.threads ?? this.options.threads;
      pending = this.getLlama()
        .then((llama) => LoadedModel.load(llama, settings, { threads, sequences: this.options.sequences ?? 1, logger: this.log }))
        .then(
          async (model) => {
            if (this.loading.get(modelId) !== pending) {
              // Unloaded (or disposed) while loading: free it rather than keep an orphan in memory.
              await model.dispose(new UnavailableError(`Local model '${modelId}' was unloaded.`));
              throw new UnavailableError(`Local model '${modelId}' was unloaded while it was loading.`);
            }
            this.loaded.set(modelId, model);
            this.loading.delete(modelId);
            this.log(`local model '${modelId}' loaded (context ${model.contextSize} tokens)`);
            return model;
          },
          (error: unknown) => {
            if (error instanceof ModelLoadError) this.loadFailed = true;
            if (this.loading.get(modelId) === pending) this.loading.delete(modelId);
            throw error;
          },
        );
      this.loading.set(modelId, pending);
    }
    return pending;
  }
}
