import { describe, expect, it } from 'vitest';
import { buildLadder, expectedQuality } from '../../../electron/core/router/ladder';
import { fallbacksFor, place, walkFrom } from '../../../electron/core/router/placement';
import { rank, scoreLevel } from '../../../electron/core/router/score-level';
import type { Needs } from '../../../electron/core/router/policy/capabilities';
import { cloudModel, localModel } from './helpers';

const tiny = localModel('tiny-0.5b', { parameters: 0.5e9 });
const mid = localModel('mid-8b', { parameters: 8e9, contextLength: 8192 });
const mini = cloudModel('mini', { outputPrice: 0.6 });
const flagship = cloudModel('flagship', { outputPrice: 15 });
const candidates = { local: [mid, tiny], cloud: [flagship, mini] };
const needs = (over: Partial<Needs> = {}): Needs => ({ contextTokens: 300, vision: false, tools: false, jsonSchema: false, ...over });
const ids = (ladder: ReturnType<typeof buildLadder>): string[] => ladder.map((r) => r.model.id);

describe('the ladder', () => {
  it('orders local models by parameters and cloud models by output price, cheapest first', () => {
    expect(ids(buildLadder(candidates))).toEqual(['tiny-0.5b', 'mid-8b', 'mini', 'flagship']);
    expect(expectedQuality(mid)).toEqual({ quality: 3, basis: '~8.0B parameters' });
    expect(expectedQuality(flagship)).toEqual({ quality: 5, basis: '$15/M output tokens' });
    expect(expectedQuality(localModel('x'))).toMatchObject({ quality: 1 });
  });

  it('a declared quality wins; at equal quality local comes first', () => {
    const strongLocal = localModel('big-local', { quality: 5 });
    const ladder = buildLadder({ local: [strongLocal, tiny], cloud: [flagship, mini] });
    expect(ids(ladder)).toEqual(['tiny-0.5b', 'mini', 'big-local', 'flagship']);
    expect(ladder[2]).toMatchObject({ index: 2, quality: 5, basis: 'quality set in settings' });
  });

  it('an explicit order is taken as it is; unavailable ids are skipped; embedding models never sit on it', () => {
    expect(ids(buildLadder(candidates, ['mini', 'gone', 'tiny-0.5b']))).toEqual(['mini', 'tiny-0.5b']);
    const embed = cloudModel('embed', { capabilities: { tools: false, vision: false, jsonSchema: false, embeddings: true } });
    const gguf = localModel('gguf', { capabilities: { tools: true, vision: false, jsonSchema: true, embeddings: true } });
    expect(ids(buildLadder({ local: [gguf], cloud: [embed, mini] }))).toEqual(['gguf', 'mini']);
  });

  it('walks up first, then down', () => {
    const ladder = buildLadder(candidates);
    expect(walkFrom(ladder, 1).map((r) => r.index)).toEqual([1, 2, 3, 0]);
  });
});

describe('score level', () => {
  it('splits local from cloud at the calibrated threshold and spreads each side evenly', () => {
    expect(scoreLevel(0.1, 0.5, 'balanced')).toEqual({ cloud: false, level: 0.2 });
    expect(scoreLevel(0.75, 0.5, 'balanced')).toEqual({ cloud: true, level: 0.5 });
    expect(scoreLevel(0.75, 0.5, 'cost')).toEqual({ cloud: true, level: 0.25 });
    expect(scoreLevel(1, 1, 'balanced')).toEqual({ cloud: true, level: 0 });
  });

  it('with calibration quantiles, ranks the score among the calibration prompts of its side', () => {
    // Calibration scores bunched low: 0.1 at the median, 0.5 at the 75th percentile.
    const q = [0, 0.05, 0.1, 0.5, 1];
    expect(rank(0.1, q)).toBe(0.5);
    expect(rank(0.3, q)).toBeCloseTo(0.625, 9);
    expect(rank(-1, q)).toBe(0);
    expect(rank(2, q)).toBe(1);
    // Threshold 0.5 = rank 0.75: 0.1 is two thirds of the way up the local side, not a fifth.
    expect(scoreLevel(0.1, 0.5, 'balanced', q).level).toBeCloseTo(2 / 3, 9);
    expect(scoreLevel(0.75, 0.5, 'balanced', q)).toEqual({ cloud: true, level: 0.5 });
    expect(scoreLevel(0.3, 0.3, 'balanced', [0.3, 0.3, 0.3])).toEqual({ cloud: true, level: 0 });
  });
});

describe('placement on the ladder', () => {
  const ladder = buildLadder(candidates);
  const at = (target: 'local' | 'cloud', level?: number) => ({ target, preferred: undefined, why: 'test', confidence: 1, ...(level === undefined ? {} : { level }) });

  it('easy, medium and hard requests land on different rungs', () => {
    expect(place(at('local', 0.1), ladder, needs(), null, []).rung?.model.id).toBe('tiny-0.5b');
    expect(place(at('local', 0.9), ladder, needs(), null, []).rung?.model.id).toBe('mid-8b');
    expect(place(at('cloud', 0.2), ladder, needs(), null, []).rung?.model.id).toBe('mini');
    expect(place(at('cloud', 0.99), ladder, needs(), null, []).rung?.model.id).toBe('flagship');
    expect(place(at('cloud'), ladder, needs(), null, []).rung?.model.id).toBe('mini');
  });

  it('a rung that cannot serve gives way to the nearest stronger one, and says why', () => {
    const reasons: string[] = [];
    const placed = place(at('local', 0), ladder, needs({ contextTokens: 6000 }), null, reasons);
    expect(placed.rung?.model.id).toBe('mid-8b');
    expect(reasons.join(' ')).toMatch(/tiny-0\.5b has 4096 → local rung 1 \(mid-8b/);
  });

  it('never-cloud keeps the request on the strongest local rung that can serve, or blocks it', () => {
    const reasons: string[] = [];
    const forbid = { rule: 'privacy', why: 'sensitive content' };
    expect(place(at('cloud', 1), ladder, needs(), forbid, reasons).rung?.model.id).toBe('mid-8b');
    expect(reasons.join(' ')).toMatch(/cloud not allowed → kept local/);
    const blocked = place(at('cloud', 1), ladder, needs({ contextTokens: 50_000 }), forbid, []);
    expect(blocked.blocked?.code).toBe('never_cloud');
  });

  it('images with no vision model anywhere: not capable, saying what is missing', () => {
    const local = buildLadder({ local: [tiny, mid], cloud: [] });
    const placed = place(at('local'), local, needs({ vision: true }), null, []);
    expect(placed.blocked).toMatchObject({ code: 'not_capable' });
    expect(placed.blocked?.message).toMatch(/has images, and no configured model accepts images/);
  });

  it('prefers a loaded model of the same quality to a cold load', () => {
    const warm = localModel('warm-0.6b', { parameters: 0.6e9, loaded: true });
    const l = buildLadder({ local: [tiny, warm], cloud: [] });
    expect(place(at('local', 0), l, needs(), null, []).rung?.model.id).toBe('warm-0.6b');
    // …but never instead of a model the request names.
    expect(place({ ...at('local'), preferred: tiny }, l, needs(), null, []).rung?.model.id).toBe('tiny-0.5b');
  });

  it('fallbacks are the neighbouring rungs, stronger first, cloud only when allowed', () => {
    const chosen = ladder[1];
    if (chosen === undefined) throw new Error('ladder too short');
    expect(fallbacksFor(chosen, ladder, needs(), true)).toEqual(['mini', 'flagship', 'tiny-0.5b']);
    expect(fallbacksFor(chosen, ladder, needs(), false)).toEqual(['tiny-0.5b']);
  });
});
