import type { Needs } from './policy/capabilities';
import { cannotServe } from './policy/capabilities';
import type { CandidateModel, Candidates } from './types';

/** A configured model by exact id, else the first whose id starts with `name` (a model family). */
export function findModel(candidates: Candidates, name: string): CandidateModel | undefined {
  return candidates.local.find((m) => m.id === name) ?? candidates.cloud.find((m) => m.id === name)
    ?? candidates.local.find((m) => m.id.startsWith(name)) ?? candidates.cloud.find((m) => m.id.startsWith(name));
}

export interface Choice { model: CandidateModel | undefined; whyNot: string | null }

/** The preferred model if it can serve, else the first in list order that can (loaded local models first). */
export function pickCapable(list: readonly CandidateModel[], needs: Needs, preferred?: CandidateModel): Choice {
  if (preferred !== undefined && cannotServe(preferred, needs) === null) return { model: preferred, whyNot: null };
  let whyNot: string | null = list.length === 0 ? null : cannotServe(list[0] as CandidateModel, needs);
  let fallback: CandidateModel | undefined;
  for (const m of list) {
    if (cannotServe(m, needs) !== null) continue;
    if (m.loaded === true) return { model: m, whyNot: null };
    fallback ??= m;
  }
  if (fallback !== undefined) whyNot = null;
  if (preferred !== undefined && fallback === undefined) whyNot = cannotServe(preferred, needs);
  return { model: fallback, whyNot };
}

/** Other models that could take over if the chosen one fails: same kind first, then the other kind if allowed. */
export function fallbacksFor(chosen: CandidateModel, candidates: Candidates, needs: Needs, cloudAllowed: boolean): string[] {
  const same = chosen.kind === 'local' ? candidates.local : candidates.cloud;
  const other = chosen.kind === 'local' ? (cloudAllowed ? candidates.cloud : []) : candidates.local;
  const out: string[] = [];
  for (const list of [same, other]) {
    for (const m of list) {
      if (m !== chosen && m.id !== chosen.id && cannotServe(m, needs) === null && (cloudAllowed || m.kind === 'local')) out.push(m.id);
    }
  }
  return out;
}
