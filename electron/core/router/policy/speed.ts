import type { TaskType } from '../../../../shared/decision';
import type { CandidateModel } from '../types';

/**
 * Speed mode: expected completion time = time to first token + prompt processing (local models) +
 * expected output tokens / generation speed. Measured figures come with the candidates; these
 * defaults stand in until the runtime has measured a model (a small CPU model, a typical cloud API).
 */
export const DEFAULT_SPEED = {
  local: { tokensPerSecond: 25, firstTokenMs: 150, promptTokensPerSecond: 300 },
  cloud: { tokensPerSecond: 80, firstTokenMs: 600, promptTokensPerSecond: Infinity },
} as const;

/** Typical answer length per task when the prompt does not say. */
const OUTPUT_TOKENS: Record<TaskType, number> = {
  chitchat: 40, arithmetic: 20, classification: 10, extraction: 60, translation: 0, rewriting: 0, summarization: 120,
  qa: 200, creative: 400, code: 500, math: 300, reasoning: 600, other: 250,
};

export function expectedOutputTokens(taskType: TaskType, promptTokens: number, requestedWords: number, maxTokens: number | undefined): number {
  let tokens = requestedWords > 0 ? Math.ceil(requestedWords * 1.35) : OUTPUT_TOKENS[taskType];
  // Translation and rewriting answer with about as much text as they were given.
  if (tokens === 0) tokens = Math.max(20, Math.ceil(promptTokens * 1.1));
  return maxTokens === undefined ? tokens : Math.min(tokens, maxTokens);
}

export function expectedMs(model: CandidateModel, promptTokens: number, outputTokens: number): number {
  const d = DEFAULT_SPEED[model.kind];
  const tps = positive(model.tokensPerSecond) ?? d.tokensPerSecond;
  const ttft = model.firstTokenMs !== undefined && model.firstTokenMs >= 0 ? model.firstTokenMs : d.firstTokenMs;
  const pps = positive(model.promptTokensPerSecond) ?? d.promptTokensPerSecond;
  return coldLoadMs(model) + ttft + (promptTokens / pps) * 1000 + (outputTokens / tps) * 1000;
}

/**
 * A local model that is not loaded must load first: roughly 0.5 s plus 0.7 s per billion parameters from a
 * fast disk (a rough default: the first load of a model is dominated by reading its file).
 */
export function coldLoadMs(model: CandidateModel): number {
  if (model.kind !== 'local' || model.loaded !== false) return 0;
  return 500 + ((model.parameters ?? 1e9) / 1e9) * 700;
}

const positive = (n: number | undefined): number | undefined => (n !== undefined && n > 0 ? n : undefined);
