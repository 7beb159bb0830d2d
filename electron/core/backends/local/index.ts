import { LocalBackend, type LocalBackendOptions } from './local-backend';

export { LocalBackend, type LocalBackendOptions } from './local-backend';
export { ModelFileMissingError, ModelLoadError } from './model-file';
export { DraftTokenizerMismatchError } from './tokenizer-match';
export type { HardwareSummary } from './hardware';
export { forkHostLauncher, type HostExit, type HostLauncher, type HostProcess } from './host/host-launcher';
export { LocalModelCrashedError } from './host/crash-error';
export type { LocalModelDetails } from './model-details';
export { openModelDownload, type ModelDownload, type ModelDownloadOptions, type ModelDownloadProgress } from './model-download';

export function createLocalBackend(options: LocalBackendOptions): LocalBackend {
  return new LocalBackend(options);
}
