import { describe, expect, it } from 'vitest';
import type { TaskType } from '../../../shared/decision';
import { adjust, initialFeedbackState, MAX_DELTA, update, type FeedbackState, type Label } from '../../../electron/core/router/feedback';

const SCORES = [0, 0.02, 0.1, 0.3, 0.45, 0.5, 0.55, 0.7, 0.9, 0.98, 1];

function teach(state: FeedbackState, score: number, taskType: TaskType, label: Label, times: number, options = {}): FeedbackState {
  let s = state;
  for (let i = 0; i < times; i++) s = { ...s, parameters: update(s, { score, taskType, label }, options), labels: s.labels + 1 };
  return s;
}

describe('the feedback adjustment', () => {
  it('is the identity before any label', () => {
    const state = initialFeedbackState();
    for (const s of SCORES) expect(adjust(state, s, 'qa')).toEqual({ score: s, delta: 0 });
  });

  it('is (nearly) the identity at the initial parameters even once labels are counted', () => {
    const state = { ...initialFeedbackState(), labels: 3 };
    for (const s of SCORES) expect(Math.abs(adjust(state, s, 'code').delta)).toBeLessThan(1e-9);
  });

  it('moves in the direction of the labels', () => {
    const up = teach(initialFeedbackState(), 0.4, 'qa', 1, 5);
    const down = teach(initialFeedbackState(), 0.4, 'qa', 0, 5);
    expect(adjust(up, 0.4, 'qa').delta).toBeGreaterThan(0);
    expect(adjust(down, 0.4, 'qa').delta).toBeLessThan(0);
  });

  it('moves a score by at most ~0.05 after three clicks, wherever they land', () => {
    for (const labelled of SCORES) {
      for (const label of [0, 1] as const) {
        const state = teach(initialFeedbackState(), labelled, 'qa', label, 3);
        for (const s of SCORES) {
          for (const task of ['qa', 'code'] as const) expect(Math.abs(adjust(state, s, task).delta)).toBeLessThanOrEqual(0.05);
        }
      }
    }
  });

  it('is bounded: a thousand clicks one way move a score by at most MAX_DELTA, and the parameters stay finite', () => {
    const state = teach(initialFeedbackState(), 0.3, 'chitchat', 1, 1000, { learningRate: 0.5 });
    for (const s of SCORES) {
      const { score, delta } = adjust(state, s, 'chitchat');
      expect(Math.abs(delta)).toBeLessThanOrEqual(MAX_DELTA + 1e-12);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
    expect(adjust(state, 0.3, 'chitchat').delta).toBeCloseTo(MAX_DELTA, 5);
    const { a, b, c } = state.parameters;
    for (const v of [a, b, c.chitchat ?? 0]) expect(Number.isFinite(v)).toBe(true);
  });

  it('learns per task: labels on one task move it more than the others', () => {
    const state = teach(initialFeedbackState(), 0.5, 'code', 1, 10);
    expect(adjust(state, 0.5, 'code').delta).toBeGreaterThan(adjust(state, 0.5, 'chitchat').delta);
    expect(adjust(state, 0.5, 'chitchat').delta).toBeGreaterThan(0);
  });

  it('pulls the parameters toward the identity (L2): without the pull the same labels go further', () => {
    const pulled = teach(initialFeedbackState(), 0.5, 'qa', 1, 200);
    const free = teach(initialFeedbackState(), 0.5, 'qa', 1, 200, { pull: 0 });
    expect(Math.abs(pulled.parameters.b)).toBeLessThan(Math.abs(free.parameters.b));
    // Conflicting labels on one kind of request cancel out and decay back toward the identity.
    let mixed = teach(initialFeedbackState(), 0.5, 'qa', 1, 20);
    for (let i = 0; i < 200; i++) mixed = teach(mixed, 0.5, 'qa', (i % 2) as Label, 1);
    expect(Math.abs(adjust(mixed, 0.5, 'qa').delta)).toBeLessThan(0.01);
    expect(Math.abs(mixed.parameters.a - 1)).toBeLessThan(0.05);
  });
});
