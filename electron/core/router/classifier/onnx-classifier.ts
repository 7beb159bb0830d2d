import type { PreTrainedModel, PreTrainedTokenizer } from '@huggingface/transformers';
import { Tensor } from '@huggingface/transformers';
import type { Classifier, ClassifierResult } from '../classifier-port';
import { clipForClassifier } from './classifier-text';
import type { HeadLayout } from './head-layout';
import { readLogits } from './read-logits';

/** What a loaded model can answer: a foreign model may lack the task head or the strong/weak head. */
export interface ClassifierInfo {
  dir: string;
  labels: string[];
  hasTaskHead: boolean;
  hasStrongHead: boolean;
  maxLength: number;
  modelFile: string;
}

/** One tokenizer and one ONNX session, reused for every call (session creation costs far more than a call). */
export class OnnxClassifier implements Classifier {
  readonly info: ClassifierInfo;
  readonly #tokenizer: PreTrainedTokenizer;
  readonly #model: PreTrainedModel;
  readonly #layout: HeadLayout;

  constructor(tokenizer: PreTrainedTokenizer, model: PreTrainedModel, layout: HeadLayout, info: ClassifierInfo) {
    this.#tokenizer = tokenizer;
    this.#model = model;
    this.#layout = layout;
    this.info = info;
  }

  /** Raw logits for one text; exposed for the loader's self-check. */
  async logits(text: string): Promise<Float32Array> {
    const ids = this.#encode(clipForClassifier(text));
    const dims = [1, ids.length];
    const inputIds = new Tensor('int64', BigInt64Array.from(ids, (id) => BigInt(id)), dims);
    const mask = new Tensor('int64', new BigInt64Array(ids.length).fill(1n), dims);
    const types = new Tensor('int64', new BigInt64Array(ids.length), dims);
    const output: unknown = await this.#model.forward({ input_ids: inputIds, attention_mask: mask, token_type_ids: types });
    const logits = output && typeof output === 'object' && 'logits' in output ? output.logits : undefined;
    if (!(logits instanceof Tensor) || !(logits.data instanceof Float32Array)) {
      throw new Error('model output has no float32 "logits" tensor');
    }
    return logits.data;
  }

  async classify(text: string): Promise<ClassifierResult> {
    return readLogits(await this.logits(text), this.#layout);
  }

  async dispose(): Promise<void> {
    await this.#model.dispose();
  }

  /** Head truncation that keeps the closing special token ([SEP] / </s>), as HF `truncation: true` does. */
  #encode(text: string): number[] {
    const ids = this.#tokenizer.encode(text);
    const max = this.#layout.maxLength;
    if (ids.length <= max) return ids;
    const last = ids[ids.length - 1] ?? 0;
    return [...ids.slice(0, max - 1), last];
  }
}
