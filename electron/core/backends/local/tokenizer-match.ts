import type { LlamaModel } from 'node-llama-cpp';
import { SwitchyardError } from '../../../../shared/errors';

/** Text with words, digits, punctuation, whitespace runs and non-Latin script: tokenizers that differ split it differently. */
const PROBE = 'Once upon a time, 42 cats said "héllo" → 世界!\n\tdef f(x): return x**2  # ok';

export class DraftTokenizerMismatchError extends SwitchyardError {
  constructor(targetId: string, draftId: string, why: string) {
    super(
      `Draft model '${draftId}' cannot speculate for local model '${targetId}': their tokenizers differ (${why}). ` +
        "A draft must share the target's vocabulary; pick a smaller model of the same family, or set speculative to \"input-lookup\" or \"off\".",
      { status: 400, type: 'invalid_request_error', param: 'speculative', code: 'draft_tokenizer_mismatch', shouldRetry: false },
    );
  }
}

function ggmlTokens(model: LlamaModel): readonly unknown[] | undefined {
  const tokens: unknown = (model.fileInfo.metadata.tokenizer.ggml as { tokens?: unknown }).tokens;
  return Array.isArray(tokens) ? tokens : undefined;
}

/**
 * Why the two models' tokenizers differ, or undefined when they agree. node-llama-cpp does not check this
 * itself (a mismatched draft only ever gets refuted, silently making generation slower), so the vocabulary
 * type, the token list in the GGUF, the special tokens and a probe's tokenization are compared.
 */
export function tokenizerDifference(target: LlamaModel, draft: LlamaModel): string | undefined {
  if (target.vocabularyType !== draft.vocabularyType) return `vocabulary type ${target.vocabularyType} vs ${draft.vocabularyType}`;
  const [targetTokens, draftTokens] = [ggmlTokens(target), ggmlTokens(draft)];
  if (targetTokens !== undefined && draftTokens !== undefined) {
    if (targetTokens.length !== draftTokens.length) return `${targetTokens.length} vs ${draftTokens.length} tokens`;
    const differing = targetTokens.findIndex((token, index) => token !== draftTokens[index]);
    if (differing >= 0) return `token ${differing} differs`;
  }
  if (target.tokens.bos !== draft.tokens.bos || target.tokens.eos !== draft.tokens.eos) return 'different BOS/EOS tokens';
  const [a, b] = [target.tokenize(PROBE), draft.tokenize(PROBE)];
  if (a.length !== b.length || a.some((token, index) => token !== b[index])) return 'a probe text tokenizes differently';
  return undefined;
}

export function assertSameTokenizer(targetId: string, target: LlamaModel, draftId: string, draft: LlamaModel): void {
  const why = tokenizerDifference(target, draft);
  if (why !== undefined) throw new DraftTokenizerMismatchError(targetId, draftId, why);
}
