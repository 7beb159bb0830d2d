import { describe, expect, it } from 'vitest';
import { rulesSchema } from '../../../shared/settings/rules';
import { routerSettingsSchema } from '../../../shared/settings/router';
import type { Classifier, ThresholdsFile } from '../../../electron/core/router/index';
import { answerTier0, createRouter, thresholdFor } from '../../../electron/core/router/index';
import { both, EASY, req } from './helpers';

const says = (taskType: 'code' | 'qa', strongProbability: number): Classifier => ({
  classify: async () => ({ taskType, taskConfidence: 0.95, strongProbability }),
});

describe('router settings switches', () => {
  it('tier0: false sends arithmetic to a model', async () => {
    const r = await createRouter({ settings: routerSettingsSchema.parse({ tier0: false }) }).route({ request: req('2 + 2'), candidates: both() });
    expect(r.target).toBe('local');
    expect(r.answer).toBeUndefined();
  });

  it('per-task models are ignored in privacy mode', async () => {
    const settings = routerSettingsSchema.parse({ taskModels: { code: 'big-1' } });
    const r = await createRouter({ settings }).route({ request: req('Write a Python function that adds two numbers.'), mode: 'privacy', candidates: both() });
    expect(r.target).toBe('local');
  });

  it('task-type rules see the heuristic task type, the same with or without a classifier', async () => {
    const rules = rulesSchema.parse([{ name: 'code-cloud', action: 'always-cloud', match: { taskTypes: ['code'] } }]);
    const withClassifier = await createRouter({ rules, classifier: says('code', 0.1) }).route({ request: req(EASY), candidates: both() });
    expect(withClassifier.taskType).toBe('code');
    expect(withClassifier.rules).toEqual([]);
    const code = await createRouter({ rules, classifier: says('qa', 0.1) }).route({ request: req('Write a Python function that parses a CSV file.'), candidates: both() });
    expect(code.rules).toEqual(['code-cloud']);
  });
});

describe('thresholds', () => {
  const file: ThresholdsFile = {
    version: 1, procedure: 'test',
    scorers: { heuristic: { balanced: 0.3, cost: 0.6 }, outcome: { balanced: 0.45, cost: 0.8 } },
  };

  it('picks the set of the scorer that produced the score, then applies overrides', () => {
    expect(thresholdFor(file, 'heuristic', 'balanced', {})).toBe(0.3);
    expect(thresholdFor(file, 'outcome', 'cost', {})).toBe(0.8);
    expect(thresholdFor({ ...file, scorers: { heuristic: file.scorers.heuristic } }, 'outcome', 'balanced', {})).toBe(0.3);
    expect(thresholdFor(file, 'outcome', 'balanced', { balanced: 0.9 })).toBe(0.9);
  });

  it('the router uses the outcome thresholds when the outcome model scored', async () => {
    const router = createRouter({ thresholds: file, classifier: says('qa', 0.5) });
    const r = await router.route({ request: req(EASY), candidates: both() });
    expect(r.reasons[0]).toMatch(/< 0\.45 \(balanced\)/);
  });
});

describe('tier-0 robustness', () => {
  it('never throws on random input, and what it answers is a formatted number', () => {
    const alphabet = ['1', '2', '0', '.', ',', ' ', '+', '-', '*', '/', '^', '%', '(', ')', 'x', 'of', ' km', ' to ', ' in ', 'sqrt', '√', 'what is ', '?', '=', 'e', '−', '×', '**'];
    let seed = 42;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let j = rand(24); j >= 0; j--) s += alphabet[rand(alphabet.length)];
      const a = answerTier0(s);
      if (a !== null) expect(a.answer).toMatch(/^-?\d+(\.\d+)?(e[+-]\d+)?( \S.*|%)?$/);
    }
  });

  it('agrees with a direct evaluation on random fully parenthesised expressions', () => {
    let seed = 7;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const ops = ['+', '-', '*', '/', '×', '÷', '−'] as const;
    const apply = (op: string, a: number, b: number): number =>
      op === '+' ? a + b : op === '-' || op === '−' ? a - b : op === '*' || op === '×' ? a * b : a / b;
    const gen = (depth: number): [string, number] => {
      if (depth === 0 || rand(3) === 0) {
        const n = rand(1000) / (rand(2) === 0 ? 1 : 10);
        return [String(n), n];
      }
      const [l, a] = gen(depth - 1);
      const [r, b] = gen(depth - 1);
      const op = ops[rand(ops.length)] as string;
      return [`(${l} ${op} ${r})`, apply(op, a, b)];
    };
    let checked = 0;
    for (let i = 0; i < 500; i++) {
      const [text, value] = gen(3);
      const a = answerTier0(`what is ${text}?`);
      if (!Number.isFinite(value) || text.length > 180 || !/[-+*/×÷−]/.test(text)) continue;
      expect(a, text).not.toBeNull();
      const got = Number(a?.answer);
      expect(Math.abs(got - value), text).toBeLessThanOrEqual(Math.abs(value) * 1e-9 + 1e-12);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
