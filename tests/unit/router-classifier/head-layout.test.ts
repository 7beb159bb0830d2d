import { describe, expect, it } from 'vitest';
import { headLayout } from '../../../electron/core/router/classifier/head-layout';
import type { ModelConfig } from '../../../electron/core/router/classifier/model-config';

const TASKS = ['chitchat', 'arithmetic', 'translation', 'classification', 'summarization', 'extraction', 'rewriting',
  'qa', 'creative', 'code', 'math', 'reasoning', 'other'];
const id2label = (labels: string[]): Record<string, string> => Object.fromEntries(labels.map((l, i) => [String(i), l]));

describe('headLayout', () => {
  it('reads the layout tools/train-router writes', () => {
    const config: ModelConfig = {
      model_type: 'bert', id2label: id2label([...TASKS, 'weak', 'strong']),
      switchyard_router: { version: 1, task_logits: [0, 13], strong_logits: [13, 15], max_length: 128 },
    };
    const layout = headLayout(config, 128);
    expect(layout?.taskIndices).toEqual(TASKS.map((_, i) => i));
    expect(layout?.taskTypes.get(9)).toBe('code');
    expect(layout?.strong).toEqual({ kind: 'pair', weak: 13, strong: 14 });
  });

  it('rejects a switchyard layout whose task labels are not task types', () => {
    const config: ModelConfig = {
      model_type: 'bert', id2label: id2label(['greeting', 'code', 'weak', 'strong']),
      switchyard_router: { version: 1, task_logits: [0, 2], strong_logits: [2, 4], max_length: 128 },
    };
    expect(headLayout(config, 128)).toBeNull();
  });

  it('maps a foreign model by label names and aliases', () => {
    const layout = headLayout({ model_type: 'roberta', id2label: id2label(['Coding', 'small_talk', 'Summary', 'poetry', 'Hard', 'Easy']) }, 128);
    expect(layout?.taskTypes.get(0)).toBe('code');
    expect(layout?.taskTypes.get(1)).toBe('chitchat');
    expect(layout?.taskTypes.get(2)).toBe('summarization');
    expect(layout?.taskTypes.has(3)).toBe(false);
    expect(layout?.taskIndices).toEqual([0, 1, 2, 3]);
    expect(layout?.strong).toEqual({ kind: 'pair', weak: 5, strong: 4 });
  });

  it('treats an unnamed binary head as weak/strong and a foreign label set as having no heads', () => {
    expect(headLayout({ model_type: 'bert', id2label: id2label(['LABEL_0', 'LABEL_1']) }, 128)?.strong)
      .toEqual({ kind: 'pair', weak: 0, strong: 1 });
    const sentiment = headLayout({ model_type: 'bert', id2label: id2label(['negative', 'neutral', 'positive']) }, 128);
    expect(sentiment?.strong).toBeNull();
    expect(sentiment?.taskIndices).toEqual([]);
  });

  it('rejects label ids that are not 0..n-1 and caps the length', () => {
    expect(headLayout({ model_type: 'bert', id2label: { '0': 'code', '2': 'math' } }, 128)).toBeNull();
    expect(headLayout({ model_type: 'bert', id2label: id2label(['a']), max_position_embeddings: 512 }, 128)?.maxLength).toBe(128);
  });
});
