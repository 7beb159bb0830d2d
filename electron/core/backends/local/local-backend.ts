import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { ChatRequest, StreamPart } from '../../../../shared/chat';
import { InvalidRequestError, ModelNotFoundError, UnavailableError } from '../../../../shared/errors';
import type { ModelInfo } from '../../../../shared/models';
import type { LocalModelSettings } from '../../../../shared/settings/local-models';
import type { ChatBackend, EmbeddingInput, LocalModelLifecycle } from '../chat-backend';
import { assertGgufFile } from './gguf-file';
import type { HardwareSummary } from './hardware';
import { HostInspector } from './host/host-inspector';
import { forkHostLauncher, type HostLauncher } from './host/host-launcher';
import { ModelHost } from './host/model-host';
import { makeRoom } from './host/memory-fit';
import type { FreeMemory, MemoryNeed } from './memory-estimate';
import type { LocalModelDetails } from './model-details';
import type { DraftFile } from './speculation';
import { assertModelFile, contextSizeFor, type GgufHeader } from './model-file';

export interface LocalBackendOptions {
  models: LocalModelSettings[];
  /** CPU threads for every model without its own `threads` setting; 0 lets llama.cpp decide. */
  threads?: number;
  /** Parallel generations per model (context sequences); each costs its share of the KV cache. Default 1. */
  sequences?: number;
  logger?: (message: string) => void;
  /** Starts inference host processes; the desktop shell passes Electron's utilityProcess. Default: child_process.fork. */
  launcher?: HostLauncher;
  /** A generation that sends nothing for this long means a hung host: it is killed and handled as a crash. */
  hangTimeoutMs?: number;
  /** Idle time before a loaded model unloads, when its settings name no keepAliveMinutes (0: never). Default 15 min. */
  keepAliveMs?: number;
  /** Wait before restarting a crashed host, by crashes in a row. Default 0.5 s doubling, at most 10 s. */
  restartDelayMs?: (crashes: number) => number;
  /** A load (host start, memory estimate, weights) that takes longer is killed and reported. Default 2 min. */
  loadTimeoutMs?: number;
  /**
   * The free-memory reading a load is checked against (a port): given what the model's host measured
   * (os.freemem, llama.cpp's VRAM state), returns the figure to use. Default: that measurement. Tests pass
   * their own to force "does not fit".
   */
  freeMemory?: (measured: FreeMemory) => FreeMemory | Promise<FreeMemory>;
}

const DEFAULT_HANG_TIMEOUT_MS = 60_000;
/** Generous: a multi-GB model from a spinning disk can take a minute; a stalled network mount never finishes. */
const DEFAULT_LOAD_TIMEOUT_MS = 120_000;
/** Ollama's keep_alive default is 5 min; a desktop app is asked again later in the day, so a little longer. */
const DEFAULT_KEEP_ALIVE_MS = 15 * 60_000;
const defaultRestartDelay = (crashes: number): number => Math.min(10_000, 500 * 2 ** Math.max(0, crashes - 1));

const CAPABILITIES = { tools: true, jsonSchema: true, embeddings: true, vision: false } as const;

/**
 * GGUF models, each run by llama.cpp (node-llama-cpp) in its own inference host process (host/): one
 * process per loaded model, so a native crash takes down that model only — its requests end with a
 * `local_model_crashed` error, everything else keeps working — and unloading hands its memory back to the OS.
 * This process never loads llama.cpp.
 */
export class LocalBackend implements ChatBackend, LocalModelLifecycle {
  readonly id = 'local';
  readonly kind = 'local' as const;
  private readonly settings = new Map<string, LocalModelSettings>();
  private readonly headers = new Map<string, GgufHeader>();
  private headerReads: Promise<void[]> | undefined;
  private readonly details = new Map<string, Promise<LocalModelDetails>>();
  private readonly hosts = new Map<string, ModelHost>();
  private readonly inspector: HostInspector;
  private gpuKind: Promise<HardwareSummary['gpu']> | undefined;
  private disposed = false;
  private readonly log: (message: string) => void;
  private readonly launcher: HostLauncher;

  constructor(private readonly options: LocalBackendOptions) {
    this.log = options.logger ?? (() => {});
    this.launcher = options.launcher ?? forkHostLauncher;
    this.inspector = new HostInspector(this.launcher, this.log);
    for (const model of options.models) this.settings.set(model.id, model);
  }

  /** Header reads are cheap and let models() report the real context size before any load; done once, on demand. */
  private readHeaders(): Promise<void[]> {
    this.headerReads ??= Promise.all(
      [...this.settings.values()].map((model) =>
        this.readHeader(model).then(
          (header) => void this.headers.set(model.id, header),
          (error: unknown) => this.log(error instanceof Error ? error.message : String(error)),
        ),
      ),
    );
    return this.headerReads;
  }

  private async readHeader(model: LocalModelSettings): Promise<GgufHeader> {
    assertModelFile(model.id, model.path);
    const header = await this.inspector.call('header', { modelId: model.id, path: model.path });
    return { trainContextSize: header.trainContextSize, hasChatTemplate: header.hasChatTemplate, parameters: header.parameters };
  }

  models(): ModelInfo[] {
    return [...this.settings.values()].map((model) => {
      const host = this.hosts.get(model.id);
      const info = host?.info;
      const contextLength = info?.contextSize ?? contextSizeFor(model.contextSize, this.headers.get(model.id)?.trainContextSize);
      const health = host?.health();
      const status = health !== undefined && (health.state === 'crashed' || health.state === 'down') ? { status: { state: health.state, reason: health.reason } } : {};
      const parameters = this.headers.get(model.id)?.parameters;
      return {
        id: model.id, provider: 'local', kind: 'local', contextLength, capabilities: { ...CAPABILITIES }, loaded: info !== undefined,
        ...(model.quality === undefined ? {} : { quality: model.quality }),
        ...(parameters === undefined ? {} : { parameters }),
        ...status,
      };
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
    const header = await this.readHeader(model);
    const contextSize = contextSizeFor(model.contextSize, header.trainContextSize);
    // The details the Models screen asks for next come from the same read that checks the file is whole.
    const details = await this.inspector.call('details', { modelId: model.id, path: model.path, contextSize, sequences: this.sequences, whole: true });
    if (this.settings.has(model.id)) throw new InvalidRequestError(`A local model named '${model.id}' exists already; choose another id.`, 'id', 'duplicate_model_id');
    this.headers.set(model.id, header);
    this.details.set(model.id, Promise.resolve(details));
    this.settings.set(model.id, model);
  }

  /** Unloads the model (running requests end with an error) and forgets it; the file stays where it is. */
  async removeModel(modelId: string): Promise<void> {
    if (!this.settings.has(modelId)) throw new ModelNotFoundError(modelId);
    await this.unload(modelId);
    this.hosts.delete(modelId);
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
      const contextSize = this.hosts.get(modelId)?.info?.contextSize ?? contextSizeFor(model.contextSize, this.headers.get(modelId)?.trainContextSize);
      pending = this.inspector.call('details', { modelId, path: model.path, contextSize, sequences: this.sequences, whole: false });
      pending.catch(() => this.details.delete(modelId));
      this.details.set(modelId, pending);
    }
    return pending;
  }

  async hardware(): Promise<HardwareSummary> {
    return this.inspector.call('hardware', {});
  }

  /** The compute backend llama.cpp picks on this machine; asked once, it does not change while running. */
  async gpu(): Promise<'metal' | 'cuda' | 'vulkan' | 'cpu'> {
    // A loaded model's host has the answer already; only without one is the inspector asked.
    for (const host of this.hosts.values()) {
      const gpu = host.info?.gpu;
      if (gpu !== undefined) return gpu;
    }
    this.gpuKind ??= this.hardware().then((hardware) => hardware.gpu);
    this.gpuKind.catch(() => (this.gpuKind = undefined));
    return this.gpuKind;
  }

  /** Which node-llama-cpp chat wrapper renders this model's prompts (loads the model). */
  async chatWrapperName(modelId: string): Promise<string> {
    await this.ensureLoaded(modelId);
    return this.hosts.get(modelId)?.info?.chatWrapper ?? 'unknown';
  }

  /** Loads the model; a model that is down after repeated crashes gets a fresh start. */
  async load(modelId: string): Promise<void> {
    this.hostFor(modelId).reset();
    await this.ensureLoaded(modelId);
  }

  async unload(modelId: string): Promise<void> {
    await this.hosts.get(modelId)?.unload(new UnavailableError(`Local model '${modelId}' was unloaded while this request was running.`));
  }

  /** The operating-system process id of a model's inference host, while it runs (diagnostics, tests). */
  hostPid(modelId: string): number | undefined {
    return this.hosts.get(modelId)?.pid;
  }

  async stream(request: ChatRequest, signal: AbortSignal): Promise<AsyncIterable<StreamPart>> {
    const host = this.hostFor(request.model);
    return host.stream(request, signal);
  }

  /** Counts tokens with the model's own tokenizer (loads the model). */
  async tokenCount(model: string, text: string): Promise<number> {
    const [count] = await this.hostFor(model).countTokens([text]);
    return count ?? 0;
  }

  async embed(model: string, inputs: readonly EmbeddingInput[], signal: AbortSignal): Promise<{ vectors: number[][]; promptTokens: number }> {
    return this.hostFor(model).embed(inputs, signal);
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await Promise.all([...this.hosts.keys()].map((id) => this.unload(id)));
    await this.inspector.dispose();
  }

  private get sequences(): number {
    return this.options.sequences ?? 1;
  }

  /** The model's host (not started yet, perhaps); throws for unknown models and once disposed. */
  private hostFor(modelId: string): ModelHost {
    if (this.disposed) throw new UnavailableError('The local backend is shutting down.');
    const settings = this.settings.get(modelId);
    if (settings === undefined) throw new ModelNotFoundError(modelId);
    assertModelFile(modelId, settings.path);
    let host = this.hosts.get(modelId);
    if (host === undefined) {
      // Before the host exists, so a bad draft setting fails each request with its own clear error.
      host = new ModelHost({
        settings,
        launcher: this.launcher,
        threads: settings.threads ?? this.options.threads,
        sequences: this.sequences,
        hangTimeoutMs: this.options.hangTimeoutMs ?? DEFAULT_HANG_TIMEOUT_MS,
        restartDelayMs: this.options.restartDelayMs ?? defaultRestartDelay,
        keepAliveMs: settings.keepAliveMinutes !== undefined ? settings.keepAliveMinutes * 60_000 : (this.options.keepAliveMs ?? DEFAULT_KEEP_ALIVE_MS),
        log: this.log,
        onChange: () => {},
        draft: this.draftFor(settings),
        loadTimeoutMs: this.options.loadTimeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS,
        makeRoom: (need, measure, reported) => this.makeRoom(modelId, need, measure, reported),
      });
      this.hosts.set(modelId, host);
    }
    return host;
  }

  /**
   * The file a `{ draft }` setting names: another configured local model (by id), else a GGUF path. Resolved
   * here because only the engine knows the other models' settings.
   */
  private draftFor(settings: LocalModelSettings): DraftFile | undefined {
    const speculative = settings.speculative;
    if (speculative === undefined || typeof speculative === 'string') return undefined;
    const name = speculative.draft;
    if (name === settings.id) {
      throw new InvalidRequestError(`Local model '${settings.id}' names itself as its draft model; a draft must be a smaller model with the same tokenizer.`, 'speculative', 'invalid_draft_model');
    }
    const configured = this.settings.get(name);
    if (configured !== undefined) return { id: configured.id, path: configured.path };
    if (existsSync(name)) return { id: basename(name), path: name };
    throw new InvalidRequestError(
      `The draft model '${name}' of local model '${settings.id}' is neither a configured local model nor an existing GGUF file; fix speculative.draft in its settings.`,
      'speculative', 'invalid_draft_model',
    );
  }

  /** The load of `modelId` needs `need`: unloads least recently used idle models, or throws insufficient_memory. */
  private async makeRoom(modelId: string, need: MemoryNeed, measure: () => Promise<FreeMemory>, reported: FreeMemory): Promise<void> {
    const gauge = this.options.freeMemory ?? ((measured: FreeMemory) => measured);
    let first = true;
    const candidates = [...this.hosts.values()].filter((host) => host.id !== modelId && host.info !== undefined).map((host) => ({
      id: host.id,
      lastUsed: host.lastUsed,
      busy: host.busy,
      unload: () => this.unload(host.id),
    }));
    await makeRoom({
      modelId,
      need,
      // The host's first reading came with the estimate; later ones are taken after each unload.
      measure: async () => gauge(first ? ((first = false), reported) : await measure()),
      candidates,
      log: this.log,
    });
  }

  /** Loads once: concurrent first requests for a model share one load. */
  private async ensureLoaded(modelId: string): Promise<void> {
    await this.hostFor(modelId).ensure();
  }
}
