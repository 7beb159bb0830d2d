import { existsSync } from 'node:fs';
import { nodeLlamaCpp } from './llama-module';
import { SwitchyardError } from '../../../../shared/errors';

/** The default context window when settings name none: enough for chat, small enough for modest machines. */
export const DEFAULT_CONTEXT_SIZE = 4096;

export class ModelFileMissingError extends SwitchyardError {
  constructor(modelId: string, path: string) {
    super(
      `The GGUF file for local model '${modelId}' is missing: ${path}. Put the file there, or point Switchyard at ` +
        'an existing file with `switchyard serve --model PATH` or the local model settings.',
      { status: 503, type: 'server_error', code: 'model_file_missing', retryAfterSeconds: 1, shouldRetry: false },
    );
  }
}

export class ModelLoadError extends SwitchyardError {
  constructor(modelId: string, path: string, cause: unknown, hint = 'Is it a valid GGUF file?') {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Local model '${modelId}' could not be loaded from ${path}: ${reason}. ${hint}`, {
      status: 500, type: 'server_error', code: 'model_load_failed', shouldRetry: false,
    });
  }
}

export function assertModelFile(modelId: string, path: string): void {
  if (!existsSync(path)) throw new ModelFileMissingError(modelId, path);
}

/** What the GGUF header says, read without loading weights. */
export interface GgufHeader {
  trainContextSize: number | undefined;
  hasChatTemplate: boolean;
  /** Sum of all tensors' elements; undefined when the header lists no tensors. */
  parameters: number | undefined;
}

function parameterCount(tensors: readonly { dimensions: readonly (number | bigint)[] }[]): number | undefined {
  let total = 0;
  for (const tensor of tensors) total += tensor.dimensions.reduce<number>((product, d) => product * Number(d), 1);
  return total > 0 ? total : undefined;
}

export async function readGgufHeader(modelId: string, path: string): Promise<GgufHeader> {
  assertModelFile(modelId, path);
  const { readGgufFileInfo } = await nodeLlamaCpp();
  try {
    // Tensor infos are a few KB of header (no weights): their shapes give the parameter count the ladder ranks by.
    const info = await readGgufFileInfo(path, { readTensorInfo: true });
    const contextLength: unknown = (info.architectureMetadata as { context_length?: unknown }).context_length;
    const template: unknown = info.metadata.tokenizer.chat_template;
    return {
      trainContextSize: typeof contextLength === 'number' ? contextLength : undefined,
      hasChatTemplate: typeof template === 'string' && template.trim() !== '',
      parameters: parameterCount(info.fullTensorInfo ?? info.tensorInfo ?? []),
    };
  } catch (error) {
    throw new ModelLoadError(modelId, path, error);
  }
}

/** The context size to allocate: the configured one, else the smaller of training context and the default. */
export function contextSizeFor(configured: number | undefined, trainContextSize: number | undefined): number {
  if (configured !== undefined) return configured;
  return Math.min(trainContextSize ?? DEFAULT_CONTEXT_SIZE, DEFAULT_CONTEXT_SIZE);
}

/** A load that took longer than the load timeout; its host was killed, so nothing of it stays in memory. */
export class ModelLoadTimeoutError extends SwitchyardError {
  constructor(modelId: string, path: string, timeoutMs: number) {
    super(
      `Local model '${modelId}' did not finish loading from ${path} within ${Math.round(timeoutMs / 100) / 10} s; its inference host was killed. ` +
        'The file may be on a slow or stalled disk, or the machine too busy; other models are unaffected, and the next request tries again.',
      { status: 503, type: 'server_error', code: 'model_load_timeout', shouldRetry: false, retryAfterSeconds: 5 },
    );
  }
}
