import { describe, expect, it } from 'vitest';
import { outcomeTarget } from '../../../tools/train-router/outcomes/examples';
import type { OutcomeRow } from '../../../tools/train-router/outcomes/load-outcomes';
import { lastQuestion } from '../../../tools/train-router/outcomes/load-outcomes';
import { splitOutcomes } from '../../../tools/train-router/outcomes/split';

const row = (text: string, strong: number, weak: number, others: number[] = [], source: OutcomeRow['source'] = 'routerbench'): OutcomeRow =>
  ({ source, text, strong, weak, others });

describe('outcome training data', () => {
  it('routes the last question of a few-shot prompt, not its exemplars', () => {
    const prompt = 'Q1?\nA) x\nB) y\nAnswer:\nA\n\nQ2?\nA) x\nB) y\nAnswer:\nB\n\nThe real question?\nA) p\nB) q\nAnswer:';
    expect(lastQuestion(prompt)).toBe('The real question?\nA) p\nB) q\nAnswer:');
    expect(lastQuestion('Write a function to add two numbers.')).toBe('Write a function to add two numbers.');
  });

  it('targets: hard beats by a margin, soft is the share of local-class models beaten', () => {
    expect(outcomeTarget(row('a', 1, 0), 'hard')).toBe(1);
    expect(outcomeTarget(row('a', 0.8, 0.7), 'hard')).toBe(0); // within the judge's noise
    expect(outcomeTarget(row('a', 0, 1), 'hard')).toBe(0);
    expect(outcomeTarget(row('a', 1, 0, [1, 0, 1]), 'soft')).toBe(0.5);
    expect(outcomeTarget(row('a', 0, 1), 'gain')).toBe(0);
    expect(outcomeTarget(row('a', 1, 1), 'gain')).toBe(0.5);
  });

  it('splits 70/15/15 within each source, the same way whatever the row order, without duplicates', () => {
    const rows = [
      ...Array.from({ length: 100 }, (_, i) => row(`routerbench prompt ${i}`, 1, 0)),
      ...Array.from({ length: 40 }, (_, i) => row(`arena prompt ${i}`, 1, 0, [], 'arena')),
      row('routerbench prompt 3', 0, 0),
    ];
    const a = splitOutcomes(rows);
    const b = splitOutcomes([...rows].reverse());
    expect(a.test.filter((r) => r.source === 'routerbench')).toHaveLength(15);
    expect(a.test.filter((r) => r.source === 'arena')).toHaveLength(6);
    expect(a.train.length + a.valid.length + a.test.length).toBe(140);
    expect(new Set(a.test.map((r) => r.text))).toEqual(new Set(b.test.map((r) => r.text)));
  });
});
