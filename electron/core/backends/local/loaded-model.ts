import type { ChatWrapper, Llama, LlamaContext, LlamaContextSequence, LlamaEmbeddingContext, LlamaModel } from 'node-llama-cpp';
import type { LocalModelSettings } from '../../../../shared/settings/local-models';
import { nodeLlamaCpp } from './llama-module';
import { ModelLoadError, assertModelFile, contextSizeFor } from './model-file';
import { Speculation, type DraftFile } from './speculation';
import { SwitchyardError } from '../../../../shared/errors';

export interface LoadOptions {
  threads: number | undefined;
  sequences: number;
  logger: (message: string) => void;
  /** The draft model file when settings ask for `{ draft }` speculation. */
  draft?: DraftFile | undefined;
}

/**
 * One GGUF model in memory with everything generation needs: its context and sequence pool, the chat
 * wrapper for its template and (on first use) an embedding context. Owns their disposal. It lives in an
 * inference host process (host/inference-host.ts); admission (queues) is the engine's side (model-host.ts).
 */
export class LoadedModel {
  private readonly freeSequences: LlamaContextSequence[];
  private embeddingContext: Promise<LlamaEmbeddingContext> | undefined;

  private constructor(
    readonly settings: LocalModelSettings,
    readonly model: LlamaModel,
    readonly context: LlamaContext,
    readonly chatWrapper: ChatWrapper,
    readonly speculation: Speculation,
    private readonly options: LoadOptions,
  ) {
    // A predictor is bound to its sequence for the sequence's life, so each gets its own.
    this.freeSequences = Array.from({ length: options.sequences }, () => {
      const tokenPredictor = speculation.predictor();
      return context.getSequence(tokenPredictor === undefined ? {} : { tokenPredictor });
    });
  }

  static async load(llama: Llama, settings: LocalModelSettings, options: LoadOptions): Promise<LoadedModel> {
    assertModelFile(settings.id, settings.path);
    let model: LlamaModel;
    try {
      model = await llama.loadModel({ modelPath: settings.path });
    } catch (error) {
      throw new ModelLoadError(settings.id, settings.path, error);
    }
    const contextSize = contextSizeFor(settings.contextSize, model.trainContextSize);
    let speculation: Speculation;
    try {
      speculation = await Speculation.open(llama, settings, model, options.draft, { contextSize, sequences: options.sequences, threads: options.threads });
    } catch (error) {
      await model.dispose();
      throw error instanceof SwitchyardError ? error : new ModelLoadError(settings.id, settings.path, error, 'Its draft model could not be set up.');
    }
    try {
      const context = await model.createContext({
        contextSize,
        sequences: options.sequences,
        ...(options.threads === undefined ? {} : { threads: options.threads }),
      });
      const chatWrapper = await pickChatWrapper(model, settings, options.logger);
      if (speculation.kind !== 'off') options.logger(`local model '${settings.id}': speculative decoding with ${speculation.kind === 'draft' ? `draft model '${options.draft?.id ?? '?'}'` : 'input lookup'}`);
      return new LoadedModel(settings, model, context, chatWrapper, speculation, options);
    } catch (error) {
      await speculation.dispose();
      await model.dispose();
      throw new ModelLoadError(settings.id, settings.path, error, `Its context of ${contextSize} tokens did not fit; try a smaller contextSize.`);
    }
  }

  get contextSize(): number {
    return this.context.contextSize;
  }

  /** Tokens in the model's vocabulary (from the GGUF's token list), or undefined when the file does not say. */
  get vocabularySize(): number | undefined {
    const metadata = this.model.fileInfo.metadata as { tokenizer?: { ggml?: { tokens?: unknown } } };
    const tokens = metadata.tokenizer?.ggml?.tokens;
    return Array.isArray(tokens) ? tokens.length : undefined;
  }

  countTokens(text: string): number {
    return this.model.tokenize(text).length;
  }

  /** A free sequence; the request queue guarantees one exists while a lease is running. */
  takeSequence(): LlamaContextSequence {
    const sequence = this.freeSequences.pop();
    if (sequence === undefined) throw new Error(`No free sequence for '${this.settings.id}': the request queue let too many through.`);
    return sequence;
  }

  returnSequence(sequence: LlamaContextSequence): void {
    this.freeSequences.push(sequence);
  }

  embedder(): Promise<LlamaEmbeddingContext> {
    if (this.embeddingContext === undefined) {
      const creating = this.model.createEmbeddingContext({
        contextSize: this.contextSize,
        ...(this.options.threads === undefined ? {} : { threads: this.options.threads }),
      });
      this.embeddingContext = creating;
      // A failed creation (e.g. out of memory) is not cached, so a later request can try again.
      creating.catch(() => {
        if (this.embeddingContext === creating) this.embeddingContext = undefined;
      });
    }
    return this.embeddingContext;
  }

  /** Frees contexts and weights; generations must have been stopped first. */
  async dispose(): Promise<void> {
    const embedding = this.embeddingContext;
    this.embeddingContext = undefined;
    if (embedding !== undefined) await embedding.then((ctx) => ctx.dispose(), () => undefined);
    await this.context.dispose();
    await this.speculation.dispose();
    await this.model.dispose();
  }
}

/** The template in the GGUF decides the wrapper; without one, a plain-text format any vocabulary can render. */
async function pickChatWrapper(model: LlamaModel, settings: LocalModelSettings, logger: (message: string) => void): Promise<ChatWrapper> {
  const { GeneralChatWrapper, resolveChatWrapper } = await nodeLlamaCpp();
  const template: unknown = model.fileInfo.metadata.tokenizer.chat_template;
  if (typeof template !== 'string' || template.trim() === '') {
    logger(`local model '${settings.id}': ${settings.path} has no tokenizer.chat_template; using the fallback GeneralChatWrapper`);
    return new GeneralChatWrapper();
  }
  const wrapper = resolveChatWrapper(model);
  logger(`local model '${settings.id}': chat template from the GGUF → ${wrapper.wrapperName}`);
  return wrapper;
}
