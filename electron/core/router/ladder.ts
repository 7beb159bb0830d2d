import type { CandidateModel, Candidates } from './types';

/**
 * The ladder: every model the router may pick, local and cloud, on one list ordered by expected quality,
 * cheapest first. Placement picks a rung on it; fallbacks are its neighbours.
 */
export interface Rung {
  /** 0-based position on the ladder. */
  index: number;
  model: CandidateModel;
  /** Expected quality, 1 (smallest) … 5 (frontier). */
  quality: number;
  /** Where the quality came from, for reasons: 'settings', '~7B parameters', '$10/M output', … */
  basis: string;
}

export type Ladder = readonly Rung[];

/**
 * Without a declared `quality`, local models rank by parameter count and cloud models by output price (what
 * a provider charges tracks what the model can do). The cut points put today's models where users expect
 * them: a 1–3 B model is quality 2, a 7–14 B one 3; a mini/flash cloud model (< $1/M output) 3, a mid model 4,
 * a flagship (≥ $8/M) 5. An unknown local size counts as small (1), an unknown cloud price as mid (4).
 */
export function expectedQuality(model: CandidateModel): { quality: number; basis: string } {
  if (model.quality !== undefined) return { quality: model.quality, basis: 'quality set in settings' };
  if (model.kind === 'local') {
    const p = model.parameters;
    if (p === undefined) return { quality: 1, basis: 'local, size unknown' };
    const quality = p < 1.5e9 ? 1 : p < 5e9 ? 2 : p < 20e9 ? 3 : p < 80e9 ? 4 : 5;
    return { quality, basis: `~${formatParameters(p)} parameters` };
  }
  const price = model.outputPrice;
  if (price === undefined) return { quality: 4, basis: 'cloud, price unknown' };
  const quality = price < 1 ? 3 : price < 8 ? 4 : 5;
  return { quality, basis: `$${price}/M output tokens` };
}

/**
 * Builds the ladder. With `order` (settings `router.ladder`), exactly those models in that order (ids not
 * available now — a cloud provider that is down — are skipped); otherwise by expected quality, local before
 * cloud at equal quality (free and private), then smaller/cheaper first, then by id so the order is stable.
 */
export function buildLadder(candidates: Candidates, order?: readonly string[]): Ladder {
  // A cloud entry marked for embeddings is an embedding model and answers no chat request; every local GGUF
  // model can embed and chat alike.
  const all = [...candidates.local, ...candidates.cloud.filter((m) => !m.capabilities.embeddings)];
  // Each model's quality is worked out once, not once per comparison: this runs for every request.
  const rated = all.map((model) => ({ model, ...expectedQuality(model) }));
  let ordered: typeof rated;
  if (order !== undefined && order.length > 0) {
    const byId = new Map(rated.map((r) => [r.model.id, r]));
    ordered = order.map((id) => byId.get(id)).filter((r) => r !== undefined);
  } else {
    ordered = rated.sort(compareRated);
  }
  return ordered.map((r, index) => ({ index, ...r }));
}

function compareRated(x: { model: CandidateModel; quality: number }, y: { model: CandidateModel; quality: number }): number {
  if (x.quality !== y.quality) return x.quality - y.quality;
  const a = x.model;
  const b = y.model;
  if (a.kind !== b.kind) return a.kind === 'local' ? -1 : 1;
  const sa = a.kind === 'local' ? (a.parameters ?? 0) : (a.outputPrice ?? Infinity);
  const sb = b.kind === 'local' ? (b.parameters ?? 0) : (b.outputPrice ?? Infinity);
  if (sa !== sb) return sa - sb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function formatParameters(p: number): string {
  if (p >= 1e9) return `${(p / 1e9).toFixed(p >= 10e9 ? 0 : 1)}B`;
  if (p >= 1e6) return `${Math.round(p / 1e6)}M`;
  return `${Math.round(p / 1e3)}K`;
}

export const rungsOf = (ladder: Ladder, kind: 'local' | 'cloud'): Rung[] => ladder.filter((r) => r.model.kind === kind);
