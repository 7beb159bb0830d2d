import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODEL_SUBDIR = join('resources', 'router-model');

/**
 * The shipped model: resources/router-model under the repository (or app) root. Searched upwards from this
 * module because bundling moves the module; the cwd is the last resort. A packaged app passes its dir explicitly.
 */
export function defaultModelDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, MODEL_SUBDIR);
    if (existsSync(join(candidate, 'config.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve(process.cwd(), MODEL_SUBDIR);
}
