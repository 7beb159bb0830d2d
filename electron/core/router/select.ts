import type { CandidateModel, Candidates } from './types';

/** A configured model by exact id, else the first whose id starts with `name` (a model family). */
export function findModel(candidates: Candidates, name: string): CandidateModel | undefined {
  return candidates.local.find((m) => m.id === name) ?? candidates.cloud.find((m) => m.id === name)
    ?? candidates.local.find((m) => m.id.startsWith(name)) ?? candidates.cloud.find((m) => m.id.startsWith(name));
}
