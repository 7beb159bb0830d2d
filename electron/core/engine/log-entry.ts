import type { RoutingLogEntry } from '../../../shared/routing-log';
import type { CompletedRequest } from '../gateway';
import { baselineCost, computeCost } from '../runtime';
import type { PriceBook } from './prices';

const MAX_TEXT = 2_000;

/** What the answer would have cost on the ladder's top rung (0 when that rung is local or unpriced). */
function topRungCost(record: CompletedRequest, usage: NonNullable<CompletedRequest['usage']>, prices: PriceBook): number {
  const top = record.decision.ladder[record.decision.ladder.length - 1];
  const price = top === undefined ? undefined : prices.priceOfModel(top);
  return price === undefined ? 0 : baselineCost(usage, price);
}

/** Turns a finished request into its routing-log entry, pricing it from real usage. */
export function toLogEntry(record: CompletedRequest, prices: PriceBook): RoutingLogEntry {
  const served = record.runtime?.served ?? null;
  const usage = record.usage ?? record.runtime?.usage ?? null;
  const price = served?.kind === 'cloud' && record.runtime?.cacheHit !== true ? prices.priceOf(served.provider, served.model) : undefined;
  const fallback = record.runtime?.fallback;
  return {
    id: record.decision.id,
    time: record.startedAt,
    channel: record.origin.channel,
    client: record.origin.userAgent ?? (record.origin.channel === 'openai-port' ? null : record.origin.channel),
    decision: record.decision,
    servedBy: served === null ? null : { model: served.model, provider: served.provider, target: served.kind },
    fallbackUsed: fallback?.used === true,
    firstTokenMs: record.firstTokenMs,
    totalMs: record.totalMs,
    promptTokens: usage?.promptTokens ?? 0,
    completionTokens: usage?.completionTokens ?? 0,
    ...(usage?.predictions === undefined ? {} : { predictions: usage.predictions }),
    costUsd: usage !== null && price !== undefined ? computeCost(usage, price) : 0,
    baselineCostUsd: usage !== null && prices.baseline !== undefined ? baselineCost(usage, prices.baseline) : 0,
    topRungCostUsd: usage !== null ? topRungCost(record, usage, prices) : 0,
    outcome: record.outcome,
    error: record.error,
    audit: record.audit,
    text: record.text.slice(0, MAX_TEXT),
  };
}
