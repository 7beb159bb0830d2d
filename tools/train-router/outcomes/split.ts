import { FNV_OFFSET, fnvStep } from '../../../electron/core/router/heuristic/vocab';
import type { OutcomeRow, OutcomeSource } from './load-outcomes';
import { SOURCES, textKey } from './load-outcomes';

/**
 * Train / validation / test, stratified by source: within each source, rows are ordered by a hash of their
 * text and cut 70/15/15. The hash (not a seeded shuffle) keeps a prompt in the same split whatever else
 * changes in the data. Validation chooses models and blend weights; test is looked at once per model, for
 * the report, and nothing is tuned on it.
 */
export type SplitName = 'train' | 'valid' | 'test';
export type Splits = Record<SplitName, OutcomeRow[]>;

function hash(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}

export function splitOutcomes(rows: readonly OutcomeRow[]): Splits {
  const seen = new Set<string>();
  const splits: Splits = { train: [], valid: [], test: [] };
  for (const source of SOURCES) {
    const mine = rows.filter((r) => r.source === source && !seen.has(textKey(r.text)) && seen.add(textKey(r.text)));
    const ordered = mine.map((r) => ({ r, h: hash(textKey(r.text)) })).sort((a, b) => a.h - b.h).map((x) => x.r);
    const a = Math.round(ordered.length * 0.7); const b = Math.round(ordered.length * 0.85);
    splits.train.push(...ordered.slice(0, a));
    splits.valid.push(...ordered.slice(a, b));
    splits.test.push(...ordered.slice(b));
  }
  return splits;
}

export function bySource<T extends { source: OutcomeSource }>(rows: readonly T[]): Map<OutcomeSource, T[]> {
  const m = new Map<OutcomeSource, T[]>();
  for (const r of rows) m.set(r.source, [...(m.get(r.source) ?? []), r]);
  return m;
}
