import { LocalBackend, type LocalBackendOptions } from './local-backend';

export { LocalBackend, type LocalBackendOptions } from './local-backend';
export { ModelFileMissingError, ModelLoadError } from './model-file';

export function createLocalBackend(options: LocalBackendOptions): LocalBackend {
  return new LocalBackend(options);
}
