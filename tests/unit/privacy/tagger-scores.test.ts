import { describe, expect, it } from 'vitest';
import { defaultPiiModelDir } from '../../../electron/core/privacy/detectors/learned-pii';
import { featurize, TAG_COUNT, tokenize } from '../../../electron/core/privacy/detectors/tagger-features';
import { emissions, loadTaggerModel } from '../../../electron/core/privacy/detectors/tagger-model';
import { cachedEmissions, createWordCache } from '../../../electron/core/privacy/detectors/tagger-scores';

const model = loadTaggerModel(defaultPiiModelDir());

const floats = Float32Array.from(model.weights, (w) => w * model.scale);

/** The trainer's scores: every feature hashed and read per token. */
function reference(text: string): Float32Array {
  const tokens = tokenize(text);
  return emissions(floats, featurize(text, tokens, model.gazetteer, model.mask), tokens.count);
}

describe('cached emission scores', () => {
  const texts = [
    'Can you help Kevin Walsh with his essay? Kevin said the essay is due on Friday.',
    'Ship to 221B Baker Street, London NW1 6XE\nThanks,\nAmélie Rousseau',
    'def f(x):\n    return x + 1  # Zoë, Jürgen, 東京都渋谷区',
    'a',
    'Ünïcödé ÀÉÎ and "quotes" -- 12/04/1961, MRN 5523109',
  ];

  it('equal the per-token sums the trainer uses, on a cold and a warm cache', () => {
    const cache = createWordCache();
    for (const round of [0, 1]) {
      for (const text of texts) {
        const tokens = tokenize(text);
        const fast = cachedEmissions({ ...model, cache }, text, tokens);
        const slow = reference(text);
        expect(fast.length, `round ${round}`).toBe(tokens.count * TAG_COUNT);
        for (let i = 0; i < slow.length; i += 1) expect(fast[i]).toBeCloseTo(slow[i]!, 3);
      }
    }
  });

  it('stay equal when the cache starts over between windows', () => {
    const cache = createWordCache();
    // More distinct words than the cache holds, in window-sized pieces.
    for (let piece = 0; piece < 12; piece += 1) {
      const text = Array.from({ length: 1500 }, (_, i) => `w${piece}x${i}`).join(' ');
      const tokens = tokenize(text);
      const fast = cachedEmissions({ ...model, cache }, text, tokens);
      const slow = reference(text);
      for (let i = 0; i < slow.length; i += 97) expect(fast[i]).toBeCloseTo(slow[i]!, 3);
    }
  });
});
