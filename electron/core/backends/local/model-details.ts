import { stat } from 'node:fs/promises';
import type { GgufFileInfo, Llama } from 'node-llama-cpp';
import { nodeLlamaCpp } from './llama-module';
import { estimateWithInsights } from './memory-estimate';
import { ModelLoadError } from './model-file';

/** What the Models screen shows about a GGUF file, read from its header without loading weights. */
export interface LocalModelDetails {
  path: string;
  sizeBytes: number;
  /** The file type (Q4_K_M, Q8_0, F16…), else the dominant tensor type; null when neither is recorded. */
  quantization: string | null;
  architecture: string | null;
  parameters: number | null;
  trainContextSize: number | null;
  /** llama.cpp's own estimate for loading the model with a context of `contextSize` tokens. */
  memory: { ramBytes: number; vramBytes: number; contextSize: number } | null;
}

export async function readModelDetails(path: string, llama: Llama, contextSize: number, sequences: number): Promise<LocalModelDetails> {
  return (await inspectModelFile(path, llama, contextSize, sequences)).details;
}

/**
 * readModelDetails for a file about to join the list, in the same single read: GGUF headers parse even when the
 * weights after them are cut off (an interrupted copy), so the file's size is compared with the weights its
 * tensors declare.
 */
export async function readWholeModelDetails(modelId: string, path: string, llama: Llama, contextSize: number, sequences: number): Promise<LocalModelDetails> {
  let inspected: Awaited<ReturnType<typeof inspectModelFile>>;
  try {
    inspected = await inspectModelFile(path, llama, contextSize, sequences);
  } catch (error) {
    throw new ModelLoadError(modelId, path, error);
  }
  const { details, weightsBytes } = inspected;
  if (details.sizeBytes < weightsBytes) {
    throw new ModelLoadError(modelId, path, new Error(`the file holds ${details.sizeBytes} bytes but its tensors need ${weightsBytes}`), 'It is incomplete; copy or download it again.');
  }
  return details;
}

async function inspectModelFile(path: string, llama: Llama, contextSize: number, sequences: number): Promise<{ details: LocalModelDetails; weightsBytes: number }> {
  const { readGgufFileInfo, GgufInsights } = await nodeLlamaCpp();
  const [{ size }, info] = await Promise.all([stat(path), readGgufFileInfo(path)]);
  const insights = await GgufInsights.from(info, llama);
  const need = await estimateWithInsights(insights, llama, contextSize, sequences);
  const memory: LocalModelDetails['memory'] = need === undefined ? null : { ...need, contextSize };
  const details: LocalModelDetails = {
    path,
    sizeBytes: size,
    quantization: await quantizationOf(info, insights.dominantTensorType),
    architecture: typeof info.metadata.general.architecture === 'string' ? info.metadata.general.architecture : null,
    parameters: insights.totalParameters > 0 ? insights.totalParameters : null,
    trainContextSize: insights.trainContextSize ?? null,
    memory,
  };
  return { details, weightsBytes: insights.modelSize };
}

async function quantizationOf(info: GgufFileInfo, dominant: number | undefined): Promise<string | null> {
  const { GgufFileType, GgmlType } = await nodeLlamaCpp();
  const fileType: unknown = info.metadata.general.file_type;
  if (typeof fileType === 'number') {
    const name: unknown = GgufFileType[fileType];
    if (typeof name === 'string') return name.replace(/^(MOSTLY|ALL)_/, '');
  }
  if (dominant === undefined) return null;
  const name: unknown = GgmlType[dominant];
  return typeof name === 'string' ? name : null;
}
