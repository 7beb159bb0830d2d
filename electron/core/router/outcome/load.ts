import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findResourceDir } from '../../resources/resource-dir';
import type { OutcomeModel } from './linear-model';
import { checkModel, outcomeModelHeaderSchema } from './linear-model';

/** resources/router, where the outcome model ships beside the thresholds calibrated for it. */
export function defaultOutcomeDir(): string {
  return findResourceDir('router', 'outcome-model.json', import.meta.url);
}

/**
 * Reads outcome-model.json (header, zod-checked) and outcome-model.bin (int8 hashed weights). Synchronous: the
 * files are ~260 KB and the router needs them before its first decision. Throws a plain message on a missing,
 * corrupt or mismatched model; the router then scores with the heuristic and says so in the decision.
 */
export function loadOutcomeModel(dir: string = defaultOutcomeDir()): OutcomeModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, 'outcome-model.json'), 'utf8'));
  } catch {
    throw new Error(`outcome model header missing or not JSON in ${dir}`);
  }
  const header = outcomeModelHeaderSchema.safeParse(raw);
  if (!header.success) throw new Error(`outcome model header invalid in ${dir}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, 'outcome-model.bin'));
  } catch {
    throw new Error(`outcome model weights missing in ${dir}`);
  }
  const model: OutcomeModel = { header: header.data, hashed: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  checkModel(model);
  return model;
}
