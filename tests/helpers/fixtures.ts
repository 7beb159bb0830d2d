import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root and the fixtures folder beside it (../shared), which tests skip without. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const hasShared = existsSync(join(sharedDir, 'models', 'stories260K-chatml.gguf'));
export const modelPath = (file: string): string => join(sharedDir, 'models', file);

if (!hasShared) {
  console.warn(`[fixtures] ${sharedDir} not found: tests that need ../shared are skipped.`);
}
