import { describe, expect, it } from 'vitest';
import { routerSettingsSchema, type RouterSettingsInput } from '../../../shared/settings/router';
import { rulesSchema } from '../../../shared/settings/rules';
import { compileRuleSet } from '../../../electron/core/rules';
import { runStages, type Draft, type RouterEnv } from '../../../electron/core/router/pipeline';
import {
  deviceStage, feedbackStage, intentStage, modeStage, placementStage, readRequest, ROUTER_STAGES, rulesStage, scoreStage, taskModelStage, tier0Stage,
} from '../../../electron/core/router/stages';
import type { Scored } from '../../../electron/core/router/scoring';
import { BUNDLED_THRESHOLDS } from '../../../electron/core/router/thresholds';
import type { PrivacyVerdict, RouteInput } from '../../../electron/core/router/types';
import { UNKNOWN_DEVICE } from '../../../shared/device-state';
import { both, cloudModel, EASY, HARD, localModel, req } from './helpers';

/** Fake inputs: a fixed score instead of the outcome model, settings and rules as given. */
function env(settings: RouterSettingsInput = {}, score: Partial<Scored> = {}): RouterEnv {
  return {
    settings: routerSettingsSchema.parse(settings), rules: compileRuleSet([]), thresholds: BUNDLED_THRESHOLDS, feedback: undefined,
    score: () => ({ score: 0.9, taskType: 'reasoning', taskConfidence: 0.8, scorer: 'outcome', ...score }),
  };
}
const NO_PRIVACY: PrivacyVerdict = { findings: [], neverCloud: false, reasons: [] };

/** A draft as the first three stages leave it, then `extra` on top. */
function draft(input: Partial<RouteInput> & { text?: string } = {}, extra: Partial<Draft> = {}, e: RouterEnv = env()): Draft {
  const { text = HARD, ...rest } = input;
  let d = { input: { request: req(text), candidates: both(), ...rest }, mode: rest.mode ?? 'balanced', privacy: NO_PRIVACY, reasons: [] } as unknown as Draft;
  for (const stage of [readRequest, deviceStage, rulesStage]) d = { ...d, ...stage(d, e) };
  return { ...d, ...extra };
}

describe('the router pipeline', () => {
  it('runs the named stages in the documented order', () => {
    expect(ROUTER_STAGES.map((s) => s.name)).toEqual(['request', 'device', 'rules', 'intent', 'tier0', 'score', 'feedback', 'mode', 'task-model', 'placement']);
  });

  it('request, device and rules set every field a later stage reads', () => {
    const d = draft();
    for (const key of ['hint', 'messages', 'lastUser', 'heuristic', 'needs', 'tier0', 'device', 'candidates', 'ladder', 'matched', 'forbid'] as const) {
      expect(key in d, key).toBe(true);
    }
    expect(d.ladder.map((r) => r.model.id)).toEqual(['local', 'big-1']);
  });

  it('stops at the first stage that sets a result, and awaits only a stage that returns a promise', async () => {
    const e = env();
    const slow: RouterEnv = { ...e, score: async () => ({ score: 0.1, taskType: 'chitchat', taskConfidence: 1, scorer: 'outcome' }) };
    const r = await runStages(ROUTER_STAGES, { input: { request: req(HARD), candidates: both() }, mode: 'balanced', privacy: NO_PRIVACY, reasons: [] }, slow);
    expect(r.target).toBe('local');
    await expect(runStages(ROUTER_STAGES.slice(0, 3), { input: { request: req(HARD), candidates: both() }, mode: 'balanced', privacy: NO_PRIVACY, reasons: [] }, e))
      .rejects.toThrow(/decided nothing/);
  });
});

describe('stages on fake drafts', () => {
  it('request strips the hint and finds tier-0 answers only where tier-0 is on', () => {
    const d = draft({ text: '#cloud what is 6 * 7' });
    expect(d.hint).toBe('cloud');
    expect(d.lastUser).toBe('what is 6 * 7');
    expect(d.tier0?.answer).toBe('42');
    expect(draft({ text: 'what is 6 * 7' }, {}, env({ tier0: false })).tier0).toBeNull();
  });

  it('rules forbid the cloud from the privacy verdict or privacy mode, never from anything else', () => {
    expect(rulesStage(draft({}, { privacy: { findings: [], neverCloud: true, reasons: [] } }), env()).forbid).toMatchObject({ rule: 'privacy' });
    expect(rulesStage(draft({}, { mode: 'privacy' }), env()).forbid).toMatchObject({ rule: 'mode:privacy' });
    const e = { ...env(), rules: compileRuleSet(rulesSchema.parse([{ name: 'up', action: 'always-cloud', match: { keywords: ['raft'] } }])) };
    const out = rulesStage(draft(), e);
    expect(out.forbid).toBeNull();
    expect(out.matched?.map((m) => m.rule.name)).toEqual(['up']);
  });

  it('intent takes a named model before the hint', () => {
    const d = draft({ text: '#local hello', request: req('#local hello', { model: 'big-1' }) });
    expect(intentStage(d).intent).toMatchObject({ target: 'cloud', why: 'model big-1 named in the request' });
    expect(intentStage(draft({ text: '#local hello' })).intent).toMatchObject({ target: 'local', why: '#local hint in the message' });
  });

  it('tier0 answers only when nothing decided yet', () => {
    const d = draft({ text: 'what is 6 * 7' });
    expect(tier0Stage(d).result).toMatchObject({ target: 'tier0', answer: '42', taskType: 'arithmetic' });
    expect(tier0Stage({ ...d, intent: { target: 'local', preferred: undefined, why: 'x', confidence: 1 } })).toEqual({});
  });

  it('score and feedback are skipped once an intent exists; feedback never runs in speed mode', () => {
    const intent = { target: 'local' as const, preferred: undefined, why: 'rule', confidence: 1 };
    expect(scoreStage(draft({}, { intent }), env())).toEqual({});
    const scored: Scored = { score: 0.5, taskType: 'qa', taskConfidence: 1, scorer: 'outcome' };
    const e = { ...env(), feedback: { adjust: (score: number) => ({ score: score + 0.1, delta: 0.1 }) } };
    expect(feedbackStage(draft({}, { scored }), e)).toMatchObject({ scored: { score: 0.6 }, scoreBeforeFeedback: 0.5, feedbackReason: 'adjusted by your feedback: +0.10' });
    expect(feedbackStage(draft({ mode: 'speed' }, { mode: 'speed', scored }), e)).toEqual({ scored });
  });

  it('mode puts a high score on the cloud side and a low one local', () => {
    const high = modeStage(draft({}, { scored: { score: 0.95, taskType: 'reasoning', taskConfidence: 1, scorer: 'outcome' } }), env());
    expect(high.intent?.target).toBe('cloud');
    const low = modeStage(draft({ text: EASY }, { scored: { score: 0.05, taskType: 'chitchat', taskConfidence: 1, scorer: 'outcome' } }), env());
    expect(low.intent?.target).toBe('local');
    expect(modeStage(draft({ mode: 'privacy' }, { mode: 'privacy', scored: { score: 0.95, taskType: 'reasoning', taskConfidence: 1, scorer: 'outcome' } }), env()).intent?.target).toBe('local');
  });

  it('task-model replaces the mode\'s choice with the family, and then names no feedback adjustment', () => {
    const scored: Scored = { score: 0.05, taskType: 'code', taskConfidence: 1, scorer: 'outcome' };
    const e = env({ taskModels: { code: 'big-1' } });
    const byScore = modeStage(draft({}, { scored }), e);
    const out = taskModelStage(draft({}, { scored, ...byScore, feedbackReason: 'adjusted by your feedback: +0.10' }), e);
    expect(out.intent).toMatchObject({ target: 'cloud', preferred: { id: 'big-1' } });
    expect(out.reasons).not.toContain('adjusted by your feedback: +0.10');
    const kept = taskModelStage(draft({}, { scored, ...byScore, feedbackReason: 'adjusted by your feedback: +0.10' }), env());
    expect(kept.reasons).toContain('adjusted by your feedback: +0.10');
  });

  it('placement applies never-cloud last: a cloud intent lands local with no cloud fallback, or is blocked', () => {
    const intent = { target: 'cloud' as const, preferred: cloudModel(), why: 'model big-1 named in the request', confidence: 1 };
    const sensitive = { findings: [{ type: 'CREDIT_CARD', count: 1 }], neverCloud: true, reasons: ['contains a credit card number → kept local'] };
    const d = draft({}, { privacy: sensitive });
    const placed = placementStage({ ...d, ...rulesStage(d, env()), intent }).result;
    expect(placed).toMatchObject({ target: 'local', model: 'local', fallbacks: [] });
    expect(placed?.reasons).toContain('contains a credit card number → kept local');
    const noLocal = draft({ candidates: { local: [], cloud: [cloudModel()] } }, { privacy: sensitive });
    expect(placementStage({ ...noLocal, ...rulesStage(noLocal, env()), intent }).result?.blocked).toMatchObject({ code: 'never_cloud' });
    expect(() => placementStage(draft())).toThrow(/needs an intent/);
  });

  it('device state shrinks the candidates before the ladder is built', () => {
    const d = draft({ candidates: { local: [localModel()], cloud: [cloudModel()] }, device: { ...UNKNOWN_DEVICE, online: false } });
    expect(d.ladder.map((r) => r.model.id)).toEqual(['local']);
  });
});
