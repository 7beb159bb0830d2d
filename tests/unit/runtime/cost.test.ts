import { describe, expect, it } from 'vitest';
import { baselineCost, computeCost } from '../../../electron/core/runtime/cost';

describe('computeCost', () => {
  it('bills prompt and completion tokens per million', () => {
    expect(computeCost({ promptTokens: 1_000_000, completionTokens: 0 }, { input: 2.5, output: 10 })).toBeCloseTo(2.5, 12);
    expect(computeCost({ promptTokens: 1200, completionTokens: 300 }, { input: 2.5, output: 10 })).toBeCloseTo(0.006, 12);
  });

  it('bills cached prompt tokens at the cached price and the rest at input', () => {
    const usage = { promptTokens: 10_000, completionTokens: 500, cachedPromptTokens: 8_000 };
    // 2,000 × 3 + 8,000 × 0.3 + 500 × 15 = 6,000 + 2,400 + 7,500 per million
    expect(computeCost(usage, { input: 3, output: 15, cached: 0.3 })).toBeCloseTo(0.0159, 12);
  });

  it('bills cached tokens as input when the model has no cached price', () => {
    const usage = { promptTokens: 10_000, completionTokens: 0, cachedPromptTokens: 8_000 };
    expect(computeCost(usage, { input: 3, output: 15 })).toBeCloseTo(0.03, 12);
  });

  it('never counts more cached tokens than prompt tokens', () => {
    const usage = { promptTokens: 100, completionTokens: 0, cachedPromptTokens: 1_000 };
    expect(computeCost(usage, { input: 1, output: 1, cached: 0 })).toBe(0);
  });

  it('is zero for free (local) prices and for no tokens', () => {
    expect(computeCost({ promptTokens: 5000, completionTokens: 5000 }, { input: 0, output: 0 })).toBe(0);
    expect(computeCost({ promptTokens: 0, completionTokens: 0 }, { input: 3, output: 15 })).toBe(0);
  });
});

describe('baselineCost', () => {
  it('bills the same tokens at the strongest model, without assuming a prompt-cache discount', () => {
    const usage = { promptTokens: 10_000, completionTokens: 500, cachedPromptTokens: 8_000 };
    expect(baselineCost(usage, { input: 3, output: 15, cached: 0.3 })).toBeCloseTo(0.0375, 12);
  });

  it('gives the savings of a local answer as the whole baseline', () => {
    const usage = { promptTokens: 400, completionTokens: 100 };
    const saved = baselineCost(usage, { input: 5, output: 20 }) - computeCost(usage, { input: 0, output: 0 });
    expect(saved).toBeCloseTo(0.004, 12);
  });
});
