import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Settings } from '../../../shared/settings';
import type { LocalModelSettings } from '../../../shared/settings/local-models';
import { InvalidRequestError } from '../../../shared/errors';
import { parseSettings } from './parse-settings';

/**
 * `serve --config FILE`: JSON validated against the settings schema. A relative model path resolves from the
 * config file's folder, or from the working directory when only that one exists (people write both).
 */
export function readConfigFile(file: string): Settings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InvalidRequestError(`Cannot read config file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidRequestError(`Config file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const settings = parseSettings(json, file);
  const base = dirname(resolve(file));
  const ids = new Set(settings.local.map((m) => m.id));
  return { ...settings, local: settings.local.map((m) => ({ ...m, path: resolveModelPath(m.path, base), ...resolvedDraft(m.speculative, ids, base) })) };
}

/** A speculative draft that names no configured model is a file path, resolved like the model paths. */
function resolvedDraft(speculative: LocalModelSettings['speculative'], ids: Set<string>, configDir: string): Pick<LocalModelSettings, 'speculative'> {
  if (speculative === undefined) return {};
  if (typeof speculative === 'string' || ids.has(speculative.draft)) return { speculative };
  return { speculative: { ...speculative, draft: resolveModelPath(speculative.draft, configDir) } };
}

function resolveModelPath(path: string, configDir: string): string {
  if (isAbsolute(path)) return path;
  const fromConfig = resolve(configDir, path);
  const fromCwd = resolve(path);
  return !existsSync(fromConfig) && existsSync(fromCwd) ? fromCwd : fromConfig;
}
