import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AutoModelForSequenceClassification, AutoTokenizer, env } from '@huggingface/transformers';
import type { PreTrainedModel, PreTrainedTokenizer } from '@huggingface/transformers';
import { defaultModelDir } from './default-dir';
import { ClassifierLoadError } from './errors';
import { headLayout } from './head-layout';
import { modelConfigSchema } from './model-config';
import { OnnxClassifier } from './onnx-classifier';

/** Longest input any loaded model reads; longer inputs cost latency the router cannot afford. */
const MAX_TOKENS = 128;
const MODEL_FILES = [['model.onnx', 'fp32'], ['model_quantized.onnx', 'q8'], ['model_fp16.onnx', 'fp16']] as const;

// Never touch the network: models come only from a directory on disk, and nothing is cached elsewhere.
env.allowRemoteModels = false;
env.allowLocalModels = true;
env.useFSCache = false;
env.useBrowserCache = false;

function readConfig(dir: string): ReturnType<typeof modelConfigSchema.parse> {
  const path = join(dir, 'config.json');
  if (!existsSync(path)) throw new ClassifierLoadError(dir, 'config.json is missing (is this an HF-layout model directory?)');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ClassifierLoadError(dir, `config.json is not valid JSON (${(error as Error).message})`);
  }
  const parsed = modelConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ClassifierLoadError(dir, `config.json field '${issue?.path.join('.') ?? '?'}' is invalid: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

/**
 * Loads an HF-layout ONNX sequence classifier (config.json, tokenizer.json, tokenizer_config.json,
 * onnx/model.onnx or onnx/model_quantized.onnx) from disk. Throws ClassifierLoadError naming the directory
 * when anything is missing or broken; the router then falls back to its heuristic score.
 */
export async function loadClassifier(dir: string = defaultModelDir()): Promise<OnnxClassifier> {
  const root = resolve(dir);
  if (!existsSync(root)) throw new ClassifierLoadError(root, 'the directory does not exist');
  const config = readConfig(root);
  const layout = headLayout(config, MAX_TOKENS);
  if (!layout) throw new ClassifierLoadError(root, 'config.json id2label must number its labels 0..n-1 (and match switchyard_router)');
  for (const file of ['tokenizer.json', 'tokenizer_config.json']) {
    if (!existsSync(join(root, file))) throw new ClassifierLoadError(root, `${file} is missing`);
  }
  const found = MODEL_FILES.find(([file]) => existsSync(join(root, 'onnx', file)));
  if (!found) throw new ClassifierLoadError(root, 'no onnx/model.onnx or onnx/model_quantized.onnx');
  const [modelFile, dtype] = found;

  let tokenizer: PreTrainedTokenizer;
  let model: PreTrainedModel;
  try {
    tokenizer = await AutoTokenizer.from_pretrained(root, { local_files_only: true });
    model = await AutoModelForSequenceClassification.from_pretrained(root, {
      local_files_only: true, dtype, device: 'cpu',
      // One intra-op thread: a tiny model gains nothing from more, and the app shares the cores.
      session_options: { intraOpNumThreads: 1, interOpNumThreads: 1, logSeverityLevel: 3 },
    });
  } catch (error) {
    throw new ClassifierLoadError(root, `transformers.js could not load it (${(error as Error).message})`);
  }
  const classifier = new OnnxClassifier(tokenizer, model, layout, {
    dir: root, labels: layout.labels, hasTaskHead: layout.taskIndices.length > 0, hasStrongHead: layout.strong !== null,
    maxLength: layout.maxLength, modelFile: `onnx/${modelFile}`,
  });
  try {
    const logits = await classifier.logits('hello');
    if (logits.length !== layout.labels.length) {
      throw new Error(`the model outputs ${logits.length} logits but config.json names ${layout.labels.length} labels`);
    }
  } catch (error) {
    await classifier.dispose();
    throw new ClassifierLoadError(root, `self-check failed (${(error as Error).message})`);
  }
  return classifier;
}
