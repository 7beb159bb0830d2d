import type { CompiledRule } from '../rules';
import { findModel } from './select';
import type { CandidateModel, Candidates } from './types';

/**
 * Where a stage wants the request to go, and why; placement.ts turns it into a rung, then applies capabilities
 * and never-cloud. `level` in [0,1] is how far up its side of the ladder the request should sit (from the
 * score); without it the side's lowest rung is wanted.
 */
export interface Intent { target: 'local' | 'cloud'; preferred: CandidateModel | undefined; why: string; confidence: number; level?: number }

const AUTO_MODEL_NAMES = new Set(['', 'auto', 'switchyard', 'switchyard-auto', 'default']);

/** Model names that ask Switchyard to route rather than naming a model. */
export function isAutoModel(name: string): boolean {
  return AUTO_MODEL_NAMES.has(name);
}

/** The deciding rule (the first match, in the rules' order), naming every other match in the reasons. */
export function ruleIntent(matched: readonly CompiledRule[], candidates: Candidates, hint: string | null, reasons: string[]): Intent | undefined {
  let intent: Intent | undefined;
  for (const r of matched) {
    const { name, action, model } = r.rule;
    const why = `rule '${name}' (${action})`;
    if (intent !== undefined) { reasons.push(`${why} also matched; an earlier rule decides`); continue; }
    const overrides = hint === null ? '' : `, overriding the #${hint} hint`;
    if (action === 'use-model') {
      const found = model === undefined ? undefined : findModel(candidates, model);
      if (found === undefined) reasons.push(`${why} names model '${model ?? ''}', which is not configured; rule skipped`);
      else intent = { target: found.kind, preferred: found, why: why + overrides, confidence: 1 };
    } else {
      intent = { target: action === 'always-local' ? 'local' : 'cloud', preferred: undefined, why: why + overrides, confidence: 1 };
    }
  }
  return intent;
}

export function namedIntent(name: string, candidates: Candidates, reasons: string[]): Intent | undefined {
  if (isAutoModel(name)) return undefined;
  const model = [...candidates.local, ...candidates.cloud].find((m) => m.id === name);
  if (model === undefined) {
    reasons.push(`model '${name}' is not configured; routed automatically`);
    return undefined;
  }
  return { target: model.kind, preferred: model, why: `model ${name} named in the request`, confidence: 1 };
}

export function hintIntent(hint: 'local' | 'cloud' | null): Intent | undefined {
  if (hint === null) return undefined;
  return { target: hint, preferred: undefined, why: `#${hint} hint in the message`, confidence: 1 };
}
