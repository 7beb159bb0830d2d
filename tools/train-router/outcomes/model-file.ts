import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutcomeModel, OutcomeModelHeader } from '../../../electron/core/router/outcome/linear-model';
import { DENSE_NAMES } from '../../../electron/core/router/outcome/dense-features';
import type { LogisticWeights } from './logistic';

/** Hashed weights as int8 with one scale: 2^18 slots in 256 KB instead of 1 MB (the test split shows the cost). */
export function toModel(w: LogisticWeights, bits: number, procedure: string): OutcomeModel {
  let max = 0;
  for (const v of w.hashed) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const hashed = new Int8Array(w.hashed.length);
  for (let i = 0; i < hashed.length; i++) hashed[i] = Math.round((w.hashed[i] ?? 0) / scale);
  const header: OutcomeModelHeader = {
    version: 1, kind: 'hashed-logistic', bits, denseNames: [...DENSE_NAMES], bias: w.bias, dense: [...w.dense].map((v) => Number(v.toFixed(6))),
    hashedScale: scale, trainedAt: new Date().toISOString().slice(0, 10), procedure,
  };
  return { header, hashed };
}

export function writeModel(dir: string, m: OutcomeModel): void {
  writeFileSync(join(dir, 'outcome-model.json'), `${JSON.stringify(m.header, null, 2)}\n`);
  writeFileSync(join(dir, 'outcome-model.bin'), m.hashed);
}
