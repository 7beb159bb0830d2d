import { cp } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Copies each native package that is installed (platform-specific ones may be absent) and its runtime
 * dependency closure from the project's node_modules into the packaged app.
 */
export async function copyNativePackages(projectDir: string, buildPath: string, roots: readonly string[]): Promise<void> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop();
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    const from = join(projectDir, 'node_modules', name);
    if (!existsSync(from)) continue;
    await cp(from, join(buildPath, 'node_modules', name), { recursive: true, dereference: true });
    const manifest = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    queue.push(...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.optionalDependencies ?? {}));
  }
}
