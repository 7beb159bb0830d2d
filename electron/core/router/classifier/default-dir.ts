import { findResourceDir } from '../../resources/resource-dir';

/** The shipped model: resources/router-model (a packaged app may also pass its dir explicitly). */
export function defaultModelDir(): string {
  return findResourceDir('router-model', 'config.json', import.meta.url);
}
