import { taskTypeSchema } from '../../../../shared/decision';
import type { HeuristicResult } from '../heuristic/index';

/**
 * The outcome scorer's dense features: what the heuristic already measured in its one pass (size, digits,
 * structure, requested length, conversation shape), log-damped to comparable ranges, its score, and its task
 * type one-hot. Hashed n-grams see the words; these see what words cannot (how long, how many numbers, how
 * deep the conversation is). The order is part of the model file (`denseNames` in its header).
 */
const TASKS = taskTypeSchema.options;

export const DENSE_NAMES: readonly string[] = [
  'log_tokens', 'log_words', 'log_digits', 'digit_share', 'questions', 'log_clauses', 'code_blocks',
  'log_code_symbols', 'log_identifiers', 'log_requested_words', 'multi_turn', 'log_system_tokens', 'heuristic_score',
  ...TASKS.map((t) => `task_${t}`),
];

const lg = (n: number): number => Math.log1p(Math.max(0, n));

export function denseFeatures(h: HeuristicResult): Float32Array {
  const f = h.features;
  const out = new Float32Array(DENSE_NAMES.length);
  const values = [
    lg(f.tokens) / 4, lg(f.words) / 4, lg(f.digits) / 3, f.digits / Math.max(1, f.words + f.digits), Math.min(3, f.questions) / 3,
    lg(f.clauses) / 3, f.codeBlocks > 0 ? 1 : 0, lg(f.codeSymbols) / 4, lg(f.identifiers) / 3, lg(f.requestedWords) / 6,
    f.turns > 1 ? 1 : 0, lg(f.systemTokens) / 5, h.score,
  ];
  values.forEach((v, i) => { out[i] = v; });
  const task = TASKS.indexOf(h.taskType);
  if (task >= 0) out[values.length + task] = 1;
  return out;
}
