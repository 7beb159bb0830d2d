import type { TaskType } from '../../../../shared/decision';
import type { HeuristicFeatures } from './features';
import { cueCount } from './features';
import { Cue } from './vocab';

export interface TaskGuess { taskType: TaskType; confidence: number; cue: string }

/**
 * Task type from cue words, first match wins, in this order: code, translation, summarization,
 * classification, extraction, rewriting, math, reasoning, creative, chitchat, qa, other. Specific
 * request verbs go before broad ones ("summarize this design doc" is summarization, not reasoning).
 */
export function guessTaskType(f: HeuristicFeatures): TaskGuess {
  const code = cueCount(f, Cue.Code); const lang = cueCount(f, Cue.CodeLang);
  const symbolDensity = f.codeSymbols / Math.max(1, f.words);
  if (f.codeBlocks > 0) return { taskType: 'code', confidence: 0.85, cue: 'contains a code block' };
  const techAsk = lang >= 1 && (f.identifiers >= 1 || (f.firstCue & (Cue.Imperative | Cue.Question)) !== 0);
  if (code >= 2 || (code >= 1 && (lang >= 1 || f.identifiers >= 1)) || techAsk || (symbolDensity > 0.5 && f.words >= 6)) {
    return { taskType: 'code', confidence: code + lang >= 3 ? 0.75 : 0.6, cue: 'asks for code' };
  }
  if (cueCount(f, Cue.Translate) > 0) return { taskType: 'translation', confidence: 0.75, cue: 'asks for a translation' };
  if (cueCount(f, Cue.Summarize) > 0) return { taskType: 'summarization', confidence: 0.7, cue: 'asks for a summary' };
  if (cueCount(f, Cue.Classify) > 0) return { taskType: 'classification', confidence: 0.6, cue: 'asks to classify' };
  if (cueCount(f, Cue.Extract) > 0) return { taskType: 'extraction', confidence: 0.65, cue: 'asks to extract' };
  if (cueCount(f, Cue.Rewrite) > 0) return { taskType: 'rewriting', confidence: 0.65, cue: 'asks to rewrite or format' };
  const math = cueCount(f, Cue.Math);
  if (math >= 2 || (math >= 1 && f.digits >= 2)) return { taskType: 'math', confidence: 0.6, cue: 'a math problem' };
  if (cueCount(f, Cue.Reason) > 0) return { taskType: 'reasoning', confidence: 0.6, cue: 'asks for reasoning' };
  if (cueCount(f, Cue.Creative) > 0) return { taskType: 'creative', confidence: 0.6, cue: 'asks for creative writing' };
  if (cueCount(f, Cue.Greet) > 0 && f.words <= 8) return { taskType: 'chitchat', confidence: 0.7, cue: 'small talk' };
  if ((f.firstCue & Cue.Question) !== 0 || f.questions > 0) return { taskType: 'qa', confidence: 0.45, cue: 'a question' };
  if (f.words <= 3) return { taskType: 'chitchat', confidence: 0.4, cue: 'a short message' };
  return { taskType: 'other', confidence: 0.3, cue: 'no clear task' };
}
