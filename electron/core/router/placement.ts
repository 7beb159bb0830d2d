import type { Mode, Target } from '../../../shared/decision';
import type { Intent } from './intents';
import type { Ladder, Rung } from './ladder';
import { rungsOf } from './ladder';
import type { Needs } from './policy/capabilities';
import { cannotServe, missingCapability } from './policy/capabilities';
import type { PrivacyVerdict, RouteResult } from './types';

export interface Forbid { rule: string; why: string }

/** Never-cloud sources, strongest first: the privacy verdict, then never-cloud rules, then privacy mode. */
export function cloudForbidden(privacy: PrivacyVerdict, mode: Mode): Forbid | null {
  if (privacy.neverCloud) return { rule: 'privacy', why: 'sensitive content' };
  if (mode === 'privacy') return { rule: 'mode:privacy', why: 'privacy mode' };
  return null;
}

export interface Placed { target: Target; rung: Rung | undefined; blocked?: RouteResult['blocked'] }

/**
 * The rung an intent asks for: its preferred model, else the rung at `level` among its side's rungs (the lowest
 * without a level: a hint or rule chooses the side, the cheapest rung on it serves). A side with no rungs asks
 * for the nearest rung of the other: the top of the ladder for cloud, the bottom for local.
 */
export function wantedIndex(intent: Intent, ladder: Ladder): number {
  if (intent.preferred !== undefined) {
    const id = intent.preferred.id;
    const found = ladder.find((r) => r.model.id === id);
    if (found !== undefined) return found.index;
  }
  const side = rungsOf(ladder, intent.target);
  if (side.length === 0) return intent.target === 'cloud' ? ladder.length - 1 : 0;
  const level = Math.min(1, Math.max(0, intent.level ?? 0));
  return (side[Math.min(side.length - 1, Math.floor(level * side.length))] as Rung).index;
}

/** Rungs from `from` upwards, then downwards: a rung that cannot serve gives way to a stronger one first. */
export function walkFrom(ladder: Ladder, from: number): Rung[] {
  const up = ladder.slice(Math.max(0, from));
  const down = ladder.slice(0, Math.max(0, from)).reverse();
  return [...up, ...down];
}

/**
 * Stages 6–7: the wanted rung, the nearest capable one if it cannot serve, then never-cloud, which nothing
 * after it can undo.
 */
export function place(intent: Intent, ladder: Ladder, needs: Needs, forbid: Forbid | null, reasons: string[]): Placed {
  const wanted = wantedIndex(intent, ladder);
  const order = walkFrom(ladder, wanted);
  const switches: string[] = [];
  const first = ladder[wanted];
  let rung = order.find((r) => cannotServe(r.model, needs) === null);
  if (first === undefined) switches.push('no model is configured');
  else if (first.model.kind !== intent.target && rung !== undefined) switches.push(`no ${intent.target} model is configured → ${describe(rung)}`);
  else if (rung !== undefined && rung !== first) switches.push(`${cannotServe(first.model, needs) ?? `${first.model.id} cannot serve it`} → ${describe(rung)}`);

  if (forbid !== null && (rung?.model.kind === 'cloud' || (rung === undefined && intent.target === 'cloud'))) {
    const local = order.find((r) => r.model.kind === 'local' && cannotServe(r.model, needs) === null);
    if (local === undefined) {
      const firstLocal = rungsOf(ladder, 'local')[0];
      const detail = firstLocal === undefined ? 'no local model is configured' : (cannotServe(firstLocal.model, needs) ?? 'no local model can serve it');
      reasons.push(`${intent.why} → cloud`, ...switches, `${forbid.why}: cloud not allowed, and ${detail}`);
      return {
        target: 'local', rung: undefined,
        blocked: { code: 'never_cloud', rule: forbid.rule, message: `This request must stay on this machine (${forbid.why}), but no local model can serve it: ${detail}.` },
      };
    }
    rung = local;
    switches.push(`${forbid.why}: cloud not allowed → kept local (${describe(local)})`);
  }
  if (rung === undefined) return unplaceable(intent, ladder, needs, forbid, switches, reasons);
  // A model named by the request, a rule or a task family is served as named, loaded or not.
  if (intent.preferred === undefined) rung = loadedTwin(rung, ladder, needs, switches);
  if (switches.length === 0) reasons.push(`${intent.why} → ${describe(rung)}`);
  else reasons.push(`${intent.why} → ${intent.target}`, ...switches);
  return { target: rung.model.kind, rung };
}

/**
 * No rung can serve. When only the length estimate rules every model out, the local model with the largest
 * context still gets the request: it counts the real tokens and caps the answer, or answers 400
 * context_length_exceeded with exact figures. A missing capability (images, tools, a JSON schema) is the
 * client's to fix: 400 model_not_capable.
 */
function unplaceable(intent: Intent, ladder: Ladder, needs: Needs, forbid: Forbid | null, switches: string[], reasons: string[]): Placed {
  const ignoringLength: Needs = { ...needs, contextTokens: 0 };
  const roomiest = rungsOf(ladder, 'local')
    .filter((r) => cannotServe(r.model, ignoringLength) === null)
    .sort((a, b) => b.model.contextLength - a.model.contextLength)[0];
  const top = ladder[ladder.length - 1];
  const whyNot = top === undefined ? 'no model is configured' : (cannotServe(top.model, needs) ?? 'no model can serve it');
  if (roomiest !== undefined) {
    reasons.push(`${intent.why} → ${intent.target}`, ...switches, `no model fits the estimate (${whyNot}); trying ${describe(roomiest)}, which counts the exact tokens`);
    return { target: 'local', rung: roomiest };
  }
  reasons.push(`${intent.why} → ${intent.target}`, ...switches, `no model can serve this request: ${whyNot}`);
  const missing = missingCapability(ladder.filter((r) => forbid === null || r.model.kind === 'local').map((r) => r.model), needs);
  if (missing !== null && ladder.length > 0) {
    const where = forbid === null ? 'no configured model' : 'no local model (cloud is not allowed: ' + forbid.why + ')';
    return { target: intent.target, rung: undefined, blocked: { code: 'not_capable', rule: 'capabilities', message: `This request ${missing.need}, and ${where} ${missing.lacks}. ${missing.fix}` } };
  }
  return { target: intent.target, rung: undefined, blocked: { code: 'no_model', rule: 'capabilities', message: `No configured model can serve this request: ${whyNot}.` } };
}

/** A loaded model of the same kind and quality serves as well as the chosen one and skips a cold load. */
function loadedTwin(rung: Rung, ladder: Ladder, needs: Needs, switches: string[]): Rung {
  if (rung.model.kind !== 'local' || rung.model.loaded === true) return rung;
  const twin = ladder.find((r) => r.model.kind === 'local' && r.model.loaded === true && r.quality === rung.quality && cannotServe(r.model, needs) === null);
  if (twin === undefined) return rung;
  switches.push(`${twin.model.id} is loaded and as good as ${rung.model.id} → ${describe(twin)}`);
  return twin;
}

/** Other rungs that can take over if the chosen one fails: its neighbours, stronger first, then weaker. */
export function fallbacksFor(chosen: Rung, ladder: Ladder, needs: Needs, cloudAllowed: boolean): string[] {
  return walkFrom(ladder, chosen.index)
    .filter((r) => r !== chosen && (cloudAllowed || r.model.kind === 'local') && cannotServe(r.model, needs) === null)
    .map((r) => r.model.id);
}

export const describe = (r: Rung): string => `${r.model.kind} rung ${r.index} (${r.model.id}, quality ${r.quality}: ${r.basis})`;
