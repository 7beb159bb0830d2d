import type { RoutingLogEntry, RoutingStats } from '../../../shared/routing-log';

/** Distribution per target and model, routing-time figures, spend and savings against the all-cloud baseline. */
export function computeStats(entries: readonly RoutingLogEntry[], baselineModel: string): RoutingStats {
  const byTarget: Record<string, number> = { tier0: 0, local: 0, cloud: 0 };
  const byModel: Record<string, number> = {};
  const byRung: Record<string, number> = {};
  let topRung = 0;
  const outcomes: Record<string, number> = { ok: 0, error: 0, aborted: 0 };
  const micros: number[] = new Array<number>(entries.length);
  let spend = 0;
  let baseline = 0;
  let sum = 0;
  entries.forEach((entry, i) => {
    const target = entry.servedBy?.target ?? entry.decision.target;
    const model = entry.servedBy?.model ?? entry.decision.model;
    byTarget[target] = (byTarget[target] ?? 0) + 1;
    byModel[model] = (byModel[model] ?? 0) + 1;
    const rung = rungOf(entry, target, model);
    byRung[rung] = (byRung[rung] ?? 0) + 1;
    topRung += entry.topRungCostUsd;
    outcomes[entry.outcome] = (outcomes[entry.outcome] ?? 0) + 1;
    micros[i] = entry.decision.routingMicros;
    sum += entry.decision.routingMicros;
    spend += entry.costUsd;
    baseline += entry.baselineCostUsd;
  });
  micros.sort((a, b) => a - b);
  const at = (p: number): number => (micros.length === 0 ? 0 : (micros[Math.min(micros.length - 1, Math.ceil(p * micros.length) - 1)] ?? 0));
  return {
    total: entries.length,
    byTarget,
    byModel,
    byRung,
    routingMicros: { avg: entries.length === 0 ? 0 : sum / entries.length, p50: at(0.5), p99: at(0.99) },
    outcomes,
    spendUsd: spend,
    baselineUsd: baseline,
    savingsUsd: baseline - spend,
    baselineModel,
    topRungUsd: topRung,
    savingsVsTopRungUsd: topRung - spend,
  };
}

function rungOf(entry: RoutingLogEntry, target: string, model: string): string {
  if (target === 'tier0') return 'tier0';
  if (entry.servedBy === null && entry.outcome !== 'ok') return 'none';
  const index = entry.decision.ladder.indexOf(model);
  return index === -1 ? 'none' : String(index);
}
