import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/core/router/index';
import type { FeedbackPort } from '../../../electron/core/router/feedback';
import { both, EASY, HARD, req } from '../router/helpers';

const shift = (delta: number): FeedbackPort & { calls: number } => {
  const port = {
    calls: 0,
    adjust(score: number) {
      port.calls += 1;
      const adjusted = Math.min(1, Math.max(0, score + delta));
      return { score: adjusted, delta: adjusted - score };
    },
  };
  return port;
};

describe('the router\'s feedback stage', () => {
  it('adjusts the score, keeps the shipped one, and says so in the reasons', async () => {
    const plain = await createRouter().route({ request: req(EASY), candidates: both() });
    const adjusted = await createRouter({ feedback: shift(0.08) }).route({ request: req(EASY), candidates: both() });
    expect(adjusted.score).toBeCloseTo(plain.score + 0.08, 10);
    expect(adjusted.scoreBeforeFeedback).toBe(plain.score);
    expect(adjusted.reasons).toContain('adjusted by your feedback: +0.08');
    expect(adjusted.reasons.some((r) => r.includes(`score ${adjusted.score.toFixed(2)}`))).toBe(true);
    const down = await createRouter({ feedback: shift(-0.1) }).route({ request: req(HARD), candidates: both() });
    expect(down.reasons).toContain('adjusted by your feedback: -0.10');
  });

  it('can move a borderline request across the threshold, and only by its bounded amount', async () => {
    const base = await createRouter().route({ request: req(EASY), candidates: both() });
    expect(base.target).toBe('local');
    const pushed = await createRouter({ feedback: shift(1) }).route({ request: req(EASY), candidates: both() });
    expect(pushed.score).toBe(1);
    expect(pushed.target).toBe('cloud');
  });

  it('names no adjustment under 0.005, and none without a port', async () => {
    const tiny = await createRouter({ feedback: shift(0.004) }).route({ request: req(EASY), candidates: both() });
    expect(tiny.reasons.join(' ')).not.toContain('feedback');
    expect(tiny.scoreBeforeFeedback).toBeDefined();
    const none = await createRouter().route({ request: req(EASY), candidates: both() });
    expect(none.scoreBeforeFeedback).toBeUndefined();
    expect(none.reasons.join(' ')).not.toContain('feedback');
  });

  it('leaves speed mode, tier-0 and hints alone, and survives a port that throws', async () => {
    const port = shift(0.08);
    const router = createRouter({ feedback: port });
    const speed = await router.route({ request: req(EASY), candidates: both(), mode: 'speed' });
    const tier0 = await router.route({ request: req('what is 2 + 2'), candidates: both() });
    const hinted = await router.route({ request: req(`#cloud ${EASY}`), candidates: both() });
    for (const r of [speed, tier0, hinted]) expect(r.reasons.join(' ')).not.toContain('feedback');
    expect(port.calls).toBe(0);
    const broken = createRouter({ feedback: { adjust: () => { throw new Error('boom'); } } });
    const r = await broken.route({ request: req(EASY), candidates: both() });
    expect(r.target).toBe('local');
    expect(r.scoreBeforeFeedback).toBeUndefined();
  });
});
