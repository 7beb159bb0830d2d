import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../bench/routellm-data';
import { pgrCurve, routingMetrics } from '../../bench/routellm-metrics';

// Four prompts: only #1 and #2 gain from the strong model (gap = 2 of 4).
const items = [
  { score: 0.9, strong: 1, weak: 0 },
  { score: 0.7, strong: 1, weak: 0 },
  { score: 0.5, strong: 1, weak: 1 },
  { score: 0.1, strong: 0, weak: 0 },
];

describe('RouteLLM metrics', () => {
  it('scores a perfect ranking', () => {
    const m = routingMetrics(items);
    expect(m.weakQuality).toBe(0.25);
    expect(m.strongQuality).toBe(0.75);
    expect(m.cpt50).toBeCloseTo(0.25, 9);
    expect(m.cpt80).toBeCloseTo(0.4, 9); // 0.8 of the gap is reached 60% of the way through the second prompt
    // PGR: 0 → 0.5 → 1 → 1 → 1 at c = 0, .25, .5, .75, 1: area = .0625 + .1875 + .25 + .25
    expect(m.apgr).toBeCloseTo(0.75, 9);
  });

  it('gives random routing APGR 0.5 and CPT(x) = x when every score ties', () => {
    const m = routingMetrics(items.map((i) => ({ ...i, score: 0.3 })));
    expect(m.apgr).toBeCloseTo(0.5, 9);
    expect(m.cpt50).toBeCloseTo(0.5, 9);
    expect(m.cpt80).toBeCloseTo(0.8, 9);
  });

  it('penalises an inverted ranking and treats ties as their expected value', () => {
    const inverted = routingMetrics(items.map((i) => ({ ...i, score: 1 - i.score })));
    expect(inverted.apgr).toBeLessThan(0.5);
    expect(inverted.cpt50).toBeCloseTo(0.75, 9);
    const tied = pgrCurve([{ score: 1, strong: 1, weak: 0 }, { score: 1, strong: 0, weak: 0 }, { score: 0, strong: 1, weak: 0 }]);
    expect(tied).toEqual([{ c: 0, pgr: 0 }, { c: 2 / 3, pgr: 0.5 }, { c: 1, pgr: 1 }]);
  });

  it('refuses data on which the models never differ', () => {
    expect(() => routingMetrics([{ score: 1, strong: 1, weak: 1 }])).toThrow(/differ/);
  });
});

describe('parseCsv', () => {
  it('handles quoted commas, newlines and doubled quotes', () => {
    expect(parseCsv('prompt,a,b\n"x, ""y""\nz",True,False\r\nplain,False,True\n')).toEqual([
      ['prompt', 'a', 'b'], ['x, "y"\nz', 'True', 'False'], ['plain', 'False', 'True'],
    ]);
  });
});
