import type { Usage } from '../../../shared/chat';
import type { Price } from '../../../shared/settings';

// Prices are USD per million tokens (shared/settings `priceSchema`, validated where settings come in).
const PER_MILLION = 1_000_000;

/**
 * What a request cost in USD. Cached prompt tokens are a subset of prompt tokens (OpenAI and our Usage
 * both count them inside `promptTokens`), so they are billed at the cached price and the rest at input;
 * without a cached price they are billed as ordinary input.
 */
export function computeCost(usage: Usage, price: Price): number {
  const cached = Math.min(Math.max(usage.cachedPromptTokens ?? 0, 0), usage.promptTokens);
  const uncached = usage.promptTokens - cached;
  const input = uncached * price.input + cached * (price.cached ?? price.input);
  return (input + usage.completionTokens * price.output) / PER_MILLION;
}

/**
 * What the same tokens would have cost on the strongest cloud model: the all-cloud baseline savings are
 * measured against. Prompt-cache discounts are not assumed (a local request has no provider cache), so
 * every prompt token is billed at the full input price.
 */
export function baselineCost(usage: Usage, strongestPrice: Price): number {
  return (usage.promptTokens * strongestPrice.input + usage.completionTokens * strongestPrice.output) / PER_MILLION;
}

