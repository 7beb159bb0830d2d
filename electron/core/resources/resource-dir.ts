import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A folder shipped in resources/ (`name`, holding `marker`): beside a packaged app's asar
 * (process.resourcesPath) first, then resources/<name> searched upwards from the calling module (bundling moves
 * modules, so `fromUrl` is the caller's import.meta.url); the working directory is the last resort.
 */
export function findResourceDir(name: string, marker: string, fromUrl: string): string {
  const packaged = (process as { resourcesPath?: unknown }).resourcesPath;
  if (typeof packaged === 'string' && existsSync(join(packaged, name, marker))) return join(packaged, name);
  const subdir = join('resources', name);
  let dir = dirname(fileURLToPath(fromUrl));
  for (let i = 0; i < 8; i += 1) {
    const candidate = join(dir, subdir);
    if (existsSync(join(candidate, marker))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve(process.cwd(), subdir);
}
