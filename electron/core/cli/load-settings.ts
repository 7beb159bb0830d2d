import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Settings } from '../../../shared/settings';
import { createConfSettings, dataDir, readConfigFile } from '../config';
import { UsageError } from './cli-io';

export const settingsOptions = {
  model: { type: 'string', multiple: true },
  config: { type: 'string' },
} as const;

/**
 * Settings for this run: the saved settings in the data directory, replaced by `--config FILE` when given,
 * plus models from `--model PATH` (used for this run only, not saved).
 */
export function loadSettings(values: { model?: string[] | undefined; config?: string | undefined }): Settings {
  const settings = values.config !== undefined ? readConfigFile(values.config) : createConfSettings(dataDir()).read();
  for (const path of values.model ?? []) {
    const full = resolve(path);
    if (!existsSync(full)) throw new UsageError(`Model file not found: ${full}. Pass the path of a .gguf file to --model.`);
    if (settings.local.some((m) => resolve(m.path) === full)) continue;
    settings.local = [...settings.local, { id: uniqueId(basename(full).replace(/\.gguf$/i, ''), settings), path: full }];
  }
  return settings;
}

function uniqueId(base: string, settings: Settings): string {
  const clean = base.replace(/[^A-Za-z0-9._:-]/g, '-') || 'model';
  let id = clean;
  for (let i = 2; settings.local.some((m) => m.id === id); i += 1) id = `${clean}-${i}`;
  return id;
}
