import { homedir } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { InvalidRequestError, ModelNotFoundError } from '../../../shared/errors';
import type { Settings } from '../../../shared/settings';
import { localModelSchema, type LocalModelSettings } from '../../../shared/settings/local-models';
import { openModelDownload, type LocalBackend } from '../backends/local';
import { modelIdFromFileName } from './download-source';
import { DownloadsManager } from './downloads-manager';

export interface LocalModelsDeps {
  local: LocalBackend;
  settings: () => Settings;
  /** Replaces the local model list in the engine's settings and returns the new settings. */
  setLocal: (models: LocalModelSettings[]) => Settings;
  /** The data directory; downloads go to `<dataDir>/models`. */
  dataDir: string | undefined;
  stallMs?: number;
  logger?: (message: string) => void;
}

/**
 * The local model list at run time: add a GGUF file, remove one, download one. Every change is applied to
 * the backend and the settings at once and announced, so the desktop shell can persist it.
 */
export class LocalModels {
  readonly downloads: DownloadsManager;
  private readonly listeners = new Set<(settings: Settings) => void>();

  constructor(private readonly deps: LocalModelsDeps) {
    this.downloads = new DownloadsManager({
      dir: deps.dataDir === undefined ? undefined : resolve(deps.dataDir, 'models'),
      open: openModelDownload,
      install: (path, fileName) => this.install(path, fileName),
      ...(deps.stallMs !== undefined ? { stallMs: deps.stallMs } : {}),
      ...(deps.logger !== undefined ? { logger: deps.logger } : {}),
    });
  }

  /** Calls `listener` with the new settings after every change; returns the unsubscribe function. */
  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Checks the file, then makes it routable as `id` (default: from the file name). */
  async add(pathInput: string, id?: string): Promise<LocalModelSettings> {
    const path = absolutePath(pathInput);
    const modelId = id ?? modelIdFromFileName(basename(path));
    const idCheck = localModelSchema.shape.id.safeParse(modelId);
    if (!idCheck.success) throw new InvalidRequestError(`The model id '${modelId}' is not valid: ${idCheck.error.issues[0]?.message ?? 'invalid'}.`, 'id', 'invalid_model_id');
    const current = this.deps.settings().local;
    const samePath = current.find((m) => resolve(m.path) === path);
    if (samePath !== undefined) throw new InvalidRequestError(`That file is already in the list as '${samePath.id}'.`, 'path', 'duplicate_model_path');
    const model: LocalModelSettings = { id: modelId, path };
    await this.deps.local.addModel(model);
    this.changed(this.deps.setLocal([...this.deps.settings().local, model]));
    this.deps.logger?.(`local model '${modelId}' added (${path})`);
    return model;
  }

  /** Unloads and forgets the model; its file stays on disk. */
  async remove(id: string): Promise<void> {
    if (!this.deps.settings().local.some((m) => m.id === id)) throw new ModelNotFoundError(id);
    await this.deps.local.removeModel(id);
    this.changed(this.deps.setLocal(this.deps.settings().local.filter((m) => m.id !== id)));
  }

  dispose(): Promise<void> {
    return this.downloads.dispose();
  }

  /** A finished download becomes a model; an `hf:` URI whose file was already there and listed keeps its id. */
  private async install(path: string, fileName: string): Promise<string> {
    const listed = this.deps.settings().local.find((m) => resolve(m.path) === resolve(path));
    return listed?.id ?? (await this.add(path, this.freeId(modelIdFromFileName(fileName)))).id;
  }

  private freeId(base: string): string {
    const taken = new Set(this.deps.local.models().map((m) => m.id));
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!taken.has(candidate)) return candidate;
    }
  }

  private changed(settings: Settings): void {
    for (const listener of this.listeners) listener(settings);
  }
}

/** Paths are read on the engine's machine: `~/` is the user's home, anything else must be absolute. */
function absolutePath(input: string): string {
  const trimmed = input.trim();
  const expanded = trimmed === '~' || trimmed.startsWith('~/') ? join(homedir(), trimmed.slice(1)) : trimmed;
  if (!isAbsolute(expanded)) throw new InvalidRequestError(`Give the full path of the .gguf file (got '${trimmed}').`, 'path', 'relative_path');
  return resolve(expanded);
}
