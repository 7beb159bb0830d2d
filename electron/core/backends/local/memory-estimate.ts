import { freemem } from 'node:os';
import type { GgufInsights, Llama } from 'node-llama-cpp';
import { nodeLlamaCpp } from './llama-module';
import { ModelLoadError, contextSizeFor } from './model-file';

export interface MemoryNeed {
  ramBytes: number;
  vramBytes: number;
}

/** Free memory as the machine reports it; `vramBytes` is null without a GPU. */
export interface FreeMemory {
  ramBytes: number;
  vramBytes: number | null;
}

/**
 * llama.cpp's own estimate (node-llama-cpp's GgufInsights) of loading a model with `sequences` sequences of a
 * `contextSize`-token context. With a GPU, node-llama-cpp's 'auto' offloads every layer that fits, and the
 * estimate assumes all do. Undefined when the estimator does not know the architecture.
 */
export async function estimateWithInsights(insights: GgufInsights, llama: Llama, contextSize: number, sequences: number): Promise<MemoryNeed | undefined> {
  const gpuLayers = llama.gpu === false ? 0 : insights.totalLayers;
  try {
    const model = await insights.estimateModelResourceRequirementsV2({ gpuLayers });
    const context = await insights.estimateContextResourceRequirementsV2({ contextSize, modelGpuLayers: gpuLayers, sequences });
    return { ramBytes: model.cpuRam + context.cpuRam, vramBytes: model.gpuVram + context.gpuVram };
  } catch {
    return undefined;
  }
}

/** The estimate for one file, read from its header; a file whose header cannot be read is a ModelLoadError. */
export async function estimateFile(
  modelId: string, path: string, llama: Llama, configuredContext: number | undefined, sequences: number,
): Promise<{ need: MemoryNeed | undefined; contextSize: number }> {
  const { readGgufFileInfo, GgufInsights } = await nodeLlamaCpp();
  let insights: GgufInsights;
  try {
    insights = await GgufInsights.from(await readGgufFileInfo(path), llama);
  } catch (error) {
    throw new ModelLoadError(modelId, path, error);
  }
  const contextSize = contextSizeFor(configuredContext, insights.trainContextSize);
  return { need: await estimateWithInsights(insights, llama, contextSize, sequences), contextSize };
}

/** Free RAM (libuv reads MemAvailable on Linux, so reclaimable page cache counts as free) and free VRAM. */
export async function readFreeMemory(llama: Llama): Promise<FreeMemory> {
  return { ramBytes: freemem(), vramBytes: llama.gpu === false ? null : (await llama.getVramState()).free };
}
