import type { Mode, Target } from '../../../shared/decision';
import type { Intent } from './intents';
import type { Needs } from './policy/capabilities';
import { cannotServe } from './policy/capabilities';
import type { CompiledRule } from './policy/rules';
import { pickCapable } from './select';
import type { CandidateModel, Candidates, PrivacyVerdict, RouteResult } from './types';

export interface Forbid { rule: string; why: string }

/** Never-cloud sources, strongest first: the privacy verdict, then never-cloud rules, then privacy mode. */
export function cloudForbidden(privacy: PrivacyVerdict, matched: CompiledRule[], mode: Mode): Forbid | null {
  if (privacy.neverCloud) return { rule: 'privacy', why: 'sensitive content' };
  const rule = matched.find((r) => r.rule.action === 'never-cloud');
  if (rule !== undefined) return { rule: `rule:${rule.rule.name}`, why: `rule '${rule.rule.name}' (never-cloud)` };
  if (mode === 'privacy') return { rule: 'mode:privacy', why: 'privacy mode' };
  return null;
}

export interface Placed { target: Target; model: CandidateModel | undefined; blocked?: RouteResult['blocked'] }

/** Stages 6–7: capability checks, then never-cloud, which nothing after it can undo. */
export function place(intent: Intent, candidates: Candidates, needs: Needs, forbid: Forbid | null, reasons: string[]): Placed {
  const switches: string[] = [];
  let target = intent.target;
  let pick = pickCapable(target === 'local' ? candidates.local : candidates.cloud, needs, intent.preferred?.kind === target ? intent.preferred : undefined);
  if (pick.model === undefined) {
    const otherKind = target === 'local' ? 'cloud' : 'local';
    const other = pickCapable(otherKind === 'local' ? candidates.local : candidates.cloud, needs);
    const whyNot = pick.whyNot ?? `no ${target} model is configured`;
    if (other.model !== undefined) {
      target = otherKind;
      pick = other;
      switches.push(`${whyNot} → ${target} model ${other.model.id}`);
    }
  }
  if (forbid !== null && target === 'cloud') {
    const local = pickCapable(candidates.local, needs);
    if (local.model === undefined) {
      const detail = local.whyNot ?? 'no local model is configured';
      reasons.push(`${intent.why} → cloud`, ...switches, `${forbid.why}: cloud not allowed, and ${detail}`);
      return {
        target: 'local', model: undefined,
        blocked: { code: 'never_cloud', rule: forbid.rule, message: `This request must stay on this machine (${forbid.why}), but no local model can serve it: ${detail}.` },
      };
    }
    target = 'local';
    pick = local;
    switches.push(`${forbid.why}: cloud not allowed → kept local (model ${local.model.id})`);
  }
  const model = pick.model;
  const preferred = intent.preferred;
  if (preferred !== undefined && model !== undefined && model !== preferred && switches.length === 0) {
    switches.push(`${cannotServe(preferred, needs) ?? `${preferred.id} cannot serve it`} → ${target} model ${model.id}`);
  }
  if (model === undefined) {
    const roomiest = roomiestLocal(candidates, needs);
    if (roomiest !== undefined) {
      reasons.push(`${intent.why} → ${target}`, ...switches, `no model fits the estimate (${pick.whyNot ?? 'none configured'}); trying local model ${roomiest.id}, which counts the exact tokens`);
      return { target: 'local', model: roomiest };
    }
    const detail = pick.whyNot ?? 'no model is configured';
    reasons.push(`${intent.why} → ${target}`, ...switches, `no model can serve this request: ${detail}`);
    return { target, model, blocked: { code: 'no_model', rule: 'capabilities', message: `No configured model can serve this request: ${detail}.` } };
  }
  if (switches.length === 0) reasons.push(`${intent.why} → ${target} model ${model.id}`);
  else reasons.push(`${intent.why} → ${intent.target}`, ...switches);
  return { target, model };
}

/**
 * The fit check uses estimated tokens plus a default answer length. When that alone rules every model out, the
 * local model with the largest context still gets the request: it counts the real tokens, caps the answer at
 * the room left, or answers 400 context_length_exceeded with exact figures.
 */
function roomiestLocal(candidates: Candidates, needs: Needs): CandidateModel | undefined {
  const ignoringLength: Needs = { ...needs, contextTokens: 0 };
  let best: CandidateModel | undefined;
  for (const m of candidates.local) {
    if (cannotServe(m, ignoringLength) === null && (best === undefined || m.contextLength > best.contextLength)) best = m;
  }
  return best;
}
