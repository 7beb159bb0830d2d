import { describe, expect, it } from 'vitest';
import type { HeadLayout } from '../../../electron/core/router/classifier/head-layout';
import { NO_OPINION, readLogits } from '../../../electron/core/router/classifier/read-logits';

const own: HeadLayout = {
  labels: ['chitchat', 'code', 'math', 'weak', 'strong'], taskIndices: [0, 1, 2],
  taskTypes: new Map([[0, 'chitchat'], [1, 'code'], [2, 'math']]), strong: { kind: 'pair', weak: 3, strong: 4 },
  multiLabel: false, maxLength: 128,
};

describe('readLogits', () => {
  it('softmaxes the task group and the strong pair separately', () => {
    const result = readLogits(Float32Array.from([0, 2, 0, 1, 1 + Math.log(3)]), own);
    expect(result.taskType).toBe('code');
    expect(result.taskConfidence).toBeCloseTo(Math.exp(2) / (2 + Math.exp(2)), 6);
    expect(result.strongProbability).toBeCloseTo(0.75, 6);
  });

  it('reports a winning label that is no task type as other', () => {
    const layout: HeadLayout = { ...own, taskIndices: [0, 1, 2], taskTypes: new Map([[0, 'chitchat']]) };
    expect(readLogits([0, 5, 0, 0, 0], layout).taskType).toBe('other');
  });

  it('uses sigmoids for a multi-label model and has no opinion without a strong head', () => {
    const multi: HeadLayout = { ...own, strong: { kind: 'single', index: 4 }, multiLabel: true };
    expect(readLogits([0, 0, 3, 0, 0], multi).strongProbability).toBeCloseTo(0.5, 6);
    expect(readLogits([0, 0, 3, 0, 0], multi).taskConfidence).toBeCloseTo(1 / (1 + Math.exp(-3)), 6);
    const none: HeadLayout = { ...own, strong: null, taskIndices: [], taskTypes: new Map() };
    expect(readLogits([1, 2, 3, 4, 5], none)).toEqual({ taskType: 'other', taskConfidence: 0, strongProbability: NO_OPINION });
  });

  it('takes a lone strong label from the softmax over every label', () => {
    const single: HeadLayout = { ...own, strong: { kind: 'single', index: 4 } };
    expect(readLogits([0, 0, 0, 0, 0], single).strongProbability).toBeCloseTo(0.2, 6);
  });
});
