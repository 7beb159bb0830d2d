/**
 * Approximate token count without a tokenizer: ~4 ASCII characters per token (English BPE average),
 * one token per non-ASCII character (CJK, emoji) so non-Latin text is not badly underestimated.
 */
export function estimateTokens(text: string): number {
  // Long texts are sampled: the non-ASCII share of the first SAMPLE characters is extrapolated, which
  // keeps this O(1) per message on long conversations.
  const n = text.length;
  const scan = n > SAMPLE * 2 ? SAMPLE : n;
  let other = 0;
  for (let i = 0; i < scan; i++) if (text.charCodeAt(i) >= 128) other += 1;
  if (scan < n) other = Math.round((other / scan) * n);
  return Math.ceil((n - other) / 4) + other;
}

const SAMPLE = 512;
