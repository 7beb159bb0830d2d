import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/core/router/index';
import { scoreHeuristic } from '../../../electron/core/router/heuristic/index';
import { clipText, hashedFeatures } from '../../../electron/core/router/outcome/hashed-features';
import { outcomeProbability } from '../../../electron/core/router/outcome/linear-model';
import { defaultOutcomeDir, loadOutcomeModel } from '../../../electron/core/router/outcome/load';
import { both, EASY, HARD, req } from '../router/helpers';

const h = (text: string) => scoreHeuristic([{ role: 'user', content: text }], text);
const dirs: string[] = [];
const scratch = (): string => { const d = mkdtempSync(join(tmpdir(), 'outcome-model-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('hashed features', () => {
  it('are deterministic, unit-length, and in range', () => {
    const a = hashedFeatures('Write a Python function that reverses a linked list.', 12);
    const b = hashedFeatures('Write a Python function that reverses a linked list.', 12);
    expect([...a.indices]).toEqual([...b.indices]);
    expect([...a.values].reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 5);
    expect(Math.max(...a.indices)).toBeLessThan(1 << 12);
  });

  it('ignore case and runs of whitespace; an empty text has no features', () => {
    const a = hashedFeatures('Hello   World\n', 16);
    const b = hashedFeatures('hello world', 16);
    expect([...a.indices].sort()).toEqual([...b.indices].sort());
    expect(hashedFeatures('', 16).indices.length).toBe(0);
  });

  it('keep the head and tail of a long prompt (the question sits at one end of a pasted passage)', () => {
    const long = `QUESTION FIRST ${'filler '.repeat(2000)} QUESTION LAST`;
    const clipped = clipText(long);
    expect(clipped.length).toBeLessThan(4100);
    expect(clipped.startsWith('QUESTION FIRST')).toBe(true);
    expect(clipped.endsWith('QUESTION LAST')).toBe(true);
  });
});

describe('the shipped outcome model', () => {
  const model = loadOutcomeModel();

  it('is small and loads from resources/router', () => {
    expect(model.hashed.length).toBe(1 << model.header.bits);
    expect(model.hashed.byteLength).toBeLessThanOrEqual(10 * 1024 * 1024);
  });

  it('scores small talk below a demanding design question', () => {
    const low = outcomeProbability(model, EASY, h(EASY));
    const high = outcomeProbability(model, HARD, h(HARD));
    expect(low).toBeLessThan(0.3);
    expect(high).toBeGreaterThan(low + 0.3);
  });

  it('is what the router scores with by default', async () => {
    const d = await createRouter().route({ request: req(HARD), candidates: both() });
    expect(d.score).toBeCloseTo(outcomeProbability(model, HARD, h(HARD)), 9);
  });
});

describe('a missing or corrupt outcome model', () => {
  it('fails to load with a message that names what is wrong', () => {
    const empty = scratch();
    expect(() => loadOutcomeModel(empty)).toThrow(/header missing or not JSON/);
    writeFileSync(join(empty, 'outcome-model.json'), '{"version": 1, "kind": "something else"}');
    expect(() => loadOutcomeModel(empty)).toThrow(/header invalid/);
    copyFileSync(join(defaultOutcomeDir(), 'outcome-model.json'), join(empty, 'outcome-model.json'));
    expect(() => loadOutcomeModel(empty)).toThrow(/weights missing/);
    writeFileSync(join(empty, 'outcome-model.bin'), Buffer.alloc(1000));
    expect(() => loadOutcomeModel(empty)).toThrow(/hashed weights/);
  });

  it('makes the router score with the heuristic and say so in the decision', async () => {
    const broken = new Error('outcome model weights missing in /nowhere');
    const d = await createRouter({ outcomeModel: broken }).route({ request: req(HARD), candidates: both() });
    expect(d.score).toBe(h(HARD).score);
    expect(d.reasons.some((r) => /routing model unavailable .*heuristic only/.test(r))).toBe(true);
  });
});
