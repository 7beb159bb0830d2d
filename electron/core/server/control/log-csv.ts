import type { RoutingLogEntry } from '../../../../shared/routing-log';

const columns = ['id', 'time', 'client', 'target', 'model', 'task', 'score', 'routing_us', 'total_ms', 'prompt_tokens', 'completion_tokens', 'cost_usd', 'outcome'] as const;

/** The routing log as CSV (RFC 4180 quoting); cells that a spreadsheet would run as a formula are defused. */
export function logCsv(entries: readonly RoutingLogEntry[]): string {
  const rows = entries.map((e) => [
    e.id,
    new Date(e.time).toISOString(),
    e.client ?? '',
    e.servedBy?.target ?? e.decision.target,
    e.servedBy?.model ?? e.decision.model,
    e.decision.taskType,
    e.decision.score.toFixed(3),
    String(e.decision.routingMicros),
    e.totalMs.toFixed(1),
    String(e.promptTokens),
    String(e.completionTokens),
    e.costUsd.toFixed(6),
    e.outcome,
  ]);
  return [columns.join(','), ...rows.map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n';
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
