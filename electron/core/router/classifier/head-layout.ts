import type { TaskType } from '../../../../shared/decision';
import { taskTypeSchema } from '../../../../shared/decision';
import type { ModelConfig } from './model-config';

/** How one logits vector maps onto our two answers; see README "Using another classifier". */
export interface HeadLayout {
  labels: string[];
  /** Logit indices that may name a task, each with its task type; other indices compete as 'other'. */
  taskIndices: number[];
  taskTypes: Map<number, TaskType>;
  /** weak/strong pair (softmax of the two), one strong label (softmax over all, or sigmoid), or nothing. */
  strong: { kind: 'pair'; weak: number; strong: number } | { kind: 'single'; index: number } | null;
  multiLabel: boolean;
  maxLength: number;
}

const TASK_ALIASES: Record<string, TaskType> = {
  smalltalk: 'chitchat', chitchat: 'chitchat', greeting: 'chitchat', conversation: 'chitchat',
  math: 'math', mathematics: 'math', arithmetic: 'arithmetic', calculation: 'arithmetic',
  translate: 'translation', translation: 'translation', classify: 'classification', classification: 'classification',
  summarize: 'summarization', summarization: 'summarization', summary: 'summarization',
  extract: 'extraction', extraction: 'extraction', informationextraction: 'extraction',
  rewrite: 'rewriting', rewriting: 'rewriting', editing: 'rewriting', paraphrase: 'rewriting',
  qa: 'qa', questionanswering: 'qa', openqa: 'qa', closedqa: 'qa', question: 'qa',
  creative: 'creative', creativewriting: 'creative', generation: 'creative', brainstorming: 'creative',
  code: 'code', coding: 'code', programming: 'code', reasoning: 'reasoning', other: 'other',
};
const STRONG_NAMES = /^(strong|hard|complex|difficult|cloud|needsstrong|strongmodel)$/;
const WEAK_NAMES = /^(weak|easy|simple|local|weakmodel)$/;
const norm = (label: string): string => label.toLowerCase().replace(/[^a-z0-9]/g, '');

function orderedLabels(config: ModelConfig): string[] | null {
  const entries = Object.entries(config.id2label).map(([k, v]) => [Number(k), v] as const).sort((a, b) => a[0] - b[0]);
  return entries.every(([k], i) => k === i) ? entries.map(([, v]) => v) : null;
}

/** Returns null when the labels cannot be read (non-contiguous ids). */
export function headLayout(config: ModelConfig, fallbackMaxLength: number): HeadLayout | null {
  const labels = orderedLabels(config);
  if (!labels || labels.length === 0) return null;
  const multiLabel = config.problem_type === 'multi_label_classification';
  const maxLength = Math.min(config.switchyard_router?.max_length ?? config.max_position_embeddings ?? fallbackMaxLength, fallbackMaxLength);
  const own = config.switchyard_router;
  if (own) {
    const [t0, t1] = own.task_logits;
    const [s0, s1] = own.strong_logits;
    if (t1 > labels.length || s1 !== s0 + 2 || s1 > labels.length) return null;
    const taskIndices = Array.from({ length: t1 - t0 }, (_, i) => t0 + i);
    const taskTypes = new Map<number, TaskType>();
    for (const i of taskIndices) {
      const parsed = taskTypeSchema.safeParse(labels[i]);
      if (!parsed.success) return null;
      taskTypes.set(i, parsed.data);
    }
    return { labels, taskIndices, taskTypes, strong: { kind: 'pair', weak: s0, strong: s0 + 1 }, multiLabel: false, maxLength };
  }
  const names = labels.map(norm);
  const strongIdx = names.findIndex((n) => STRONG_NAMES.test(n));
  const weakIdx = names.findIndex((n) => WEAK_NAMES.test(n));
  const taskTypes = new Map<number, TaskType>();
  names.forEach((n, i) => {
    const t = TASK_ALIASES[n];
    if (t && i !== strongIdx && i !== weakIdx) taskTypes.set(i, t);
  });
  let strong: HeadLayout['strong'] = null;
  if (strongIdx >= 0 && weakIdx >= 0) strong = { kind: 'pair', weak: weakIdx, strong: strongIdx };
  else if (strongIdx >= 0) strong = { kind: 'single', index: strongIdx };
  // An unnamed binary head (LABEL_0/LABEL_1) follows the usual convention: index 1 is the positive class.
  else if (labels.length === 2 && taskTypes.size === 0) strong = { kind: 'pair', weak: 0, strong: 1 };
  const headIdx = strong ? (strong.kind === 'pair' ? [strong.weak, strong.strong] : [strong.index]) : [];
  const taskIndices = taskTypes.size > 0 ? labels.map((_, i) => i).filter((i) => !headIdx.includes(i)) : [];
  return { labels, taskIndices, taskTypes, strong, multiLabel, maxLength };
}
