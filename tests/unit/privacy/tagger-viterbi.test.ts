import { describe, expect, it } from 'vitest';
import { defaultPiiModelDir } from '../../../electron/core/privacy/detectors/learned-pii';
import { TAG_COUNT, tokenize } from '../../../electron/core/privacy/detectors/tagger-features';
import { loadTaggerModel, viterbi, viterbi5 } from '../../../electron/core/privacy/detectors/tagger-model';
import { cachedEmissions } from '../../../electron/core/privacy/detectors/tagger-scores';

const model = loadTaggerModel(defaultPiiModelDir());

/** A seeded generator, so a failure names inputs that can be replayed. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('unrolled Viterbi', () => {
  it('finds the same tags as the full decode on the model\'s scores for real text', () => {
    const texts = [
      'Can you help Kevin Walsh with his essay? Kevin said the essay is due on Friday.',
      'Ship to 221B Baker Street, London NW1 6XE\nThanks,\nAmélie Rousseau',
      'Here is my patient\'s record: maria gonzalez, DOB 04/12/1961, lives at 12 rue de la Paix, 75002 Paris.',
      'def f(x):\n    return x + 1  # Zoë, Jürgen',
      'Dear Dr. Okonkwo Chukwuemeka, thank you. Regards, Li Wei and Priya Natarajan (Flat 3, 14 High St, Leeds LS1 4AP)',
    ];
    for (const text of texts) {
      const tokens = tokenize(text);
      const scores = cachedEmissions(model, text, tokens);
      expect([...viterbi5(scores, model.transitions, tokens.count)], text).toEqual([...viterbi(scores, model.transitions, tokens.count)]);
    }
  });

  it('finds the same tags on random scores and transitions, from wide margins to none', () => {
    const random = lcg(11);
    for (let round = 0; round < 400; round += 1) {
      const count = 1 + Math.floor(random() * 40);
      const transitions = Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, () => (random() - 0.5) * 4);
      const oBias = random() * 12;
      const scores = Float32Array.from({ length: count * TAG_COUNT }, (_, i) => (random() - 0.5) * 6 + (i % TAG_COUNT === 0 ? oBias : 0));
      expect([...viterbi5(scores, transitions, count)], `round ${round}`).toEqual([...viterbi(scores, transitions, count)]);
    }
  });

  it('handles no tokens and a single token', () => {
    expect(viterbi5(new Float32Array(0), model.transitions, 0)).toEqual(new Uint8Array(0));
    const one = Float32Array.from([0, 5, 0, 0, 0]);
    expect([...viterbi5(one, model.transitions, 1)]).toEqual([...viterbi(one, model.transitions, 1)]);
  });
});
