import type { Llama, LlamaContext, LlamaModel, TokenPredictor } from 'node-llama-cpp';
import type { LocalModelSettings } from '../../../../shared/settings/local-models';
import { nodeLlamaCpp } from './llama-module';
import { ModelLoadError, assertModelFile } from './model-file';
import { assertSameTokenizer } from './tokenizer-match';

/** The draft model a `{ draft }` setting names, resolved by the engine to a file (local-backend.ts). */
export interface DraftFile {
  id: string;
  path: string;
}

export interface SpeculationOptions {
  contextSize: number;
  sequences: number;
  threads: number | undefined;
}

/**
 * What a model's `speculative` setting needs at run time: a fresh token predictor for each context
 * sequence (node-llama-cpp forbids sharing one) and, for a draft, the draft model and its context.
 *
 * The draft model is loaded in the SAME inference host as its target, not in a host of its own: the two run
 * in lockstep (the draft proposes a few tokens, the target validates them in one batch, the draft rewinds to
 * the target's state), so across processes every step would cost IPC round trips per token, and
 * node-llama-cpp's DraftSequenceTokenPredictor takes an in-process context sequence. Neither is of use
 * without the other, so a crash that takes both loses nothing extra.
 */
export class Speculation {
  private constructor(
    readonly kind: 'off' | 'input-lookup' | 'draft',
    private readonly makePredictor: () => TokenPredictor | undefined,
    private readonly draft: { model: LlamaModel; context: LlamaContext } | undefined,
  ) {}

  static off(): Speculation {
    return new Speculation('off', () => undefined, undefined);
  }

  /** Loads the draft (if any) and checks it shares the target's tokenizer; throws a clear error if not. */
  static async open(llama: Llama, settings: LocalModelSettings, target: LlamaModel, draftFile: DraftFile | undefined, options: SpeculationOptions): Promise<Speculation> {
    const setting = settings.speculative ?? 'off';
    const { InputLookupTokenPredictor, DraftSequenceTokenPredictor } = await nodeLlamaCpp();
    if (setting === 'off') return Speculation.off();
    if (setting === 'input-lookup') return new Speculation('input-lookup', () => new InputLookupTokenPredictor(), undefined);
    if (draftFile === undefined) throw new ModelLoadError(settings.id, settings.path, new Error(`its draft model '${setting.draft}' was not resolved`), 'Name a configured local model or a GGUF file as draft.');
    assertModelFile(draftFile.id, draftFile.path);
    let model: LlamaModel;
    try {
      model = await llama.loadModel({ modelPath: draftFile.path });
    } catch (error) {
      throw new ModelLoadError(draftFile.id, draftFile.path, error, `It is the draft model of '${settings.id}'; is it a valid GGUF file?`);
    }
    try {
      assertSameTokenizer(settings.id, target, draftFile.id, model);
      const context = await model.createContext({
        contextSize: options.contextSize,
        sequences: options.sequences,
        ...(options.threads === undefined ? {} : { threads: options.threads }),
      });
      const draftOptions = {
        ...(setting.maxTokens === undefined ? {} : { maxTokens: setting.maxTokens }),
        ...(setting.minConfidence === undefined ? {} : { minConfidence: setting.minConfidence }),
      };
      return new Speculation('draft', () => new DraftSequenceTokenPredictor(context.getSequence(), draftOptions), { model, context });
    } catch (error) {
      await model.dispose();
      throw error;
    }
  }

  /** A predictor for one new target sequence (undefined when off). */
  predictor(): TokenPredictor | undefined {
    return this.makePredictor();
  }

  /** After the target's context (whose sequences dispose their predictors) has been disposed. */
  async dispose(): Promise<void> {
    if (this.draft === undefined) return;
    await this.draft.context.dispose();
    await this.draft.model.dispose();
  }
}
