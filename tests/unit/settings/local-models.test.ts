import { describe, expect, it } from 'vitest';
import { localModelSchema, speculativeSchema } from '../../../shared/settings/local-models';

const model = { id: 'm', path: '/models/m.gguf' };

describe('local model settings: speculative', () => {
  it('is absent (off) by default and takes the three documented shapes', () => {
    expect(localModelSchema.parse(model).speculative).toBeUndefined();
    for (const speculative of ['off', 'input-lookup', { draft: 'small' }, { draft: '/models/small.gguf', maxTokens: 8, minConfidence: 0.2 }]) {
      expect(localModelSchema.parse({ ...model, speculative }).speculative).toEqual(speculative);
    }
  });

  it('rejects unknown modes, empty drafts, out-of-range options and stray keys', () => {
    for (const bad of ['on', 'draft', true, {}, { draft: '' }, { draft: 'x', maxTokens: 0 }, { draft: 'x', maxTokens: 65 }, { draft: 'x', minConfidence: 1.5 }, { draft: 'x', temperature: 0 }]) {
      expect(speculativeSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
      expect(localModelSchema.safeParse({ ...model, speculative: bad }).success).toBe(false);
    }
  });
});
